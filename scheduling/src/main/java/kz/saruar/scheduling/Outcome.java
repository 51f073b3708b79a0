package kz.saruar.scheduling;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kz.saruar.model.SaruarException;

/**
 * The result of a scheduling decision (ARCHITECTURE.md "decisions as values"): either the value
 * or the refusals that explain, with rule IDs (e.g. PRE-06), why there is none.
 *
 * @param <T> the type of the accepted value
 */
public sealed interface Outcome<T> {
    /** The accepted value. */
    record Accepted<T>(T value) implements Outcome<T> {
        /** Refuses null. */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The refusals, never empty. */
    record Refused<T>(List<Refusal> reasons) implements Outcome<T> {
        /** Refuses an empty list; copies it. */
        public Refused {
            reasons = ImmutableList.copyOf(Objects.requireNonNull(reasons, "reasons"));
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }
    }

    /** An accepted outcome. */
    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /** A refused outcome with one reason. */
    static <T> Outcome<T> refused(Refusal reason) {
        return new Refused<>(List.of(reason));
    }

    /** A refused outcome with its reasons. */
    static <T> Outcome<T> refused(List<Refusal> reasons) {
        return new Refused<>(reasons);
    }

    /** Whether the outcome is accepted. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The value, if accepted. */
    default Optional<T> accepted() {
        return this instanceof Accepted<T> a ? Optional.of(a.value()) : Optional.empty();
    }

    /** The refusals; empty when accepted. */
    default List<Refusal> refusals() {
        return this instanceof Refused<T> r ? r.reasons() : List.of();
    }

    /** The value; a {@link SaruarException} listing the refusals when refused (for callers that checked). */
    default T orElseThrow() {
        if (this instanceof Accepted<T> a) {
            return a.value();
        }
        throw new SaruarException("refused: " + refusals());
    }

    /** The outcome with its accepted value transformed. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        if (this instanceof Accepted<T> a) {
            return new Accepted<>(f.apply(a.value()));
        }
        return new Refused<>(refusals());
    }

    /** The outcome of a further decision on the accepted value. */
    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
        if (this instanceof Accepted<T> a) {
            return f.apply(a.value());
        }
        return new Refused<>(refusals());
    }
}
