package kz.saruar.simulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.saruar.ledger.Ledger;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.program.ProgramCalendar;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ScoreSheet;
import kz.saruar.scoring.ambassador.Finding;

/**
 * The one door from the simulation into the library's rules, step by step of a cohort's life
 * (ARCHITECTURE.md "Data flow of a cohort"): eligibility and admission (APP-01..08), the program
 * calendar (PRE-01..03, ACC-01..04), consultations (PRE-05, PRE-06), the defense (DEF-03..09),
 * acceleration admission (DEF-12), ambassador assessment (EXT-02) and the LIFTCOIN ledger (LFT).
 * Switching the simulation onto the durable cohort API is one implementation of this interface.
 */
public interface CohortDriver {
    /** The methodology whose rules this driver applies. */
    Methodology methodology();

    /** APP-01..APP-07 (the competition) and APP-08 (admission to pre-acceleration) for one application. */
    Gate admit(ProjectApplication application);

    /** DEF-12: admission to acceleration after pre-acceleration. */
    Gate admitToAcceleration(ProjectApplication application);

    /** The program calendar of a cohort whose pre-acceleration starts on {@code start} (PRE-01..03, DEF-01, ACC-01..04). */
    Optional<ProgramCalendar> calendar(String cohortId, LocalDate start);

    /** The working days after {@code from} up to and including {@code to} on the holiday calendar (APP-11). */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The consultation plan of a cohort (PRE-05, PRE-06). */
    ConsultationPlan consultations(PlanningProblem problem);

    /** One defense session: the protocol's decisions and the informational statistics (DEF-03..09). */
    DefenseRound defend(Panel panel, List<Project> projects, List<ScoreSheet> sheets, LocalDate date);

    /** EXT-02: whether the assessment recommends brand-ambassador status. */
    Gate ambassador(String projectId, String expertId, LocalDate date, List<Finding> findings);

    /** A new in-memory LIFTCOIN ledger on the methodology's policy (LFT-01..08). */
    Ledger ledger(Clock clock);

    /** The driver that calls the library modules directly (model, scoring, scheduling, ledger). */
    static CohortDriver library(Methodology methodology) {
        return new LibraryCohortDriver(methodology);
    }
}
