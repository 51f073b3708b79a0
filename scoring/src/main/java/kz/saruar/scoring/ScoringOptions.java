package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The library's [default] choices for scoring where the seeds are silent, all configurable: the
 * ranking's tie-break criteria (higher {@code SOCIAL_EFFECT}, then {@code TEAM_CAPABILITY}; after
 * them an earlier application, then the project ID) and the rounding of prorated totals (DEF-09).
 *
 * @param tieBreakCriteria criterion codes compared after the total, higher first; codes the
 *     methodology does not have are skipped
 * @param rounding how prorated totals are rounded
 */
public record ScoringOptions(List<String> tieBreakCriteria, ProrationRounding rounding) {
    /** The default tie-break criteria. */
    public static final List<String> DEFAULT_TIE_BREAK = List.of("SOCIAL_EFFECT", "TEAM_CAPABILITY");

    /** Refuses nulls and copies lists. */
    public ScoringOptions {
        tieBreakCriteria = ImmutableList.copyOf(Objects.requireNonNull(tieBreakCriteria, "tieBreakCriteria"));
        Objects.requireNonNull(rounding, "rounding");
    }

    /** The defaults: tie-break {@code SOCIAL_EFFECT}, {@code TEAM_CAPABILITY}; rounding half up. */
    public static ScoringOptions defaults() {
        return new ScoringOptions(DEFAULT_TIE_BREAK, ProrationRounding.HALF_UP);
    }

    /** These options with other tie-break criteria. */
    public ScoringOptions withTieBreakCriteria(List<String> codes) {
        return new ScoringOptions(codes, rounding);
    }

    /** These options with another rounding of prorated totals. */
    public ScoringOptions withRounding(ProrationRounding newRounding) {
        return new ScoringOptions(tieBreakCriteria, newRounding);
    }
}
