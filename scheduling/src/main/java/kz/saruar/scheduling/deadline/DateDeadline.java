package kz.saruar.scheduling.deadline;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * A deadline of whole days (APP-10 first interview, APP-11 commission start and final meeting,
 * DEF-11 application to acceleration): met by anything on or before {@link #due()}.
 *
 * @param rule        the rule
 * @param code        the deadline's code
 * @param inputs      the inputs, ISO-8601 text
 * @param due         the last day on which it is met
 * @param description what is due, in kk/ru/en
 */
public record DateDeadline(RuleId rule, String code, Map<String, String> inputs, LocalDate due,
        LocalizedText description) implements Deadline {
    /** Refuses nulls; copies the inputs. */
    public DateDeadline {
        Arguments.nonNull("rule", rule, "code", code, "due", due, "description", description);
        inputs = ImmutableMap.copyOf(Objects.requireNonNull(inputs, "inputs"));
    }

    /** Whether something done on this day meets the deadline. */
    public boolean isMetBy(LocalDate day) {
        return !Objects.requireNonNull(day, "day").isAfter(due);
    }
}
