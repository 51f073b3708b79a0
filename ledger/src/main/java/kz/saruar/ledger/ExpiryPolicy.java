package kz.saruar.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The pluggable expiry of points (LFT-07: "expiry of points, if any, is a pluggable policy").
 * The ledger asks it when the platform submits {@link LedgerCommand.ExpirePoints}; expired points
 * return to the issuer, leaving circulation. The default is {@link #none()}.
 */
@FunctionalInterface
public interface ExpiryPolicy {
    /**
     * How many of the account's points have expired at {@code now}; 0 for none, at most the balance.
     *
     * @param account      the account
     * @param balance      its balance
     * @param lastActivity when points last moved in or out of it
     * @param now          the ledger clock's instant
     */
    long expiredPoints(Account account, long balance, Instant lastActivity, Instant now);

    /** Points never expire [default]. */
    static ExpiryPolicy none() {
        return (account, balance, lastActivity, now) -> 0;
    }

    /** All of an account's points expire after {@code inactivity} without any movement. */
    static ExpiryPolicy afterInactivity(Duration inactivity) {
        Objects.requireNonNull(inactivity, "inactivity");
        if (inactivity.isNegative() || inactivity.isZero()) {
            throw new IllegalArgumentException("inactivity is not positive: " + inactivity);
        }
        return (account, balance, lastActivity, now) ->
                lastActivity.plus(inactivity).isAfter(now) ? 0 : Math.max(0, balance);
    }
}
