package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.scheduling.calendar.KazakhstanHolidayCalendar;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.testkit.calendar.WeekendChanged;
import org.junit.jupiter.api.Test;

/**
 * PRE-05 on a center's own calendar: a cohort opened on it books consultations on its working days
 * only, and a booking recorded under earlier holiday data (here: before Tuesdays became days off)
 * still replays, so the journal stays readable when the law changes.
 */
class CohortCalendarTest {
    private static final Actor EXPERT = Actor.of("EXP-9", ActorRole.EXPERT_GROUP);

    /** The built-in data, with Tuesday added to the weekend: as if a new law made Tuesdays days off. */
    private static final HolidayCalendarProvider TUESDAYS_OFF = WeekendChanged.of(new KazakhstanHolidayCalendar(),
            DayOfWeek.TUESDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    @Test
    void PRE_05_a_cohort_on_a_centers_calendar_books_its_working_days_and_replays_earlier_bookings() {
        Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
        InMemoryJournalStore store = new InMemoryJournalStore();
        InMemoryPersonKeys keys = new InMemoryPersonKeys();
        Cohort c = Fixture.create(store, clock, keys);
        c.submit(new CohortCommand.SubmitApplication("sub", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
        Journey.toPreAcceleration(c, "P-01", LocalDate.of(2026, 3, 4));
        c.submit(new CohortCommand.PublishAvailability("av", EXPERT, "EXP-9", Journey.at("2026-03-09T09:00:00+05:00"),
                Journey.at("2026-03-13T19:00:00+05:00"))).orElseThrow();
        // Tuesday 10 March 2026 is a working day under the built-in data
        c.submit(new CohortCommand.BookConsultation("b1", Fixture.TEAM, "P-01", "EXP-9",
                Journey.at("2026-03-10T10:00:00+05:00"))).orElseThrow();

        Cohort later = Cohort.open(store, clock, keys, WorkingCalendar.of(TUESDAYS_OFF));
        assertThat(later.state()).isEqualTo(c.state());
        Outcome<CohortReceipt> tuesday = later.submit(new CohortCommand.BookConsultation("b2", Fixture.TEAM, "P-01",
                "EXP-9", Journey.at("2026-03-10T14:00:00+05:00")));
        assertThat(tuesday.reasons()).extracting(Reason::code).contains("NON_WORKING_DAY");
        assertThat(later.submit(new CohortCommand.BookConsultation("b3", Fixture.TEAM, "P-01", "EXP-9",
                Journey.at("2026-03-11T14:00:00+05:00"))).accepted()).as("Wednesday").isTrue();
        // and the built-in calendar still books Tuesdays
        assertThat(Cohort.open(store, clock, keys).submit(new CohortCommand.BookConsultation("b4", Fixture.TEAM, "P-01",
                "EXP-9", Journey.at("2026-03-10T16:00:00+05:00"))).accepted()).isTrue();
    }
}
