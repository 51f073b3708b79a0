package kz.saruar.ledger;

import java.util.Objects;

/**
 * One double-entry posting of the LIFTCOIN journal (LFT-07): {@code amount} points leave
 * {@code from} and arrive at {@code to}, so the sum of all balances never changes.
 *
 * @param kind   why the points moved
 * @param from   the debited account
 * @param to     the credited account
 * @param amount a positive number of points
 */
public record Entry(EntryKind kind, AccountId from, AccountId to, long amount) {
    /** Refuses nulls, a non-positive amount and a posting from an account to itself. */
    public Entry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (amount <= 0) {
            throw new IllegalArgumentException("entry amount is not positive: " + amount);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("entry from an account to itself: " + from);
        }
    }
}
