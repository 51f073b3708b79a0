package kz.saruar.community.consent;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import kz.saruar.model.Arguments;

/**
 * A change of a pair's state (M II.2.2, HUB-01, HUB-02), stored as JSON with its {@code type} and
 * {@code schemaVersion}; replaying the events in order gives the same {@link Pairings}.
 */
public sealed interface PairingEvent {
    /** The schema version this library writes. */
    int SCHEMA_VERSION = 1;

    /** The event's type as stored: its kind's name in capitals, e.g. {@code PROPOSED}. */
    default String type() {
        return getClass().getSimpleName().toUpperCase(Locale.ROOT);
    }

    /** The pair's kind. */
    PairKind kind();

    /** The adviser's identifier. */
    String adviser();

    /** The advisee's identifier. */
    String advisee();

    /** When it happened. */
    Instant at();

    /** Refuses a pair without a kind, an adviser or an advisee. */
    private static void requirePair(PairKind kind, String adviser, String advisee) {
        Arguments.nonNull("kind", kind, "adviser", adviser, "advisee", advisee);
    }

    /** The pair's key, {@code KIND:adviser>advisee}. */
    default String key() {
        return kind() + ":" + adviser() + ">" + advisee();
    }

    /**
     * A pair was proposed (by the organizers or the matcher's suggestion).
     *
     * @param schemaVersion the schema version
     * @param kind the pair's kind
     * @param adviser the adviser
     * @param advisee the advisee
     * @param at when
     */
    record Proposed(int schemaVersion, PairKind kind, String adviser, String advisee, Instant at) implements PairingEvent {
        /** Refuses nulls. */
        public Proposed {
            requirePair(kind, adviser, advisee);
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * One side consented.
     *
     * @param schemaVersion the schema version
     * @param kind the pair's kind
     * @param adviser the adviser
     * @param advisee the advisee
     * @param side who consented
     * @param at when
     */
    record Consented(int schemaVersion, PairKind kind, String adviser, String advisee, Side side, Instant at)
            implements PairingEvent {
        /** Refuses nulls. */
        public Consented {
            requirePair(kind, adviser, advisee);
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * One side declined, with the reason kept.
     *
     * @param schemaVersion the schema version
     * @param kind the pair's kind
     * @param adviser the adviser
     * @param advisee the advisee
     * @param side who declined
     * @param reason why
     * @param at when
     */
    record Declined(int schemaVersion, PairKind kind, String adviser, String advisee, Side side, String reason, Instant at)
            implements PairingEvent {
        /** Refuses nulls. */
        public Declined {
            requirePair(kind, adviser, advisee);
            Arguments.nonNull("side", side, "reason", reason, "at", at);
        }
    }
}
