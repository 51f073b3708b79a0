package kz.saruar.model.application;

import kz.saruar.model.decision.Outcome;
import kz.saruar.model.validation.ProblemKind;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.validation.Problem;

/**
 * The outcome of reading a document (an application APP-03..08, diagnostic answers MAT-05): the value, or a
 * refusal that lists every problem with its JSON path and rule. Reading never throws for bad input.
 *
 * @param <T> the type read
 */
public sealed interface ReadResult<T> {
    /** The value, when accepted. */
    Optional<T> value();

    /** The problems, empty when accepted. */
    List<Problem> problems();

    /** Whether the document was accepted. */
    default boolean accepted() {
        return value().isPresent();
    }

    /** An accepted document. */
    static <T> ReadResult<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /** A refused document. */
    static <T> ReadResult<T> refused(List<Problem> problems) {
        return new Refused<>(problems);
    }

    /** The same verdict as the shared outcome type's (while callers move to {@link Outcome}). */
    static <T> ReadResult<T> from(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Accepted<T> a) {
            return accepted(a.result());
        }
        return refused(outcome.reasons().stream().map(r -> new Problem(r.subject(), r.rule(),
                java.util.Arrays.stream(ProblemKind.values()).filter(k -> k.name().equals(r.code())).findFirst()
                        .orElse(ProblemKind.UNREADABLE), r.message())).toList());
    }

    /**
     * An accepted document.
     *
     * @param <T> the type read
     * @param document the value read
     */
    record Accepted<T>(T document) implements ReadResult<T> {
        /** Refuses null. */
        public Accepted {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public Optional<T> value() {
            return Optional.of(document);
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }
    }

    /**
     * A refused document with every problem found.
     *
     * @param <T> the type that was to be read
     * @param problems the problems, at least one
     */
    record Refused<T>(List<Problem> problems) implements ReadResult<T> {
        /** Refuses an empty list. */
        public Refused {
            problems = ImmutableList.copyOf(Objects.requireNonNull(problems, "problems"));
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }
}
