package kz.saruar.scheduling.calendar;

import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.testkit.calendar.HolidayCalendarProviderContract;

class KazakhstanHolidayCalendarContractTest implements HolidayCalendarProviderContract {
    @Override
    public HolidayCalendarProvider provider() {
        return new KazakhstanHolidayCalendar();
    }
}
