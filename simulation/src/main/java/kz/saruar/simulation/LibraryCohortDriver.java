package kz.saruar.simulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityChecks;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.application.RuleCheck;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.ConsultationPlanner;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.program.ProgramCalendar;
import kz.saruar.scheduling.program.ProgramCalendarGenerator;
import kz.saruar.scheduling.program.ProgramSettings;
import kz.saruar.scoring.BatchSubmission;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.DefenseSession;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ScoreSheet;
import kz.saruar.scoring.ambassador.AmbassadorAssessment;
import kz.saruar.scoring.ambassador.Finding;
import kz.saruar.scoring.stats.ScoringStatistics;

/**
 * The {@link CohortDriver} on the library modules themselves: EligibilityChecks (APP, DEF-12),
 * the scheduling generators and planner (PRE, ACC), a DefenseSession (DEF) and an in-memory
 * Ledger (LFT). The only class of the simulation that unwraps the modules' outcome types.
 */
final class LibraryCohortDriver implements CohortDriver {
    private static final List<String> ADMISSION_RULES = List.of("APP-01", "APP-02", "APP-03", "APP-04", "APP-05",
            "APP-06", "APP-07", "APP-08");
    private static final List<String> DEF_12 = List.of("DEF-12");
    private static final List<String> EXT_02 = List.of("EXT-02");

    private final Methodology methodology;
    private final WorkingCalendar workingCalendar = WorkingCalendar.kazakhstan();
    private final Clock decisionClock;

    LibraryCohortDriver(Methodology methodology) {
        this.methodology = Objects.requireNonNull(methodology, "methodology");
        // Decisions are dated on the day the commission meets (APP-11), fixed so a run is reproducible.
        this.decisionClock = Clock.fixed(LocalDate.of(2026, 3, 6).atStartOfDay(ZoneOffset.UTC).toInstant(),
                kz.saruar.model.Kazakhstan.ZONE);
    }

    @Override
    public Methodology methodology() {
        return methodology;
    }

    @Override
    public Gate admit(ProjectApplication application) {
        EligibilityVerdict competition = EligibilityChecks.competition(application, methodology, decisionClock);
        if (!competition.passed()) {
            return gate(competition, ADMISSION_RULES);
        }
        return gate(EligibilityChecks.preAccelerationAdmission(application, methodology, decisionClock), ADMISSION_RULES);
    }

    @Override
    public Gate admitToAcceleration(ProjectApplication application) {
        return gate(EligibilityChecks.accelerationAdmission(application, methodology, decisionClock), DEF_12);
    }

    private static Gate gate(EligibilityVerdict v, List<String> rules) {
        if (v.passed()) {
            return Gate.pass(rules);
        }
        // The first rule, in the methodology's order, with a check that did not pass.
        return v.checks().stream().filter(c -> c.status() != CheckStatus.PASSED).map(RuleCheck::rule)
                .sorted().findFirst().map(r -> Gate.stop(r.toString(), rules))
                .orElseThrow(() -> new SaruarException("a verdict that did not pass names no check"));
    }

    @Override
    public Optional<ProgramCalendar> calendar(String cohortId, LocalDate start) {
        var outcome = new ProgramCalendarGenerator(methodology, workingCalendar, ProgramSettings.standard())
                .generate(cohortId, start);
        return outcome.accepted();
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        var outcome = workingCalendar.countWorkingDays(from, to);
        return outcome.accepted().orElseThrow(() -> new SaruarException(
                "no holiday data between " + from + " and " + to + ": " + outcome));
    }

    @Override
    public ConsultationPlan consultations(PlanningProblem problem) {
        return new ConsultationPlanner(workingCalendar).plan(problem);
    }

    @Override
    public DefenseRound defend(Panel panel, List<Project> projects, List<ScoreSheet> sheets, LocalDate date) {
        DefenseSession session = DefenseSession.open(methodology, panel, projects).orElseThrow();
        BatchSubmission batch = session.submitAll(sheets);
        if (!batch.reasons().isEmpty()) {
            throw new SaruarException("simulated score sheets were refused: " + batch.reasons().get(0));
        }
        DefenseProtocol protocol = batch.session().protocol(date).orElseThrow();
        return new DefenseRound(protocol.ranking(), ScoringStatistics.of(batch.session(), protocol));
    }

    @Override
    public Gate ambassador(String projectId, String expertId, LocalDate date, List<Finding> findings) {
        AmbassadorAssessment a = AmbassadorAssessment.assess(methodology, projectId, expertId, date, findings)
                .orElseThrow();
        return a.allMet() ? Gate.pass(EXT_02) : Gate.stop("EXT-02", EXT_02);
    }

    @Override
    public Ledger ledger(Clock clock) {
        return Ledger.inMemory(LedgerPolicy.from(methodology.ledger()), clock);
    }
}
