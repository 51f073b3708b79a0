package kz.saruar.simulation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A step of the cohort passed or not, and the rule that decided (e.g. APP-08 for a failed
 * interview, DEF-06 for a total under the threshold): what a simulated stage count cites.
 *
 * @param passed       whether the project goes on
 * @param decidingRule the first rule that stopped it; empty when passed
 * @param rules        every rule the step applied
 */
public record Gate(boolean passed, Optional<String> decidingRule, List<String> rules) {
    /** Refuses nulls; a stopped project names its rule. */
    public Gate {
        Objects.requireNonNull(decidingRule, "decidingRule");
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
        if (!passed && decidingRule.isEmpty()) {
            throw new IllegalArgumentException("a stopped project needs the rule that stopped it");
        }
    }

    /** Passed under these rules. */
    public static Gate pass(List<String> rules) {
        return new Gate(true, Optional.empty(), rules);
    }

    /** Stopped by this rule. */
    public static Gate stop(String rule, List<String> rules) {
        return new Gate(false, Optional.of(rule), rules);
    }
}
