package kz.saruar.community.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * One measured value of an indicator (HUB-03): when, how much, in which unit, from which source,
 * and the evidence (a document, a link, a register).
 *
 * @param date     the day of the measurement
 * @param value    the value
 * @param unit     the unit, which must be the indicator's
 * @param source   where the value comes from
 * @param evidence the evidence, if any
 */
@Cites("HUB-03")
public record Measurement(LocalDate date, BigDecimal value, String unit, String source, Optional<String> evidence) {
    /** Refuses nulls. */
    public Measurement {
        Arguments.nonNull("date", date, "value", value, "unit", unit, "source", source, "evidence", evidence);
    }
}
