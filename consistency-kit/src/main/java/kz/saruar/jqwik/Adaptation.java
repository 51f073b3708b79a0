package kz.saruar.jqwik;

import kz.saruar.model.Arguments;
import kz.saruar.model.methodology.Methodology;

/**
 * A valid adaptation of a methodology (DEF-03..09, PRE-01, ACC-01) as a generator produced it:
 * the methodology and a short description of what was changed, which is what a counterexample
 * shows.
 *
 * @param description what differs from the base methodology, e.g. {@code jury 1+3+1, scale 1..3}
 * @param methodology the adapted, validated methodology
 */
public record Adaptation(String description, Methodology methodology) {
    /** Refuses nulls. */
    public Adaptation {
        Arguments.nonNull("description", description, "methodology", methodology);
    }

    @Override
    public String toString() {
        return description;
    }
}
