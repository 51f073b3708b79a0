package kz.saruar.model.lifecycle;

import kz.saruar.model.LocalizedText;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.saruar.model.RuleId;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.validation.Code;

/** The lifecycle commands (APP-10..12, PRE-09, DEF-06, DEF-11, DEF-12, ACC-03, EXT-02). */
public final class Commands {
    static final RuleId APP08 = RuleId.of("APP-08");
    static final RuleId APP10 = RuleId.of("APP-10");
    static final RuleId APP12 = RuleId.of("APP-12");
    static final RuleId PRE09 = RuleId.of("PRE-09");
    static final RuleId DEF06 = RuleId.of("DEF-06");
    static final RuleId DEF09 = RuleId.of("DEF-09");
    static final RuleId DEF11 = RuleId.of("DEF-11");
    static final RuleId DEF12 = RuleId.of("DEF-12");
    static final RuleId ACC03 = RuleId.of("ACC-03");
    static final RuleId EXT02 = RuleId.of("EXT-02");
    static final RuleId EXT04 = RuleId.of("EXT-04");
    static final RuleId PRE10 = RuleId.of("PRE-10");
    private static final Pattern CODE = Pattern.compile(Code.PATTERN);

    private Commands() {
    }

    /**
     * The organizing committee preselects an application (APP-10).
     */
    public record Preselect() implements LifecycleCommand {
        @Override
        public String code() {
            return "PRESELECT";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.ORGANIZER);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.APPLIED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(APP10);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            return List.of();
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.PRESELECTED;
        }

        @Override
        public String why() {
            return "preselected by the organizing committee";
        }
    }

    /**
     * The expert group records a passed first interview (APP-10), held within
     * {@code firstInterviewDays} days of the submission (7 in the standard methodology, counted in
     * calendar days in Kazakhstan); a failed interview is a {@link Reject}.
     *
     * @param interviewDate the day of the interview
     * @param firstInterviewDays the days allowed after the submission ({@code intake.firstInterviewDays})
     */
    public record RecordFirstInterview(LocalDate interviewDate, int firstInterviewDays) implements LifecycleCommand {
        /** Refuses null and a negative number of days. */
        public RecordFirstInterview {
            Objects.requireNonNull(interviewDate, "interviewDate");
            if (firstInterviewDays < 0) {
                throw new IllegalArgumentException("firstInterviewDays is negative: " + firstInterviewDays);
            }
        }

        /** An interview on this day, with the methodology's allowance (APP-10). */
        public static RecordFirstInterview of(LocalDate interviewDate, kz.saruar.model.methodology.Methodology methodology) {
            return new RecordFirstInterview(interviewDate, methodology.intake().firstInterviewDays());
        }

        @Override
        public String code() {
            return "RECORD_FIRST_INTERVIEW";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.EXPERT_GROUP);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.PRESELECTED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(APP10);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            LocalDate submitted = project.submittedOn();
            LocalDate last = submitted.plusDays(firstInterviewDays);
            if (!interviewDate.isBefore(submitted) && !interviewDate.isAfter(last)) {
                return List.of();
            }
            return List.of(new Condition(APP10, "INTERVIEW_WITHIN_DAYS", LocalizedText.message(
                    "Сұхбат {0} күні; өтінім {1} берілген, сұхбат {2} дейін өтуі керек",
                    "Собеседование {0}; заявка подана {1}, собеседование — не позднее {2}",
                    "Interview on {0}; the application was submitted on {1}, the interview is due by {2}",
                    interviewDate, submitted, last)));
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.INTERVIEWED;
        }

        @Override
        public String why() {
            return "first interview passed on " + interviewDate;
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
        public String code() {
            return "ADMIT_TO_PRE_ACCELERATION";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.ORGANIZER);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.INTERVIEWED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(APP08);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            return verdict(admission, APP08, "ADMISSION_VERDICT");
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.IN_PRE_ACCELERATION;
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
        public String code() {
            return "REJECT";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.ORGANIZER, ActorRole.EXPERT_GROUP);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.APPLIED, ProjectState.PRESELECTED, ProjectState.INTERVIEWED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(APP12);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            if (CODE.matcher(reasonCode).matches()) {
                return List.of();
            }
            return List.of(new Condition(APP12, "REASON_CODE", LocalizedText.message(
                    "Бас тарту себебінің коды міндетті ([A-Z][A-Z0-9_]*), берілгені «{0}»",
                    "Код причины отказа обязателен ([A-Z][A-Z0-9_]*), получено «{0}»",
                    "A rejection reason code is required ([A-Z][A-Z0-9_]*), got \"{0}\"", reasonCode)));
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.REJECTED;
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
            Objects.requireNonNull(motivatedExplanation, "motivatedExplanation");
            Objects.requireNonNull(decision, "decision");
            grounds = ImmutableList.copyOf(Objects.requireNonNull(grounds, "grounds"));
        }

        @Override
        public String code() {
            return "EXPEL";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.ORGANIZER);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.IN_PRE_ACCELERATION);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(PRE09);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            List<Condition> out = new ArrayList<>();
            if (motivatedExplanation.filter(s -> !s.isBlank()).isEmpty()) {
                out.add(new Condition(PRE09, "MOTIVATED_EXPLANATION", LocalizedText.message(
                        "Шығаруға дәлелді түсініктеме керек", "Для отчисления нужно мотивированное объяснение",
                        "An expulsion needs a motivated explanation")));
            }
            if (decision.isEmpty()) {
                out.add(new Condition(PRE09, "EXPERT_GROUP_DECISION", LocalizedText.message(
                        "Шығаруға сарапшылар тобының шешімі керек", "Для отчисления нужно решение экспертной группы",
                        "An expulsion needs the expert group's decision")));
            }
            return out;
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.EXPELLED;
        }

        @Override
        public String why() {
            return motivatedExplanation.orElse("");
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
        public String code() {
            return "RECORD_DEFENSE";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.JURY);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.IN_PRE_ACCELERATION);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(DEF06, DEF09);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            return List.of();
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
     * @param deadline the window after the defense
     */
    public record ApplyForAcceleration(LocalDate applicationDate, AccelerationDeadline deadline) implements LifecycleCommand {
        /** Refuses nulls. */
        public ApplyForAcceleration {
            Objects.requireNonNull(applicationDate, "applicationDate");
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public String code() {
            return "APPLY_FOR_ACCELERATION";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.TEAM);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.DEFENDED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(DEF11);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            List<Condition> out = new ArrayList<>();
            if (!deadline.allows(applicationDate)) {
                out.add(new Condition(DEF11, "APPLICATION_DEADLINE", LocalizedText.message(
                        "Өтінім {0} күні берілді; {1} – {2} аралығында берілуі керек",
                        "Заявление подано {0}; принимается с {1} по {2}",
                        "The application was made on {0}; it is accepted from {1} to {2}", applicationDate,
                        deadline.defenseDate(), deadline.lastDay())));
            }
            if (project.accelerationApplication().isPresent()) {
                out.add(new Condition(DEF11, "ALREADY_APPLIED", LocalizedText.message("Өтінім {0} күні берілген", "Заявление уже подано {0}",
                        "The application was already made on {0}", project.accelerationApplication().get())));
            }
            return out;
        }

        @Override
        public ProjectState target(ProjectState state) {
            return state;
        }

        @Override
        public String why() {
            return "applied on " + applicationDate + ", due by " + deadline.lastDay();
        }
    }

    /**
     * The mentor recommends the project for acceleration (DEF-12: the transition comes by the
     * team's initiative or the mentor's recommendation); the state does not change.
     *
     * @param note the mentor's words
     */
    public record RecommendForAcceleration(String note) implements LifecycleCommand {
        /** Refuses null. */
        public RecommendForAcceleration {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String code() {
            return "RECOMMEND_FOR_ACCELERATION";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.MENTOR);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.DEFENDED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(DEF12);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            if (!project.mentorRecommended()) {
                return List.of();
            }
            return List.of(new Condition(DEF12, "ALREADY_RECOMMENDED", LocalizedText.message("Тәлімгер бұрын ұсынған",
                    "Ментор уже рекомендовал", "The mentor has already recommended it")));
        }

        @Override
        public ProjectState target(ProjectState state) {
            return state;
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
        public String code() {
            return "ENTER_ACCELERATION";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.ORGANIZER);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.DEFENDED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(DEF11, DEF12);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            List<Condition> out = new ArrayList<>();
            if (project.accelerationApplication().isEmpty()) {
                out.add(new Condition(DEF11, "ACCELERATION_APPLICATION", LocalizedText.message(
                        "Команда акселерацияға өтінім берген жоқ", "Команда не подала заявление на акселерацию",
                        "The team has not applied to acceleration")));
            }
            out.addAll(verdict(admission, DEF12, "ADMISSION_VERDICT"));
            return out;
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.IN_ACCELERATION;
        }

        @Override
        public String why() {
            return "order to launch acceleration";
        }
    }

    /** The organizers record that the project completed acceleration (ACC-03). */
    public record Graduate() implements LifecycleCommand {
        @Override
        public String code() {
            return "GRADUATE";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.ORGANIZER);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.IN_ACCELERATION);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(ACC03);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            return List.of();
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.GRADUATED;
        }

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
        public String code() {
            return "GRANT_AMBASSADOR_STATUS";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.EXPERT_GROUP);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.GRADUATED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(EXT02);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            if (criteriaAssessed > 0 && criteriaMet == criteriaAssessed) {
                return List.of();
            }
            return List.of(new Condition(EXT02, "ALL_CRITERIA_MET", LocalizedText.message(
                    "{1} өлшемшарттың {0} орындалды; барлығы орындалуы керек",
                    "Выполнено {0} из {1} критериев; нужны все",
                    "{0} of {1} criteria met; all are needed", criteriaMet, criteriaAssessed)));
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.BRAND_AMBASSADOR;
        }

        @Override
        public String why() {
            return criteriaMet + " of " + criteriaAssessed + " criteria met";
        }
    }

    /**
     * The organizers and experts record the characteristic of a team and its project at the end
     * of pre-acceleration (PRE-10); the state does not change.
     *
     * @param text the characteristic
     */
    public record RecordCharacteristic(String text) implements LifecycleCommand {
        /** Refuses null. */
        public RecordCharacteristic {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String code() {
            return "RECORD_CHARACTERISTIC";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.ORGANIZER, ActorRole.EXPERT_GROUP);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.IN_PRE_ACCELERATION, ProjectState.DEFENDED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(PRE10);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            if (!text.isBlank()) {
                return List.of();
            }
            return List.of(new Condition(PRE10, "CHARACTERISTIC_TEXT", LocalizedText.message("Мінездеме бос", "Характеристика пуста",
                    "The characteristic is empty")));
        }

        @Override
        public ProjectState target(ProjectState state) {
            return state;
        }

        @Override
        public String why() {
            return "characteristic recorded";
        }
    }

    /**
     * A step of a brand ambassador's participation order is taken (EXT-04: memorandum,
     * information support, recommendation to partners, expert councils, dialogue and foresight
     * sessions). [default] The seed lists the steps as an order, so each step is taken once and
     * only after the steps before it; the state does not change.
     *
     * @param step the step's code in the methodology ({@code exit.ambassadorSteps})
     * @param order the methodology's steps, in order
     */
    public record RecordAmbassadorStep(String step, List<String> order) implements LifecycleCommand {
        /** Refuses nulls; copies the order. */
        public RecordAmbassadorStep {
            Objects.requireNonNull(step, "step");
            order = List.copyOf(Objects.requireNonNull(order, "order"));
        }

        /** The step with the order of this methodology's {@code exit.ambassadorSteps} (EXT-04). */
        public static RecordAmbassadorStep of(Methodology methodology, String step) {
            Objects.requireNonNull(methodology, "methodology");
            return new RecordAmbassadorStep(step,
                    methodology.exit().ambassadorSteps().stream().map(e -> e.code()).toList());
        }

        @Override
        public String code() {
            return "RECORD_AMBASSADOR_STEP";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.ORGANIZER);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.BRAND_AMBASSADOR);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(EXT04);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            int at = order.indexOf(step);
            if (at < 0) {
                return List.of(new Condition(EXT04, "UNKNOWN_STEP", LocalizedText.message(
                        "«{0}» қадамы әдістемеде жоқ; қадамдар: {1}", "Шага «{0}» нет в методике; шаги: {1}",
                        "The step \"{0}\" is not in the methodology; the steps are: {1}", step, String.join(", ", order))));
            }
            if (project.ambassadorSteps().contains(step)) {
                return List.of(new Condition(EXT04, "STEP_ALREADY_TAKEN", LocalizedText.message("«{0}» қадамы бұрын тіркелген",
                        "Шаг «{0}» уже отмечен", "The step \"{0}\" is already recorded", step)));
            }
            List<String> before = order.subList(0, at).stream().filter(s -> !project.ambassadorSteps().contains(s)).toList();
            if (!before.isEmpty()) {
                return List.of(new Condition(EXT04, "EARLIER_STEPS_MISSING", LocalizedText.message(
                        "Алдымен мына қадамдар қажет: {0}", "Сначала нужны шаги: {0}", "These steps come first: {0}",
                        String.join(", ", before))));
            }
            return List.of();
        }

        @Override
        public ProjectState target(ProjectState state) {
            return state;
        }

        @Override
        public String why() {
            return step;
        }
    }

    /**
     * An early applicant updates the application's documents after the first interview (APP-10:
     * "early applicants may update their documents after the first interview"); the state does
     * not change.
     *
     * @param documents what was updated, e.g. the document kinds' codes
     */
    public record UpdateDocuments(List<String> documents) implements LifecycleCommand {
        /** Refuses null; copies the list. */
        public UpdateDocuments {
            documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        }

        @Override
        public String code() {
            return "UPDATE_DOCUMENTS";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.TEAM);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.INTERVIEWED);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(APP10);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            if (!documents.isEmpty() && documents.stream().noneMatch(String::isBlank)) {
                return List.of();
            }
            return List.of(new Condition(APP10, "DOCUMENTS", LocalizedText.message("Жаңартылған құжаттар көрсетілмеген",
                    "Не указаны обновлённые документы", "No updated document is named")));
        }

        @Override
        public ProjectState target(ProjectState state) {
            return state;
        }

        @Override
        public String why() {
            return String.join(", ", documents);
        }
    }

    /**
     * The team withdraws from the program. [default] The seeds describe participation as
     * voluntary (DEF-12) but give no withdrawal procedure; the library lets the team withdraw from
     * any state that is not an end.
     *
     * @param reason the team's reason, free text
     */
    public record Withdraw(String reason) implements LifecycleCommand {
        /** Refuses null. */
        public Withdraw {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String code() {
            return "WITHDRAW";
        }

        @Override
        public Set<ActorRole> roles() {
            return EnumSet.of(ActorRole.TEAM);
        }

        @Override
        public Set<ProjectState> from() {
            return EnumSet.of(ProjectState.APPLIED, ProjectState.PRESELECTED, ProjectState.INTERVIEWED,
                    ProjectState.IN_PRE_ACCELERATION, ProjectState.DEFENDED, ProjectState.IN_ACCELERATION);
        }

        @Override
        public List<RuleId> rules() {
            return List.of(DEF12);
        }

        @Override
        public List<Condition> unmet(ProjectLifecycle project) {
            return List.of();
        }

        @Override
        public ProjectState target(ProjectState state) {
            return ProjectState.WITHDRAWN;
        }

        @Override
        public String why() {
            return reason;
        }
    }

    private static List<Condition> verdict(EligibilityVerdict v, RuleId rule, String code) {
        if (!v.covers(rule)) {
            return List.of(new Condition(rule, code, LocalizedText.message("{0} бойынша тексеру жоқ", "Нет проверки по {0}",
                    "There is no {0} check", rule)));
        }
        CheckStatus s = v.statusOf(rule);
        if (s == CheckStatus.PASSED) {
            return List.of();
        }
        String open = String.join(", ", v.of(rule).stream().filter(c -> c.status() != CheckStatus.PASSED)
                .map(c -> c.requirement() + " " + c.status()).distinct().toList());
        return List.of(new Condition(rule, code, LocalizedText.message("{0} талаптары орындалмаған: {1}", "Требования {0} не выполнены: {1}",
                "The requirements of {0} are not met: {1}", rule, open)));
    }
}
