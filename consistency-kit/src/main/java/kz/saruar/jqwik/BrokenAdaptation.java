package kz.saruar.jqwik;

import java.util.Objects;
import java.util.function.UnaryOperator;
import kz.saruar.model.Arguments;
import kz.saruar.model.RuleId;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.MethodologyBuilder;

/**
 * An adaptation that breaks one rule (DEF-03, DEF-06, DEF-08, DEF-09, FMT-01): the change, on top
 * of a base methodology, and the rule that the loader must name when it refuses it.
 *
 * @param description what the change does, e.g. {@code threshold 106 above the maximum 105}
 * @param breaks      the rule that the change breaks
 * @param change      the change to a builder of the base methodology
 */
public record BrokenAdaptation(String description, RuleId breaks, UnaryOperator<MethodologyBuilder> change) {
    /** Refuses nulls. */
    public BrokenAdaptation {
        Arguments.nonNull("description", description, "breaks", breaks, "change", change);
    }

    /** The change applied to a builder of {@code base}, not yet validated. */
    public MethodologyBuilder applyTo(Methodology base) {
        return change.apply(Objects.requireNonNull(base, "base").toBuilder());
    }

    @Override
    public String toString() {
        return description + " (breaks " + breaks + ")";
    }
}
