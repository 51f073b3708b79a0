package kz.saruar.community.journal;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking a community journal's hash chain and schema (LFT-06, as the cohort's
 * journal is checked): how many records verified, the last good hash, and the first bad record
 * with why.
 *
 * @param records the records that verified
 * @param lastHash the hash of the last good record, hex
 * @param firstBad the position of the first bad record, if any
 * @param problem what is wrong with it
 */
public record CommunityVerification(long records, String lastHash, Optional<Long> firstBad, Optional<String> problem) {
    /** Refuses nulls. */
    public CommunityVerification {
        Objects.requireNonNull(lastHash, "lastHash");
        Objects.requireNonNull(firstBad, "firstBad");
        Objects.requireNonNull(problem, "problem");
    }

    static CommunityVerification ok(long records, String lastHash) {
        return new CommunityVerification(records, lastHash, Optional.empty(), Optional.empty());
    }

    static CommunityVerification bad(long position, String lastHash, String problem) {
        return new CommunityVerification(position, lastHash, Optional.of(position), Optional.of(problem));
    }

    /** Whether every record verified. */
    public boolean ok() {
        return firstBad.isEmpty();
    }
}
