package kz.saruar.jqwik;

import java.time.LocalDate;
import java.util.List;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scoring.ScoreSheet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The consistency properties as a contract a test implements with its own methodology, the way
 * plugin authors implement the SPI contract kits:
 * <pre>{@code
 * class AlmatyMethodologyTest implements MethodologyConsistencyContract {
 *     public Methodology methodology() { return Methodology.load(Path.of("almaty-2026.json")); }
 * }
 * }</pre>
 * A failure names the rules that disagree and jqwik shrinks the case to a minimal counterexample,
 * with the seed that reproduces it.
 */
public interface MethodologyConsistencyContract {
    /** The methodology under test. */
    Methodology methodology();

    /** The properties checked; override to supply another working calendar. */
    default ConsistencyProperties consistencyProperties() {
        return ConsistencyProperties.standard();
    }

    /** DEF-05..08. */
    @Property
    default void everyBandIsReachable(@ForAll("bandTargets") ConsistencyProperties.BandTarget t) {
        consistencyProperties().everyBandIsReachable().assertHolds(methodology(), t);
    }

    /** DEF-05, DEF-06. */
    @Property(tries = 10)
    default void passAndFailAreBothReachable(@ForAll boolean pass) {
        consistencyProperties().passAndFailAreBothReachable().assertHolds(methodology(), pass);
    }

    /** DEF-06..08. */
    @Property
    default void aPassNeverLiesInTheLowestBand(@ForAll("fullSheets") List<ScoreSheet> sheets) {
        consistencyProperties().aPassNeverLiesInTheLowestBand().assertHolds(methodology(), sheets);
    }

    /** DEF-04..08. */
    @Property
    default void raisingAScoreNeverLowersTheOutcome(@ForAll("raises") ConsistencyProperties.Raise raise) {
        consistencyProperties().raisingAScoreNeverLowersTheOutcome().assertHolds(methodology(), raise);
    }

    /** DEF-05, DEF-09. */
    @Property
    default void prorationKeepsTotalsInRange(@ForAll("quorumSheets") List<ScoreSheet> sheets) {
        consistencyProperties().prorationKeepsTotalsInRange().assertHolds(methodology(), sheets);
    }

    /** PRE-01, PRE-02, ACC-01, ACC-02, ACC-04. */
    @Property(tries = 50)
    default void theProgramFitsItsWorkingDays(@ForAll("programStarts") LocalDate start) {
        consistencyProperties().theProgramFitsItsWorkingDays().assertHolds(methodology(), start);
    }

    /** APP-09..11, DEF-11. */
    @Property(tries = 50)
    default void deadlinesFallInsideTheProgram(@ForAll("programStarts") LocalDate start) {
        consistencyProperties().deadlinesFallInsideTheProgram().assertHolds(methodology(), start);
    }

    /** APP-12. */
    @Property(tries = 20)
    default void everyStateIsReachableAndNoneIsADeadEnd(@ForAll ProjectState state) {
        consistencyProperties().everyStateIsReachableAndNoneIsADeadEnd().assertHolds(methodology(), state);
    }

    /** LFT-01, LFT-03, LFT-04. */
    @Property(tries = 50)
    default void coverageCanBeMet(@ForAll("coverages") ConsistencyProperties.Coverage c) {
        consistencyProperties().coverageCanBeMet().assertHolds(methodology(), c);
    }

    /** LFT-01..04. */
    @Property(tries = 50)
    default void circulationNeverExceedsCoverage(@ForAll("marketActivity") List<LedgerCommand> commands) {
        consistencyProperties().circulationNeverExceedsCoverage().assertHolds(methodology(), commands);
    }

    /** APP-02, APP-04, APP-05. */
    @Property(tries = 50)
    default void eligibilityFollowsItsBoundaries(@ForAll("boundaryApplications") ApplicationArbitraries.BoundaryCase c) {
        consistencyProperties().eligibilityFollowsItsBoundaries().assertHolds(methodology(), c);
    }

    /** Cases of {@link #eligibilityFollowsItsBoundaries}. */
    @Provide
    default Arbitrary<ApplicationArbitraries.BoundaryCase> boundaryApplications() {
        return consistencyProperties().eligibilityFollowsItsBoundaries().cases(methodology());
    }

    /** PRE-05, PRE-06. */
    @Property(tries = 50)
    default void aConsultationPlanBreaksNoRule(@ForAll("planningProblems") PlanningProblem problem) {
        consistencyProperties().aConsultationPlanBreaksNoRule().assertHolds(methodology(), problem);
    }

    /** Cases of {@link #aConsultationPlanBreaksNoRule}. */
    @Provide
    default Arbitrary<PlanningProblem> planningProblems() {
        return consistencyProperties().aConsultationPlanBreaksNoRule().cases(methodology());
    }

    /** Cases of {@link #coverageCanBeMet}. */
    @Provide
    default Arbitrary<ConsistencyProperties.Coverage> coverages() {
        return consistencyProperties().coverageCanBeMet().cases(methodology());
    }

    /** Cases of {@link #circulationNeverExceedsCoverage}. */
    @Provide
    default Arbitrary<List<LedgerCommand>> marketActivity() {
        return consistencyProperties().circulationNeverExceedsCoverage().cases(methodology());
    }

    /** Cases of {@link #everyBandIsReachable}. */
    @Provide
    default Arbitrary<ConsistencyProperties.BandTarget> bandTargets() {
        return consistencyProperties().everyBandIsReachable().cases(methodology());
    }

    /** Cases of {@link #aPassNeverLiesInTheLowestBand}. */
    @Provide
    default Arbitrary<List<ScoreSheet>> fullSheets() {
        return consistencyProperties().aPassNeverLiesInTheLowestBand().cases(methodology());
    }

    /** Cases of {@link #raisingAScoreNeverLowersTheOutcome}. */
    @Provide
    default Arbitrary<ConsistencyProperties.Raise> raises() {
        return consistencyProperties().raisingAScoreNeverLowersTheOutcome().cases(methodology());
    }

    /** Cases of {@link #prorationKeepsTotalsInRange}. */
    @Provide
    default Arbitrary<List<ScoreSheet>> quorumSheets() {
        return consistencyProperties().prorationKeepsTotalsInRange().cases(methodology());
    }

    /** Cases of {@link #theProgramFitsItsWorkingDays}. */
    @Provide
    default Arbitrary<LocalDate> programStarts() {
        return consistencyProperties().theProgramFitsItsWorkingDays().cases(methodology());
    }
}
