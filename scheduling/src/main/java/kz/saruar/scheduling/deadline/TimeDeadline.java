package kz.saruar.scheduling.deadline;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * A deadline at a moment in Almaty time (PRE-06 agenda 3 days before a consultation, survey
 * within 12 hours after it): met by anything at or before {@link #due()}.
 *
 * @param rule        the rule
 * @param code        the deadline's code
 * @param inputs      the inputs, ISO-8601 text
 * @param due         the last moment at which it is met
 * @param description what is due, in kk/ru/en
 */
public record TimeDeadline(RuleId rule, String code, Map<String, String> inputs, ZonedDateTime due,
        LocalizedText description) implements Deadline {
    /** Refuses nulls; copies the inputs. */
    public TimeDeadline {
        Arguments.nonNull("rule", rule, "code", code, "due", due, "description", description);
        inputs = ImmutableMap.copyOf(Objects.requireNonNull(inputs, "inputs"));
    }

    /** Whether something done at this moment meets the deadline. */
    public boolean isMetBy(Instant moment) {
        return !Objects.requireNonNull(moment, "moment").isAfter(due.toInstant());
    }
}
