package kz.saruar.model.lifecycle;

import static kz.saruar.model.lifecycle.LifecycleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;
import org.junit.jupiter.api.Test;

class ProjectLifecycleTest {
    private static final LocalDate DEFENSE = LocalDate.of(2026, 6, 1);

    private static ProjectLifecycle interviewedForDocuments() {
        ProjectLifecycle p = accept(submitted(), new Commands.Preselect(), ORGANIZER);
        return accept(p, new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 14)), EXPERTS);
    }

    private static ProjectLifecycle defended() {
        return accept(inPreAcceleration(), new Commands.RecordDefense(DefenseOutcome.of(80, "MEDIUM", true)), JURY);
    }

    private static ProjectLifecycle graduated() {
        AccelerationDeadline deadline = AccelerationDeadline.calendarDays(DEFENSE, 3);
        return accept(accept(accept(defended(), new Commands.ApplyForAcceleration(DEFENSE, deadline), TEAM),
                new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.PASSED)), ORGANIZER), new Commands.Graduate(), ORGANIZER);
    }

    @Test
    void APP_10_organizers_preselect_and_experts_interview() {
        ProjectLifecycle p = submitted();
        assertThat(p.state()).isEqualTo(ProjectState.APPLIED);
        Outcome<LifecycleStep> byTeam = p.decide(new Commands.Preselect(), TEAM, CLOCK);
        assertThat(byTeam.accepted()).isFalse();
        assertThat(codes(byTeam)).containsExactly("ROLE");
        assertThat(rules(byTeam)).containsExactly(RuleId.of("APP-10"));
        Reason role = byTeam.reasons().get(0);
        assertThat(role.subject()).isEqualTo("project:P-1/PRESELECT");
        assertThat(role.figure("role")).contains("TEAM");
        assertThat(role.message().get(Language.EN)).contains("TEAM").contains("ORGANIZER");
        p = accept(p, new Commands.Preselect(), ORGANIZER);
        assertThat(p.submittedOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        Outcome<LifecycleStep> late = p.decide(new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 18)), EXPERTS, CLOCK);
        assertThat(codes(late)).containsExactly("INTERVIEW_WITHIN_DAYS");
        assertThat(late.reasons().get(0).message().get(Language.EN)).contains("2026-04-17");
        assertThat(late.reasons().get(0).figure("lastDay")).contains("2026-04-17");
        p = accept(p, new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 17)), EXPERTS);
        assertThat(p.state()).isEqualTo(ProjectState.INTERVIEWED);
        LifecycleEvent e = p.events().get(2);
        assertThat(e.actor()).isEqualTo(EXPERTS);
        assertThat(e.at()).isEqualTo(CLOCK.instant());
        assertThat(e.what()).isEqualTo("RECORD_FIRST_INTERVIEW");
        assertThat(e.rules()).containsExactly(RuleId.of("APP-10"));
        assertThat(e.from()).contains(ProjectState.PRESELECTED);
    }

    @Test
    void APP_10_the_interview_window_is_the_methodologys_number() {
        Methodology three = edited(t -> ((ObjectNode) t.get("intake")).put("firstInterviewDays", 3)).orElseThrow();
        ProjectLifecycle p = ProjectLifecycle.submit("P-3", TEAM, CLOCK, three);
        p = p.decide(new Commands.Preselect(), ORGANIZER, CLOCK).orElseThrow().project();
        Outcome<LifecycleStep> late = p.decide(new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 14)), EXPERTS, CLOCK);
        assertThat(codes(late)).containsExactly("INTERVIEW_WITHIN_DAYS");
        assertThat(late.reasons().get(0).figure("lastDay")).contains("2026-04-13");
    }

    @Test
    void APP_10_who_may_preselect_is_the_methodologys_data() {
        Methodology experts = edited(t -> ((ObjectNode) t.at("/lifecycle/commands/0")).putArray("roles").add("EXPERT_GROUP"))
                .orElseThrow();
        assertThat(experts.lifecycle().rolesOf(kz.saruar.model.methodology.LifecycleCommandCode.PRESELECT))
                .containsExactly(ActorRole.EXPERT_GROUP);
        ProjectLifecycle p = ProjectLifecycle.submit("P-4", TEAM, CLOCK, experts);
        assertThat(codes(p.decide(new Commands.Preselect(), ORGANIZER, CLOCK))).containsExactly("ROLE");
        assertThat(p.decide(new Commands.Preselect(), EXPERTS, CLOCK).accepted()).isTrue();
    }

    @Test
    void APP_08_admission_needs_a_passed_verdict() {
        ProjectLifecycle p = interviewedForDocuments();
        Outcome<LifecycleStep> d = p.decide(new Commands.AdmitToPreAcceleration(verdict("APP-08", CheckStatus.NEEDS_EVIDENCE)), ORGANIZER, CLOCK);
        assertThat(rules(d)).containsExactly(RuleId.of("APP-08"));
        assertThat(codes(d)).containsExactly("ADMISSION_VERDICT");
        Outcome<LifecycleStep> wrongRule = p.decide(new Commands.AdmitToPreAcceleration(verdict("APP-02", CheckStatus.PASSED)), ORGANIZER, CLOCK);
        assertThat(wrongRule.accepted()).as("a verdict that did not check APP-08").isFalse();
        assertThat(codes(wrongRule)).containsExactly("ADMISSION_NOT_CHECKED");
    }

    @Test
    void APP_12_rejection_always_records_a_reason_code_and_whether_it_is_shown() {
        ProjectLifecycle p = submitted();
        Outcome<LifecycleStep> noCode = p.decide(new Commands.Reject("", false), ORGANIZER, CLOCK);
        assertThat(codes(noCode)).containsExactly("REASON_CODE");
        ProjectLifecycle hidden = accept(p, new Commands.Reject("WEAK_TEAM", false), ORGANIZER);
        assertThat(hidden.state()).isEqualTo(ProjectState.REJECTED);
        assertThat(hidden.rejection()).contains(new Rejection("WEAK_TEAM", false));
        assertThat(hidden.rejectionReasonForApplicant()).isEmpty();
        ProjectLifecycle shown = accept(p, new Commands.Reject("OUT_OF_SCOPE", true), EXPERTS);
        assertThat(shown.rejectionReasonForApplicant()).contains("OUT_OF_SCOPE");
        Outcome<LifecycleStep> appeal = hidden.decide(new Commands.Preselect(), ORGANIZER, CLOCK);
        assertThat(appeal.accepted()).as("APP-12: final").isFalse();
        assertThat(codes(appeal)).containsExactly("STATE");
    }

    @Test
    void PRE_09_expulsion_without_explanation_or_expert_decision_is_refused() {
        ProjectLifecycle p = inPreAcceleration();
        Outcome<LifecycleStep> bare = p.decide(new Commands.Expel(Optional.empty(), Optional.empty(), List.of()), ORGANIZER, CLOCK);
        assertThat(codes(bare)).containsExactly("MOTIVATED_EXPLANATION", "EXPERT_GROUP_DECISION");
        assertThat(rules(bare)).containsExactly(RuleId.of("PRE-09"));
        assertThat(bare.reasons().get(1).message().get(Language.EN)).isEqualTo("An expulsion needs the expert group's decision");
        Outcome<LifecycleStep> noDecision = p.decide(new Commands.Expel(Optional.of("Systematic absence from 6 of 8 sessions"),
                Optional.empty(), List.of()), ORGANIZER, CLOCK);
        assertThat(noDecision.accepted()).isFalse();
        ProjectLifecycle expelled = accept(p, new Commands.Expel(Optional.of("Systematic absence from 6 of 8 sessions"),
                Optional.of(new ExpertGroupDecision("EG-7", LocalDate.of(2026, 5, 1))), List.of("LOW_DISCIPLINE")), ORGANIZER);
        assertThat(expelled.state()).isEqualTo(ProjectState.EXPELLED);
        assertThat(expelled.expulsionExplanation()).contains("Systematic absence from 6 of 8 sessions");
        assertThat(p.decide(new Commands.Expel(Optional.of("x"), Optional.of(new ExpertGroupDecision("EG-7", DEFENSE)), List.of()),
                MENTOR, CLOCK).accepted()).as("only organizers expel").isFalse();
    }

    @Test
    void DEF_06_a_defense_below_the_threshold_ends_in_not_passed() {
        ProjectLifecycle failed = accept(inPreAcceleration(), new Commands.RecordDefense(DefenseOutcome.of(74, "MEDIUM", false)), JURY);
        assertThat(failed.state()).isEqualTo(ProjectState.NOT_PASSED);
        assertThat(failed.defense()).contains(DefenseOutcome.of(74, "MEDIUM", false));
        assertThat(defended().state()).isEqualTo(ProjectState.DEFENDED);
        assertThat(inPreAcceleration().decide(new Commands.RecordDefense(DefenseOutcome.of(90, "HIGH", true)), ORGANIZER, CLOCK)
                .accepted()).as("only the jury").isFalse();
    }

    @Test
    void DEF_11_application_to_acceleration_after_the_deadline_is_refused() {
        AccelerationDeadline deadline = AccelerationDeadline.calendarDays(DEFENSE, 3);
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 6, 4));
        Outcome<LifecycleStep> late = defended().decide(new Commands.ApplyForAcceleration(LocalDate.of(2026, 6, 5), deadline), TEAM, CLOCK);
        assertThat(codes(late)).containsExactly("APPLICATION_DEADLINE");
        assertThat(rules(late)).containsExactly(RuleId.of("DEF-11"));
        assertThat(late.reasons().get(0).message().get(Language.RU)).contains("2026-06-05").contains("2026-06-04");
        Outcome<LifecycleStep> noApplication = defended().decide(new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.PASSED)),
                ORGANIZER, CLOCK);
        assertThat(codes(noApplication)).containsExactly("ACCELERATION_APPLICATION");
        ProjectLifecycle applied = accept(defended(), new Commands.ApplyForAcceleration(LocalDate.of(2026, 6, 4), deadline), TEAM);
        assertThat(applied.state()).isEqualTo(ProjectState.DEFENDED);
        assertThat(applied.accelerationApplication()).contains(LocalDate.of(2026, 6, 4));
        assertThat(codes(applied.decide(new Commands.ApplyForAcceleration(LocalDate.of(2026, 6, 4), deadline), TEAM, CLOCK)))
                .containsExactly("ALREADY_APPLIED");
        ProjectLifecycle in = accept(applied, new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.PASSED)), ORGANIZER);
        assertThat(in.state()).isEqualTo(ProjectState.IN_ACCELERATION);
        assertThat(ProjectLifecycle.replay(in.events(), STANDARD)).isEqualTo(in);
    }

    @Test
    void DEF_12_acceleration_entry_needs_a_passed_admission_verdict_and_the_mentor_may_recommend() {
        AccelerationDeadline deadline = AccelerationDeadline.calendarDays(DEFENSE, 3);
        ProjectLifecycle applied = accept(defended(), new Commands.ApplyForAcceleration(DEFENSE, deadline), TEAM);
        Outcome<LifecycleStep> d = applied.decide(new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.FAILED)), ORGANIZER, CLOCK);
        assertThat(rules(d)).containsExactly(RuleId.of("DEF-12"));
        ProjectLifecycle recommended = accept(applied, new Commands.RecommendForAcceleration("ready"), MENTOR);
        assertThat(recommended.mentorRecommended()).isTrue();
        assertThat(codes(recommended.decide(new Commands.RecommendForAcceleration("again"), MENTOR, CLOCK)))
                .containsExactly("ALREADY_RECOMMENDED");
        assertThat(codes(applied.decide(new Commands.RecommendForAcceleration("x"), TEAM, CLOCK))).containsExactly("ROLE");
    }

    @Test
    void ACC_03_graduation_is_recorded_by_the_organizers_only_in_acceleration() {
        Outcome<LifecycleStep> early = defended().decide(new Commands.Graduate(), ORGANIZER, CLOCK);
        assertThat(codes(early)).containsExactly("STATE");
        assertThat(rules(early)).containsExactly(RuleId.of("ACC-03"));
        assertThat(graduated().state()).isEqualTo(ProjectState.GRADUATED);
    }

    @Test
    void EXT_02_ambassador_status_needs_every_criterion_met() {
        ProjectLifecycle g = graduated();
        Outcome<LifecycleStep> seven = g.decide(new Commands.GrantAmbassadorStatus(7, 8), EXPERTS, CLOCK);
        assertThat(rules(seven)).containsExactly(RuleId.of("EXT-02"));
        assertThat(seven.reasons().get(0).longFigure("criteriaMet")).hasValue(7);
        assertThat(accept(g, new Commands.GrantAmbassadorStatus(8, 8), EXPERTS).state()).isEqualTo(ProjectState.BRAND_AMBASSADOR);
    }

    @Test
    void PRE_10_characteristic_is_recorded_at_the_end_of_pre_acceleration_without_changing_state() {
        Outcome<LifecycleStep> empty = inPreAcceleration().decide(new Commands.RecordCharacteristic(" "), EXPERTS, CLOCK);
        assertThat(rules(empty)).containsExactly(RuleId.of("PRE-10"));
        assertThat(codes(empty)).containsExactly("CHARACTERISTIC_TEXT");
        ProjectLifecycle p = accept(inPreAcceleration(), new Commands.RecordCharacteristic("Дисциплинированная команда"), EXPERTS);
        assertThat(p.state()).isEqualTo(ProjectState.IN_PRE_ACCELERATION);
        assertThat(p.characteristic()).contains("Дисциплинированная команда");
        assertThat(p.events().get(p.events().size() - 1).rules()).containsExactly(RuleId.of("PRE-10"));
        assertThat(ProjectLifecycle.replay(p.events(), STANDARD)).isEqualTo(p);
    }

    @Test
    void EXT_04_ambassador_participation_steps_are_recorded_once_each_in_the_methodologys_order() {
        ProjectLifecycle a = accept(graduated(), new Commands.GrantAmbassadorStatus(8, 8), EXPERTS);
        Outcome<LifecycleStep> early = a.decide(new Commands.RecordAmbassadorStep("EXPERT_COUNCILS"), ORGANIZER, CLOCK);
        assertThat(codes(early)).containsExactly("EARLIER_STEPS_MISSING");
        assertThat(codes(a.decide(new Commands.RecordAmbassadorStep("PARADE"), ORGANIZER, CLOCK))).containsExactly("UNKNOWN_STEP");
        ProjectLifecycle m = accept(a, new Commands.RecordAmbassadorStep("MEMORANDUM"), ORGANIZER);
        assertThat(m.ambassadorSteps()).containsExactly("MEMORANDUM");
        Outcome<LifecycleStep> twice = m.decide(new Commands.RecordAmbassadorStep("MEMORANDUM"), ORGANIZER, CLOCK);
        assertThat(codes(twice)).containsExactly("STEP_ALREADY_TAKEN");
        assertThat(rules(twice)).containsExactly(RuleId.of("EXT-04"));
        assertThat(ProjectLifecycle.replay(m.events(), STANDARD)).isEqualTo(m);
    }

    @Test
    void EXT_04_the_steps_and_their_order_come_from_the_methodology() {
        Methodology councilsFirst = edited(t -> {
            ArrayNode steps = (ArrayNode) t.at("/exit/ambassadorSteps");
            JsonNode councils = steps.get(3);
            JsonNode memorandum = steps.get(0);
            steps.removeAll().add(councils).add(memorandum);
        }).orElseThrow();
        ProjectLifecycle a = accept(graduated(), new Commands.GrantAmbassadorStatus(8, 8), EXPERTS);
        ProjectLifecycle other = ProjectLifecycle.replay(a.events(), councilsFirst);
        assertThat(codes(other.decide(new Commands.RecordAmbassadorStep("MEMORANDUM"), ORGANIZER, CLOCK)))
                .containsExactly("EARLIER_STEPS_MISSING");
        assertThat(other.decide(new Commands.RecordAmbassadorStep("EXPERT_COUNCILS"), ORGANIZER, CLOCK).accepted()).isTrue();
        assertThat(codes(other.decide(new Commands.RecordAmbassadorStep("INFORMATION_SUPPORT"), ORGANIZER, CLOCK)))
                .containsExactly("UNKNOWN_STEP");
    }

    @Test
    void APP_10_early_applicants_update_their_documents_after_the_first_interview_only() {
        ProjectLifecycle applied = submitted();
        assertThat(applied.decide(new Commands.UpdateDocuments(List.of("PROJECT_CONCEPT")), TEAM, CLOCK).accepted()).isFalse();
        ProjectLifecycle interviewed = interviewedForDocuments();
        ProjectLifecycle updated = accept(interviewed, new Commands.UpdateDocuments(List.of("PROJECT_CONCEPT")), TEAM);
        assertThat(updated.state()).isEqualTo(interviewed.state());
        assertThat(updated.events()).hasSize(interviewed.events().size() + 1);
        assertThat(codes(interviewed.decide(new Commands.UpdateDocuments(List.of()), TEAM, CLOCK))).containsExactly("DOCUMENTS");
        assertThat(interviewed.decide(new Commands.UpdateDocuments(List.of("PROJECT_CONCEPT")), ORGANIZER, CLOCK).accepted()).isFalse();
    }

    @Test
    void DEF_12_team_may_withdraw_until_an_end_and_replay_gives_the_same_project() {
        ProjectLifecycle w = accept(inPreAcceleration(), new Commands.Withdraw("moved abroad"), TEAM);
        assertThat(w.state()).isEqualTo(ProjectState.WITHDRAWN);
        assertThat(ProjectLifecycle.replay(w.events(), STANDARD)).isEqualTo(w);
        assertThat(w.decide(new Commands.Withdraw("again"), TEAM, CLOCK).accepted()).isFalse();
    }

    @Test
    void a_refusal_lists_role_state_and_evidence_together() {
        Outcome<LifecycleStep> all = submitted().decide(new Commands.Reject("bad code", true), TEAM, CLOCK);
        assertThat(codes(all)).containsExactly("ROLE", "REASON_CODE");
        Outcome<LifecycleStep> wrongState = graduated().decide(new Commands.Reject("bad code", true), TEAM, CLOCK);
        assertThat(codes(wrongState)).containsExactly("ROLE", "STATE", "REASON_CODE");
        assertThat(wrongState.reasons()).allSatisfy(r -> assertThat(r.subject()).isEqualTo("project:P-1/REJECT"));
    }
}
