package kz.saruar.scheduling.deadline;

import kz.saruar.model.Arguments;
import kz.saruar.model.Rules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.SchedulingReason;

/**
 * The competition's intake window (APP-09): opens on a date, closes at a zoned moment (2020:
 * 15 January to 28 February, 18:00 Nur-Sultan time).
 *
 * @param opens  the first day on which applications are accepted, in the closing moment's zone
 * @param closes the moment after which no application is accepted
 */
public record IntakeWindow(LocalDate opens, ZonedDateTime closes) {
    static final RuleId APP_09 = Rules.APP_09;

    /** Refuses nulls and a window that closes before it opens (use {@link #of} for a value). */
    public IntakeWindow {
        Arguments.nonNull("opens", opens, "closes", closes);
        if (closes.toLocalDate().isBefore(opens)) {
            throw new IllegalArgumentException("intake window closes " + closes + " before it opens " + opens);
        }
    }

    /** The window, or a refusal when it closes before it opens. */
    public static Outcome<IntakeWindow> of(LocalDate opens, ZonedDateTime closes) {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (closes.toLocalDate().isBefore(opens)) {
            return Outcome.refused(SchedulingReason.DATES_OUT_OF_ORDER.citing(List.of(APP_09), "intake",
                    Figure.of("opens", opens.toString()), Figure.of("closes", closes.toString())));
        }
        return Outcome.accepted(new IntakeWindow(opens, closes));
    }

    /** Whether an application submitted at this moment is inside the window. */
    public boolean accepts(Instant submitted) {
        Objects.requireNonNull(submitted, "submitted");
        Instant start = opens.atStartOfDay(closes.getZone()).toInstant();
        return !submitted.isBefore(start) && !submitted.isAfter(closes.toInstant());
    }
}
