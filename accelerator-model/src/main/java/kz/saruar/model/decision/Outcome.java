package kz.saruar.model.decision;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one outcome type of the library: a step of the methodology (loading a file, reading an
 * application, a lifecycle command, a score sheet, a booking, a ledger command) is accepted with
 * its value, or refused with every {@link Reason}. {@link #accepted()} means the same thing
 * everywhere: the step took effect (or its value is valid) and nothing was refused. Refusals are
 * expected outcomes, never exceptions.
 *
 * @param <T> the value of an accepted outcome
 */
public sealed interface Outcome<T> {

    /** An accepted outcome. */
    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /** A refused outcome with one or more reasons. */
    static <T> Outcome<T> refused(Reason first, Reason... more) {
        List<Reason> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new Refused<>(all);
    }

    /** A refused outcome with its reasons, at least one. */
    static <T> Outcome<T> refused(List<Reason> reasons) {
        return new Refused<>(reasons);
    }

    /** Accepted with the value when {@code reasons} is empty, refused with them otherwise. */
    static <T> Outcome<T> of(T value, List<Reason> reasons) {
        return reasons.isEmpty() ? accepted(value) : refused(reasons);
    }

    /** Whether the step was accepted. */
    default boolean accepted() {
        return this instanceof Accepted;
    }

    /** Whether the step was refused. */
    default boolean refused() {
        return this instanceof Refused;
    }

    /** The value, when accepted. */
    default Optional<T> value() {
        return this instanceof Accepted<T> a ? Optional.of(a.result()) : Optional.empty();
    }

    /** The reasons of a refusal; empty when accepted. */
    default List<Reason> reasons() {
        return this instanceof Refused<T> r ? r.reasons() : List.of();
    }

    /** The value, or a {@link RefusedException} listing every reason. */
    default T orElseThrow() {
        if (this instanceof Accepted<T> a) {
            return a.result();
        }
        throw new RefusedException(reasons());
    }

    /** The accepted value transformed; a refusal stays as it is. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f, "f");
        return this instanceof Accepted<T> a ? new Accepted<>(f.apply(a.result())) : new Refused<>(reasons());
    }

    /** A further step on the accepted value; a refusal stays as it is. */
    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
        Objects.requireNonNull(f, "f");
        return this instanceof Accepted<T> a ? Objects.requireNonNull(f.apply(a.result()), "outcome")
                : new Refused<>(reasons());
    }

    /** Runs {@code action} on the accepted value; returns this outcome. */
    default Outcome<T> ifAccepted(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        if (this instanceof Accepted<T> a) {
            action.accept(a.result());
        }
        return this;
    }

    /**
     * An accepted step and its value.
     *
     * @param <T>    the value's type
     * @param result the value
     */
    record Accepted<T>(T result) implements Outcome<T> {
        /** Refuses null. */
        public Accepted {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * A refused step and every reason, in a stable order.
     *
     * @param <T>     the type the step would have produced
     * @param reasons the reasons, at least one
     */
    record Refused<T>(List<Reason> reasons) implements Outcome<T> {
        /** Refuses an empty list; copies it. */
        public Refused {
            reasons = ImmutableList.copyOf(Objects.requireNonNull(reasons, "reasons"));
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }

        /** The same refusal for another value type. */
        @SuppressWarnings("unchecked")
        public <U> Refused<U> cast() {
            return (Refused<U>) this;
        }
    }
}
