package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ScoringScheme;

/**
 * The protocol of the jury's decision (DEF-09): the projects that reached the pass score, and
 * [default] every project's total, band and per-criterion sums in rank order, the jurors, the
 * date, the recusals, the projects left without a decision (below the quorum) and the sheets that
 * were refused. Only issued when no required sheet is missing ({@link DefenseSession#protocol}).
 *
 * @param methodologyId the methodology's ID
 * @param date the date of the defense
 * @param scheme the scoring that applied (range, threshold, bands, quorum, policy)
 * @param options the tie-break and rounding that applied
 * @param panel the jurors and substitutes
 * @param projects the projects defended, in the order given
 * @param ranking the decided projects in rank order (see {@link Ranking})
 * @param undecided the projects without a decision, by project ID
 * @param recusals the recused jurors, by project then juror
 * @param rejectedSheets the reasons sheets were refused during the session
 */
public record DefenseProtocol(String methodologyId, LocalDate date, ScoringScheme scheme, ScoringOptions options,
        Panel panel, List<Project> projects, List<ProjectDecision> ranking, List<Undecided> undecided,
        List<Recusal> recusals, List<Reason> rejectedSheets) {
    /** Refuses nulls and copies lists. */
    public DefenseProtocol {
        Arguments.nonNull("methodologyId", methodologyId, "date", date, "scheme", scheme, "options", options,
                "panel", panel);
        projects = ImmutableList.copyOf(Objects.requireNonNull(projects, "projects"));
        ranking = ImmutableList.copyOf(Objects.requireNonNull(ranking, "ranking"));
        undecided = ImmutableList.copyOf(Objects.requireNonNull(undecided, "undecided"));
        recusals = ImmutableList.copyOf(Objects.requireNonNull(recusals, "recusals"));
        rejectedSheets = ImmutableList.copyOf(Objects.requireNonNull(rejectedSheets, "rejectedSheets"));
    }

    /** The projects that reached the pass score, in rank order: the protocol's list (DEF-09). */
    public List<ProjectDecision> passing() {
        return ranking.stream().filter(ProjectDecision::passed).collect(ImmutableList.toImmutableList());
    }

    /** The decision on a project, if one was issued. */
    public Optional<ProjectDecision> decision(String projectId) {
        Objects.requireNonNull(projectId, "projectId");
        return ranking.stream().filter(d -> d.projectId().equals(projectId)).findFirst();
    }

    /** The rank of a decided project, 1 for the first. */
    public Optional<Integer> rank(String projectId) {
        Objects.requireNonNull(projectId, "projectId");
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).projectId().equals(projectId)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** The project with this ID. */
    public Optional<Project> project(String projectId) {
        Objects.requireNonNull(projectId, "projectId");
        return projects.stream().filter(p -> p.id().equals(projectId)).findFirst();
    }
}
