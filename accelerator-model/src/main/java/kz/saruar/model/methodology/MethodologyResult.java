package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Problem;

/**
 * The outcome of loading or building a methodology: valid, or invalid with every problem found
 * (FMT-01..03, DEF-03, DEF-08, …). An invalid methodology is never half-loaded.
 */
public sealed interface MethodologyResult {

    /** Whether the methodology is valid. */
    boolean isValid();

    /** The problems, empty when valid. */
    List<Problem> problems();

    /** The methodology, or an {@link InvalidMethodologyException} listing every problem. */
    Methodology orElseThrow();

    /** A valid methodology. */
    record Valid(Methodology methodology) implements MethodologyResult {
        /** Refuses null. */
        public Valid {
            Objects.requireNonNull(methodology, "methodology");
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }

        @Override
        public Methodology orElseThrow() {
            return methodology;
        }
    }

    /** An invalid methodology: every problem, sorted by path. */
    record Invalid(List<Problem> problems) implements MethodologyResult {
        /** Sorts and copies; an invalid result has at least one problem. */
        public Invalid {
            problems = ImmutableList.copyOf(Problem.sorted(Objects.requireNonNull(problems, "problems")));
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs a problem");
            }
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Methodology orElseThrow() {
            throw new InvalidMethodologyException(problems);
        }
    }
}
