package kz.saruar.scheduling.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.Kazakhstan;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.GroupOrigin.ExpertInitiated;
import kz.saruar.scheduling.ical.CalendarEvent;
import kz.saruar.scheduling.ical.ICalendarWriter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ConsultationEventsTest {
    @Test
    void a_booking_list_exports_to_icalendar_that_ical4j_reads_back() throws Exception {
        Clock clock = Clock.fixed(ConsultationBookTest.NOW, ZoneOffset.UTC);
        ConsultationBook book = new ConsultationBook(clock, Kazakhstan.ZONE, ConsultationPolicy.standard(),
                WorkingCalendar.kazakhstan());
        ExpertId e = ExpertId.of("E1");
        book.publishAvailability(e, new TimeSlot(ConsultationBookTest.almaty(4, 7, 10), ConsultationBookTest.almaty(4, 7, 18)))
                .orElseThrow();
        book.book(ProjectId.of("P1"), e, ConsultationBookTest.almaty(4, 7, 10), Initiator.PROJECT).orElseThrow();
        book.bookGroup(e, List.of(ProjectId.of("P1"), ProjectId.of("P2")), ConsultationBookTest.almaty(4, 7, 12),
                new ExpertInitiated()).orElseThrow();
        Consultation cancelled = book.book(ProjectId.of("P3"), e, ConsultationBookTest.almaty(4, 7, 14), Initiator.PROJECT).orElseThrow();
        book.cancel(cancelled.id()).orElseThrow();
        List<CalendarEvent> events = ConsultationEvents.ofBookings(book.consultations(), Language.KK);
        assertThat(events).hasSize(2);
        String ics = new ICalendarWriter(clock).write(events).orElseThrow();
        List<VEvent> parsed = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        assertThat(parsed).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(parsed.get(i).getProperty(Property.SUMMARY).map(Property::getValue)).contains(events.get(i).summary());
            assertThat(parsed.get(i).getProperty(Property.UID).map(Property::getValue)).contains(events.get(i).uid());
        }
        assertThat(events.get(1).summary()).startsWith("Топтық кеңес");
        assertThat(Instant.parse("2026-04-07T05:00:00Z")).isEqualTo(events.get(0).start());
    }
}
