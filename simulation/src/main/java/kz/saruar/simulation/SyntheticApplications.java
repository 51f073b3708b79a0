package kz.saruar.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.application.AdmissionFacts;
import kz.saruar.model.application.CriterionAssessment;
import kz.saruar.model.application.Evidence;
import kz.saruar.model.application.ImplementationStage;
import kz.saruar.model.application.PersonalData;
import kz.saruar.model.application.PreAccelerationRecord;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.application.ProjectConcept;
import kz.saruar.model.application.ProjectForm;
import kz.saruar.model.application.RegistrationDocuments;
import kz.saruar.model.application.SelectionAssessment;
import kz.saruar.model.application.TeamMember;
import kz.saruar.model.application.VolunteerInvolvement;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.methodology.Methodology;

/**
 * Writes a synthetic applicant's application as the real record the rules read (APP-01..08,
 * DEF-12): what the latent qualities make of the team, the concept, the selection criteria, the
 * interview and the individual plan. Names are placeholders, never personal data.
 */
final class SyntheticApplications {
    private static final LocalDate ADULT = LocalDate.of(1991, 4, 12);
    private static final LocalDate MINOR = LocalDate.of(2010, 9, 1);
    private static final int TASKS_PLANNED = 10;

    private final Methodology methodology;
    private final SimulationParameters parameters;

    SyntheticApplications(Methodology methodology, SimulationParameters parameters) {
        this.methodology = Objects.requireNonNull(methodology, "methodology");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** The application as submitted, with the selection assessment and the interview's facts (APP-03..08). */
    ProjectApplication application(Applicant a) {
        List<TeamMember> team = new ArrayList<>();
        int size = a.teamOfTwo() ? 2 : 3;
        for (int i = 0; i < size; i++) {
            LocalDate born = a.minor() && i == size - 1 ? MINOR : ADULT;
            team.add(new TeamMember(person(a.id() + "-" + (i + 1), born), i == 0 ? "lead" : "member",
                    "practice in the field"));
        }
        double c = a.capacity();
        ImplementationStage stage = c < -0.8 ? ImplementationStage.IDEA
                : c < 0.8 ? ImplementationStage.PILOT : ImplementationStage.SUSTAINABLE;
        ProjectForm form = ProjectForm.of("Project " + a.id(), a.direction(), "Goal and tasks of " + a.id(),
                "Synthetic project " + a.id() + " of the simulated cohort.", stage, VolunteerInvolvement.EPISODIC);
        int risks = a.care() + a.normal(Applicant.Phase.CONCEPT, 0) > parameters.conceptCut() ? 5 : 3;
        List<String> riskList = new ArrayList<>();
        for (int i = 0; i < risks; i++) {
            riskList.add("risk " + (i + 1));
        }
        ProjectConcept concept = new ProjectConcept("Project " + a.id(), List.of("lead", "member", "member"),
                "goal", "description", "2026", riskList, "results", "social effect", "quality");
        List<CriterionAssessment> criteria = new ArrayList<>();
        List<CatalogEntry> selection = methodology.intake().selectionCriteria();
        for (int i = 0; i < selection.size(); i++) {
            boolean met = a.quality() + 0.6 * a.normal(Applicant.Phase.SELECTION, i) > parameters.selectionCut();
            criteria.add(new CriterionAssessment(selection.get(i).code(), met,
                    met ? List.of(Evidence.of("assessed by the commission")) : List.of()));
        }
        boolean experience = c + a.normal(Applicant.Phase.SELECTION, 100) > -1.5;
        SelectionAssessment assessment = new SelectionAssessment(criteria, c < 0.2,
                experience ? List.of(Evidence.of("past projects in the field")) : List.of());
        boolean principles = a.quality() + 0.5 * a.normal(Applicant.Phase.INTERVIEW, 1) > -2.0;
        boolean interview = a.quality() + 0.5 * c + parameters.interviewNoise() * a.normal(Applicant.Phase.INTERVIEW, 0)
                > parameters.interviewCut();
        boolean schedule = c + a.normal(Applicant.Phase.INTERVIEW, 2) > -2.3;
        return new ProjectApplication("NGO", person(a.id() + "-1", ADULT), form, team,
                List.of(Evidence.of("letter of thanks")), Optional.of(true), Optional.empty(), Optional.of(concept),
                RegistrationDocuments.withCv(), Optional.of(assessment),
                Optional.of(AdmissionFacts.of(principles, interview, schedule)), Optional.empty());
    }

    /** The same application with the pre-acceleration record the team leaves behind (DEF-12). */
    ProjectApplication afterPreAcceleration(ProjectApplication application, Applicant a) {
        double c = a.capacity();
        boolean allTasks = c + a.normal(Applicant.Phase.TASKS, 0) > parameters.taskCut();
        int done = allTasks ? TASKS_PLANNED : TASKS_PLANNED - 1 - (int) Math.min(5, Math.abs(a.normal(Applicant.Phase.TASKS, 3)) * 2);
        List<String> documents = new ArrayList<>(methodology.preAcceleration().documentPackage());
        if (a.care() + a.normal(Applicant.Phase.TASKS, 1) < parameters.taskCut() && !documents.isEmpty()) {
            documents.remove(documents.size() - 1);
        }
        boolean second = a.quality() + a.normal(Applicant.Phase.TASKS, 2) > -2.6;
        return application.withPreAcceleration(new PreAccelerationRecord(TASKS_PLANNED, done, documents,
                Optional.of(second), Optional.of(allTasks)));
    }

    private static PersonalData person(String id, LocalDate born) {
        return PersonalData.of("Participant " + id).withBirthDate(born).withCitizenship("KZ");
    }
}
