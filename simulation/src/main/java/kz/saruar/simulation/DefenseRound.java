package kz.saruar.simulation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.stats.ScoringStatistics;

/**
 * One defense session's result (DEF-09): every project's decision in rank order and the
 * informational statistics (juror agreement, severity, sensitivity).
 *
 * @param decisions  the protocol's decisions, in rank order
 * @param statistics Krippendorff's alpha, juror severity and sensitivity of this session
 */
public record DefenseRound(List<ProjectDecision> decisions, ScoringStatistics statistics) {
    /** Refuses nulls; copies. */
    public DefenseRound {
        decisions = ImmutableList.copyOf(Objects.requireNonNull(decisions, "decisions"));
        Objects.requireNonNull(statistics, "statistics");
    }
}
