package kz.saruar.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WorkingDaysProperties {
    private final WorkingCalendar kz = WorkingCalendar.kazakhstan();

    @Property(tries = 500)
    void adding_n_working_days_then_counting_gives_n(
            @ForAll @IntRange(min = 0, max = 1000) int dayOffset, @ForAll @IntRange(min = 0, max = 200) int n) {
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(dayOffset);
        LocalDate end = kz.addWorkingDays(start, n).orElseThrow();
        assertThat(kz.countWorkingDays(start, end).orElseThrow()).isEqualTo(n);
        if (n > 0) {
            assertThat(kz.isWorkingDay(end)).isTrue();
        }
    }

    @Property(tries = 300)
    void going_back_n_working_days_undoes_going_forward(
            @ForAll @IntRange(min = 0, max = 1000) int dayOffset, @ForAll @IntRange(min = 1, max = 200) int n) {
        LocalDate start = kz.workingDayOnOrAfter(LocalDate.of(2024, 1, 10).plusDays(dayOffset)).orElseThrow();
        LocalDate end = kz.addWorkingDays(start, n).orElseThrow();
        assertThat(kz.addWorkingDays(end, -n).orElseThrow()).isEqualTo(start);
    }
}
