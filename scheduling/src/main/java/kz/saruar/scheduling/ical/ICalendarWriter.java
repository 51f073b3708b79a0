package kz.saruar.scheduling.ical;

import static com.google.common.base.Preconditions.checkArgument;
import static kz.saruar.model.Rules.PRE_05;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.SchedulingReason;

/**
 * Writes events as an RFC 5545 VCALENDAR (PRE-05: organizers enter consultations into the
 * calendar): PRODID and VERSION, one VEVENT per event with UID, DTSTAMP from the injected clock,
 * UTC times, escaped and folded TEXT. Refuses, as values, summaries longer than the configured
 * limit and duplicate UIDs.
 */
public final class ICalendarWriter {
    /** The product identifier written to PRODID. */
    public static final String PRODID = "-//Saruar//Saruar Scheduling//EN";
    /** The default longest summary, in code points. */
    public static final int DEFAULT_MAX_SUMMARY = 500;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final int maxSummary;

    /** A writer with the default summary limit. */
    public ICalendarWriter(Clock clock) {
        this(clock, DEFAULT_MAX_SUMMARY);
    }

    /** A writer that refuses summaries longer than {@code maxSummary} code points. */
    public ICalendarWriter(Clock clock, int maxSummary) {
        this.clock = Objects.requireNonNull(clock, "clock");
        checkArgument(maxSummary > 0, "maxSummary is not positive: %s", maxSummary);
        this.maxSummary = maxSummary;
    }

    /** The calendar text with CRLF line ends, or the refusals of the events that cannot be written. */
    public Outcome<String> write(List<CalendarEvent> events) {
        Objects.requireNonNull(events, "events");
        List<Reason> refusals = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        for (CalendarEvent e : events) {
            int length = e.summary().codePointCount(0, e.summary().length());
            if (length > maxSummary) {
                refusals.add(SchedulingReason.ICS_SUMMARY_TOO_LONG.reason("event:" + e.uid(), Figure.of("uid", e.uid()),
                        Figure.of("length", length), Figure.of("maxSummary", maxSummary)));
            }
            if (!uids.add(e.uid())) {
                refusals.add(SchedulingReason.ICS_DUPLICATE_UID.reason("event:" + e.uid(), Figure.of("uid", e.uid())));
            }
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        String stamp = UTC.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        StringBuilder out = new StringBuilder(256 + events.size() * 256);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        for (CalendarEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + IcsLines.escapeText(e.uid()));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART:" + utc(e.start()));
            line(out, "DTEND:" + utc(e.end()));
            line(out, "SUMMARY:" + IcsLines.escapeText(e.summary()));
            e.description().ifPresent(d -> line(out, "DESCRIPTION:" + IcsLines.escapeText(d)));
            e.location().ifPresent(l -> line(out, "LOCATION:" + IcsLines.escapeText(l)));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return Outcome.accepted(out.toString());
    }

    private static String utc(Instant t) {
        return UTC.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void line(StringBuilder out, String content) {
        out.append(IcsLines.fold(content)).append("\r\n");
    }
}
