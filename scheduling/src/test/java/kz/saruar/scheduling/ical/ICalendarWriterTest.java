package kz.saruar.scheduling.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.decision.Outcome;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final ICalendarWriter writer = new ICalendarWriter(clock);

    private static final List<CalendarEvent> EVENTS = List.of(
            new CalendarEvent("kickoff-1@saruar", Instant.parse("2026-03-02T05:00:00Z"), Instant.parse("2026-03-02T08:00:00Z"),
                    "Кіріспе kickoff-сессия: жобаларды таныстыру; сарапшылардың кері байланысы, 1-ші кездесу",
                    Optional.of("Участники представляют проекты, эксперты — свои направления.\nВторая строка; с запятой, и \\ косой"),
                    Optional.of("Астана, ул. Бейбітшілік 1")),
            CalendarEvent.of("consult-7@saruar", Instant.parse("2026-03-10T04:00:00Z"), Instant.parse("2026-03-10T05:00:00Z"),
                    "Консультация: фандрейзинг — ЦПГИ, «Асар» 🚀".repeat(4)));

    @Test
    void ical4j_parses_the_output_and_every_event_matches() throws Exception {
        String ics = writer.write(EVENTS).orElseThrow();
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        assertThat(cal.getProperty(Property.PRODID).map(Property::getValue)).contains(ICalendarWriter.PRODID);
        assertThat(cal.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        List<VEvent> parsed = cal.getComponents(Component.VEVENT);
        assertThat(parsed).hasSize(EVENTS.size());
        for (int i = 0; i < EVENTS.size(); i++) {
            CalendarEvent want = EVENTS.get(i);
            VEvent got = parsed.get(i);
            assertThat(value(got, Property.UID)).isEqualTo(want.uid());
            assertThat(value(got, Property.SUMMARY)).isEqualTo(want.summary());
            assertThat(value(got, Property.DTSTART)).isEqualTo(utc(want.start()));
            assertThat(value(got, Property.DTEND)).isEqualTo(utc(want.end()));
            assertThat(value(got, Property.DTSTAMP)).isEqualTo("20260301T080000Z");
            assertThat(got.getProperty(Property.DESCRIPTION).map(Property::getValue)).isEqualTo(want.description());
            assertThat(got.getProperty(Property.LOCATION).map(Property::getValue)).isEqualTo(want.location());
        }
    }

    private static String value(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElseThrow();
    }

    private static String utc(Instant t) {
        return t.toString().replace("-", "").replace(":", "");
    }

    @Test
    void physical_lines_are_at_most_75_octets_and_end_with_crlf() {
        String ics = writer.write(EVENTS).orElseThrow();
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n").doesNotContain("\r");
        }
        assertThat(ics).contains("\\;").contains("\\,").contains("\\n").contains("\\\\");
    }

    @Test
    void a_summary_of_10000_characters_is_refused_not_thrown() {
        Outcome<String> o = writer.write(List.of(CalendarEvent.of("x@saruar", Instant.parse("2026-03-10T04:00:00Z"),
                Instant.parse("2026-03-10T05:00:00Z"), "Ж".repeat(10_000))));
        assertThat(o.accepted()).isFalse();
        assertThat(o.reasons()).extracting(r -> r.code()).containsExactly("ICS_SUMMARY_TOO_LONG");
        assertThat(o.reasons().get(0).message().get(kz.saruar.model.Language.RU)).contains("10000");
    }

    @Test
    void duplicate_uids_are_refused() {
        CalendarEvent e = EVENTS.get(1);
        assertThat(writer.write(List.of(e, e)).reasons()).extracting(r -> r.code()).containsExactly("ICS_DUPLICATE_UID");
    }
}
