package kz.saruar.model.journal;

import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * The result of checking a journal's hash chain and schema (LFT-06 as the ledger checks its
 * journal): how many records were read and the first bad one, if any, with why.
 *
 * @param records the records that verified
 * @param lastHash the hash of the last good record, hex
 * @param firstBad the position of the first bad record, if any
 * @param problemText what is wrong with it, in kk/ru/en
 */
public record JournalVerification(long records, String lastHash, Optional<Long> firstBad,
        Optional<LocalizedText> problemText) {
    /** Refuses nulls. */
    public JournalVerification {
        Objects.requireNonNull(lastHash, "lastHash");
        Objects.requireNonNull(firstBad, "firstBad");
        Objects.requireNonNull(problemText, "problemText");
    }

    /** What is wrong with the first bad record, in English. */
    public Optional<String> problem() {
        return problemText.map(t -> t.get(Language.EN));
    }

    /** A journal whose {@code records} records all verified, the last of them with {@code lastHash} (hex). */
    public static JournalVerification ok(long records, String lastHash) {
        return new JournalVerification(records, lastHash, Optional.empty(), Optional.empty());
    }

    /**
     * A journal good up to {@code position}, whose record there is bad (its chain holds, but, say,
     * the rules cannot apply it): {@code position} records verified, the last of them with
     * {@code lastGoodHash}.
     */
    public static JournalVerification badAt(long position, String lastGoodHash, LocalizedText problem) {
        if (position < 0) {
            throw new IllegalArgumentException("position is negative: " + position);
        }
        return new JournalVerification(position, lastGoodHash, Optional.of(position),
                Optional.of(Objects.requireNonNull(problem, "problem")));
    }

    /** Whether every record verified. */
    public boolean ok() {
        return firstBad.isEmpty();
    }
}
