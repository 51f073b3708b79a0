package kz.saruar.model.lifecycle;

import kz.saruar.model.Arguments;
import static kz.saruar.model.Rules.APP_08;
import static kz.saruar.model.Rules.DEF_12;
import static kz.saruar.model.lifecycle.LifecycleRefusal.*;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.saruar.model.RuleId;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.validation.Code;

/**
 * The lifecycle commands (APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03, EXT-02, EXT-04): each
 * record carries its evidence and its guard; where it may be given and where it leads is its row
 * in {@link LifecycleTable}.
 */
public final class Commands {
    private static final Pattern CODE = Pattern.compile(Code.PATTERN);

    private Commands() {
    }

    /** The organizing committee preselects an application (APP-10). */
    public record Preselect() implements LifecycleCommand {
        @Override
        public String why() {
            return "preselected by the organizing committee";
        }
    }

    /**
     * The expert group records a passed first interview (APP-10), held within the methodology's
     * {@code intake.firstInterviewDays} of the submission (7 in the standard methodology, calendar
     * days in Kazakhstan); a failed interview is a {@link Reject}.
     *
     * @param interviewDate the day of the interview
     */
    public record RecordFirstInterview(LocalDate interviewDate) implements LifecycleCommand {
        /** Refuses null. */
        public RecordFirstInterview {
            Objects.requireNonNull(interviewDate, "interviewDate");
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            LocalDate submitted = project.submittedOn();
            LocalDate last = project.firstInterviewDue();
            if (!interviewDate.isBefore(submitted) && !interviewDate.isAfter(last)) {
                return List.of();
            }
            return List.of(INTERVIEW_WITHIN_DAYS.about(project, this, Figure.of("interviewDate", interviewDate.toString()),
                    Figure.of("submittedOn", submitted.toString()), Figure.of("lastDay", last.toString())));
        }

        @Override
        public String why() {
            return "first interview passed on " + interviewDate;
        }
    }

    /**
     * An early applicant updates the application's documents after the first interview (APP-10:
     * "early applicants may update their documents after the first interview").
     *
     * @param documents what was updated, e.g. the document kinds' codes
     */
    public record UpdateDocuments(List<String> documents) implements LifecycleCommand {
        /** Refuses null; copies the list. */
        public UpdateDocuments {
            documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            if (!documents.isEmpty() && documents.stream().noneMatch(String::isBlank)) {
                return List.of();
            }
            return List.of(DOCUMENTS.about(project, this));
        }

        @Override
        public String why() {
            return String.join(", ", documents);
        }
    }

    /**
     * The organizers admit the project to pre-acceleration on an APP-08 verdict that passed.
     *
     * @param admission the APP-08 verdict
     */
    public record AdmitToPreAcceleration(EligibilityVerdict admission) implements LifecycleCommand {
        /** Refuses null. */
        public AdmitToPreAcceleration {
            Objects.requireNonNull(admission, "admission");
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            return verdict(project, this, admission, APP_08);
        }

        @Override
        public String why() {
            return "APP-08 admission criteria met";
        }
    }

    /**
     * The organizers or the commission reject an application (APP-12): a reason code is always
     * recorded, with whether it is shown to the applicant; the decision is final.
     *
     * @param reasonCode the reason, as a code ({@code [A-Z][A-Z0-9_]*})
     * @param shownToApplicant whether the reason is shown to the applicant
     */
    public record Reject(String reasonCode, boolean shownToApplicant) implements LifecycleCommand {
        /** Refuses null. */
        public Reject {
            Objects.requireNonNull(reasonCode, "reasonCode");
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            return CODE.matcher(reasonCode).matches() ? List.of()
                    : List.of(REASON_CODE.about(project, this, Figure.of("reasonCode", reasonCode)));
        }

        @Override
        public String why() {
            return reasonCode;
        }
    }

    /**
     * The organizers expel a team from pre-acceleration (PRE-09): only with a motivated
     * explanation and the expert group's decision.
     *
     * @param motivatedExplanation the motivated explanation
     * @param decision the expert group's decision
     * @param grounds the codes of the expulsion grounds of the methodology that apply
     */
    public record Expel(Optional<String> motivatedExplanation, Optional<ExpertGroupDecision> decision,
            List<String> grounds) implements LifecycleCommand {
        /** Refuses nulls and copies the list. */
        public Expel {
            Arguments.nonNull("motivatedExplanation", motivatedExplanation, "decision", decision);
            grounds = ImmutableList.copyOf(Objects.requireNonNull(grounds, "grounds"));
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            List<Reason> out = new ArrayList<>();
            if (motivatedExplanation.filter(s -> !s.isBlank()).isEmpty()) {
                out.add(MOTIVATED_EXPLANATION.about(project, this));
            }
            if (decision.isEmpty()) {
                out.add(EXPERT_GROUP_DECISION.about(project, this));
            }
            return out;
        }

        @Override
        public String why() {
            return motivatedExplanation.orElse("");
        }
    }

    /**
     * The organizers and experts record the characteristic of a team and its project at the end
     * of pre-acceleration (PRE-10).
     *
     * @param text the characteristic
     */
    public record RecordCharacteristic(String text) implements LifecycleCommand {
        /** Refuses null. */
        public RecordCharacteristic {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            return text.isBlank() ? List.of(CHARACTERISTIC_TEXT.about(project, this)) : List.of();
        }

        @Override
        public String why() {
            return "characteristic recorded";
        }
    }

    /**
     * The jury's decision on the defense (DEF-06, DEF-09): passed leads to DEFENDED, below the
     * threshold to NOT_PASSED.
     *
     * @param outcome the defense outcome
     */
    public record RecordDefense(DefenseOutcome outcome) implements LifecycleCommand {
        /** Refuses null. */
        public RecordDefense {
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public ProjectState target(ProjectState state) {
            return outcome.passed() ? ProjectState.DEFENDED : ProjectState.NOT_PASSED;
        }

        @Override
        public String why() {
            return "total " + outcome.total() + ", band " + outcome.band() + (outcome.passed() ? ", passed" : ", not passed");
        }
    }

    /**
     * The team applies to join acceleration (DEF-11): voluntarily, within the deadline after the
     * defense; the state does not change until the organizers' order.
     *
     * @param applicationDate the day the team applied
     * @param deadline the window after the defense ({@code scheduling} computes it in working days)
     */
    public record ApplyForAcceleration(LocalDate applicationDate, AccelerationDeadline deadline) implements LifecycleCommand {
        /** Refuses nulls. */
        public ApplyForAcceleration {
            Arguments.nonNull("applicationDate", applicationDate, "deadline", deadline);
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            List<Reason> out = new ArrayList<>();
            if (!deadline.allows(applicationDate)) {
                out.add(APPLICATION_DEADLINE.about(project, this, Figure.of("applicationDate", applicationDate.toString()),
                        Figure.of("defenseDate", deadline.defenseDate().toString()),
                        Figure.of("lastDay", deadline.lastDay().toString())));
            }
            project.accelerationApplication().ifPresent(d -> out.add(ALREADY_APPLIED.about(project, this,
                    Figure.of("appliedOn", d.toString()))));
            return out;
        }

        @Override
        public String why() {
            return "applied on " + applicationDate + ", due by " + deadline.lastDay();
        }
    }

    /**
     * The mentor recommends the project for acceleration (DEF-12: the transition comes by the
     * team's initiative or the mentor's recommendation).
     *
     * @param note the mentor's words
     */
    public record RecommendForAcceleration(String note) implements LifecycleCommand {
        /** Refuses null. */
        public RecommendForAcceleration {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            return project.mentorRecommended() ? List.of(ALREADY_RECOMMENDED.about(project, this)) : List.of();
        }

        @Override
        public String why() {
            return note;
        }
    }

    /**
     * The organizers' order to launch acceleration (DEF-11) on the team's application made within
     * the deadline, with a DEF-12 verdict that passed.
     *
     * @param admission the DEF-12 verdict
     */
    public record EnterAcceleration(EligibilityVerdict admission) implements LifecycleCommand {
        /** Refuses null. */
        public EnterAcceleration {
            Objects.requireNonNull(admission, "admission");
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            List<Reason> out = new ArrayList<>();
            if (project.accelerationApplication().isEmpty()) {
                out.add(ACCELERATION_APPLICATION.about(project, this));
            }
            out.addAll(verdict(project, this, admission, DEF_12));
            return out;
        }

        @Override
        public String why() {
            return "order to launch acceleration";
        }
    }

    /** The organizers record that the project completed acceleration (ACC-03). */
    public record Graduate() implements LifecycleCommand {
        @Override
        public String why() {
            return "acceleration completed";
        }
    }

    /**
     * The expert group's recommendation of brand ambassador status (EXT-02): every criterion
     * assessed and met.
     *
     * @param criteriaMet the criteria assessed as met
     * @param criteriaAssessed the criteria assessed (the methodology's eight)
     */
    public record GrantAmbassadorStatus(int criteriaMet, int criteriaAssessed) implements LifecycleCommand {
        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            return criteriaAssessed > 0 && criteriaMet == criteriaAssessed ? List.of()
                    : List.of(ALL_CRITERIA_MET.about(project, this, Figure.of("criteriaMet", criteriaMet),
                            Figure.of("criteriaAssessed", criteriaAssessed)));
        }

        @Override
        public String why() {
            return criteriaMet + " of " + criteriaAssessed + " criteria met";
        }
    }

    /**
     * A step of a brand ambassador's participation order is taken (EXT-04: memorandum,
     * information support, recommendation to partners, expert councils, dialogue and foresight
     * sessions). [default] The seed lists the steps as an order, so each step of the methodology's
     * {@code exit.ambassadorSteps} is taken once and only after the steps before it.
     *
     * @param step the step's code in the methodology ({@code exit.ambassadorSteps})
     */
    public record RecordAmbassadorStep(String step) implements LifecycleCommand {
        /** Refuses null. */
        public RecordAmbassadorStep {
            Objects.requireNonNull(step, "step");
        }

        @Override
        public List<Reason> unmet(ProjectLifecycle project) {
            List<String> order = project.methodology().exit().ambassadorSteps().stream().map(CatalogEntry::code).toList();
            int at = order.indexOf(step);
            if (at < 0) {
                return List.of(UNKNOWN_STEP.about(project, this, Figure.of("step", step),
                        Figure.of("steps", String.join(", ", order))));
            }
            if (project.ambassadorSteps().contains(step)) {
                return List.of(STEP_ALREADY_TAKEN.about(project, this, Figure.of("step", step)));
            }
            List<String> before = order.subList(0, at).stream().filter(s -> !project.ambassadorSteps().contains(s)).toList();
            return before.isEmpty() ? List.of()
                    : List.of(EARLIER_STEPS_MISSING.about(project, this, Figure.of("missing", String.join(", ", before))));
        }

        @Override
        public String why() {
            return step;
        }
    }

    /**
     * The team withdraws from the program. [default] The seeds describe participation as
     * voluntary (DEF-12) but give no withdrawal procedure; the library lets the team withdraw from
     * any state before graduation that is not an end.
     *
     * @param reason the team's reason, free text
     */
    public record Withdraw(String reason) implements LifecycleCommand {
        /** Refuses null. */
        public Withdraw {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String why() {
            return reason;
        }
    }

    private static List<Reason> verdict(ProjectLifecycle project, LifecycleCommand command, EligibilityVerdict v, RuleId rule) {
        if (!v.covers(rule)) {
            return List.of(ADMISSION_NOT_CHECKED.about(project, command, rule, Figure.of("rule", rule.value())));
        }
        if (v.statusOf(rule) == CheckStatus.PASSED) {
            return List.of();
        }
        String open = String.join(", ", v.of(rule).stream().filter(c -> c.status() != CheckStatus.PASSED)
                .map(c -> c.requirement() + " " + c.status()).distinct().toList());
        return List.of(ADMISSION_VERDICT.about(project, command, rule, Figure.of("rule", rule.value()),
                Figure.of("open", open)));
    }
}
