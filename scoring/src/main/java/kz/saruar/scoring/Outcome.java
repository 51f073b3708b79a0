package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of a scoring step (DEF-03..10, EXT-02): accepted with its value, or refused with
 * every reason. Refusals are expected outcomes of the methodology, never exceptions.
 *
 * @param <T> the value produced when accepted
 */
public sealed interface Outcome<T> {

    /** Whether the step was accepted. */
    boolean isAccepted();

    /** The reasons for a refusal; empty when accepted. */
    List<Refusal> refusals();

    /** The value when accepted. */
    Optional<T> value();

    /** The value, or a {@link RefusedException} listing every reason (for callers that treat a refusal as a bug). */
    default T orElseThrow() {
        return value().orElseThrow(() -> new RefusedException(refusals()));
    }

    /** Maps an accepted value; a refusal stays as it is. */
    default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        if (this instanceof Accepted<T> a) {
            return new Accepted<>(f.apply(a.acceptedValue()));
        }
        return new Refused<>(refusals());
    }

    /** An accepted outcome. */
    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /** A refused outcome with at least one reason. */
    static <T> Outcome<T> refused(List<Refusal> reasons) {
        return new Refused<>(reasons);
    }

    /** An accepted step and its value. */
    record Accepted<T>(T acceptedValue) implements Outcome<T> {
        /** Refuses null. */
        public Accepted {
            Objects.requireNonNull(acceptedValue, "acceptedValue");
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public List<Refusal> refusals() {
            return List.of();
        }

        @Override
        public Optional<T> value() {
            return Optional.of(acceptedValue);
        }
    }

    /** A refused step and every reason. */
    record Refused<T>(List<Refusal> reasons) implements Outcome<T> {
        /** Copies; a refusal has at least one reason. */
        public Refused {
            reasons = ImmutableList.copyOf(Objects.requireNonNull(reasons, "reasons"));
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one reason");
            }
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public List<Refusal> refusals() {
            return reasons;
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }
}
