package kz.saruar.examples.cli.scheduling;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.scheduling.calendar.HolidayCalendars;
import kz.saruar.scheduling.calendar.KazakhstanHolidayCalendar;
import kz.saruar.scheduling.calendar.WorkingCalendar;

/** How the scheduling commands print decisions: {@link DecisionJson} for {@code --json}, reason lines otherwise. */
final class Decisions {
    private static final Set<String> RULE_CODES = Arrays.stream(SchedulingReason.values()).map(SchedulingReason::code)
            .collect(Collectors.toUnmodifiableSet());

    private Decisions() {
    }

    /** 1 when every reason is a scheduling rule's refusal, 2 when the input itself could not be read or understood. */
    static int exitCode(List<Reason> reasons) {
        return reasons.stream().allMatch(r -> RULE_CODES.contains(r.code())) ? ExitCodes.REFUSED : ExitCodes.UNREADABLE;
    }

    /** Prints a refusal (JSON on out, or lines on err) and returns its exit code. */
    static int refuse(List<Reason> reasons, Console c) {
        if (c.json()) {
            c.refuse(reasons);
        } else {
            // each line leads with its reason code, language-neutral, for scripts that grep
            c.err().println(c.text(CliText.REFUSED));
            reasons.forEach(r -> c.err().println("  - " + r.code() + " " + r.describe(c.language())));
            c.err().flush();
        }
        return exitCode(reasons);
    }

    /** The holiday calendars: discovered, with the operator's year files of {@code holidays} outranking them when given. */
    static Outcome<HolidayCalendars> calendars(Path holidays) {
        if (holidays == null) {
            return Outcome.accepted(HolidayCalendars.discover());
        }
        return KazakhstanHolidayCalendar.withOverrides(holidays).map(k -> HolidayCalendars.builder()
                .discover(HolidayCalendars.class.getClassLoader()).add(k).build());
    }

    /** The working calendar {@code id} of {@link #calendars}, or UNKNOWN_CALENDAR naming {@code subject} and the known ids. */
    static Outcome<WorkingCalendar> calendar(Path holidays, String id, String subject) {
        return calendars(holidays).flatMap(cs -> cs.calendar(id).map(Outcome::accepted)
                .orElseGet(() -> Outcome.refused(SchedulingReason.UNKNOWN_CALENDAR.reason(subject,
                        Figure.of("calendar", id), Figure.of("known", cs.calendarIds().toString())))));
    }
}
