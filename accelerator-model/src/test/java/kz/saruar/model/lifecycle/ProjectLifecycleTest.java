package kz.saruar.model.lifecycle;

import static kz.saruar.model.lifecycle.LifecycleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.application.CheckStatus;
import org.junit.jupiter.api.Test;

class ProjectLifecycleTest {
    private static final LocalDate DEFENSE = LocalDate.of(2026, 6, 1);

    private static ProjectLifecycle interviewedForDocuments() {
        ProjectLifecycle p = accept(ProjectLifecycle.submit("P-1", TEAM, CLOCK), new Commands.Preselect(), ORGANIZER);
        return accept(p, new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 14), 7), EXPERTS);
    }

    private static ProjectLifecycle defended() {
        return accept(inPreAcceleration(), new Commands.RecordDefense(DefenseOutcome.of(80, "MEDIUM", true)), JURY);
    }

    @Test
    void APP_10_organizers_preselect_and_experts_interview() {
        ProjectLifecycle p = ProjectLifecycle.submit("P-1", TEAM, CLOCK);
        assertThat(p.state()).isEqualTo(ProjectState.APPLIED);
        LifecycleDecision byTeam = p.decide(new Commands.Preselect(), TEAM, CLOCK);
        assertThat(byTeam.accepted()).isFalse();
        Refusal r = byTeam.refusal().orElseThrow();
        assertThat(r.state()).isEqualTo(ProjectState.APPLIED);
        assertThat(r.missing()).extracting(Condition::code).containsExactly("ROLE");
        assertThat(r.rules()).containsExactly(RuleId.of("APP-10"));
        assertThat(r.missing().get(0).message().get(Language.EN)).contains("TEAM").contains("ORGANIZER");
        p = accept(p, new Commands.Preselect(), ORGANIZER);
        assertThat(p.submittedOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        LifecycleDecision late = p.decide(new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 18), 7), EXPERTS, CLOCK);
        assertThat(late.refusal().orElseThrow().missing()).extracting(Condition::code).containsExactly("INTERVIEW_WITHIN_DAYS");
        assertThat(late.refusal().orElseThrow().missing().get(0).message().get(Language.EN)).contains("2026-04-17");
        p = accept(p, new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 17), 7), EXPERTS);
        assertThat(p.state()).isEqualTo(ProjectState.INTERVIEWED);
        LifecycleEvent e = p.events().get(2);
        assertThat(e.actor()).isEqualTo(EXPERTS);
        assertThat(e.at()).isEqualTo(CLOCK.instant());
        assertThat(e.what()).isEqualTo("RECORD_FIRST_INTERVIEW");
        assertThat(e.rules()).containsExactly(RuleId.of("APP-10"));
        assertThat(e.from()).contains(ProjectState.PRESELECTED);
    }

    @Test
    void APP_08_admission_needs_a_passed_verdict() {
        ProjectLifecycle p = ProjectLifecycle.submit("P-1", TEAM, CLOCK);
        p = accept(p, new Commands.Preselect(), ORGANIZER);
        p = accept(p, new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 14), 7), EXPERTS);
        LifecycleDecision d = p.decide(new Commands.AdmitToPreAcceleration(verdict("APP-08", CheckStatus.NEEDS_EVIDENCE)), ORGANIZER, CLOCK);
        assertThat(d.refusal().orElseThrow().rules()).containsExactly(RuleId.of("APP-08"));
        LifecycleDecision wrongRule = p.decide(new Commands.AdmitToPreAcceleration(verdict("APP-02", CheckStatus.PASSED)), ORGANIZER, CLOCK);
        assertThat(wrongRule.accepted()).as("a verdict that did not check APP-08").isFalse();
    }

    @Test
    void APP_12_rejection_always_records_a_reason_code_and_whether_it_is_shown() {
        ProjectLifecycle p = ProjectLifecycle.submit("P-1", TEAM, CLOCK);
        LifecycleDecision noCode = p.decide(new Commands.Reject("", false), ORGANIZER, CLOCK);
        assertThat(noCode.refusal().orElseThrow().missing()).extracting(Condition::code).containsExactly("REASON_CODE");
        ProjectLifecycle hidden = accept(p, new Commands.Reject("WEAK_TEAM", false), ORGANIZER);
        assertThat(hidden.state()).isEqualTo(ProjectState.REJECTED);
        assertThat(hidden.rejection()).contains(new Rejection("WEAK_TEAM", false));
        assertThat(hidden.rejectionReasonForApplicant()).isEmpty();
        ProjectLifecycle shown = accept(p, new Commands.Reject("OUT_OF_SCOPE", true), EXPERTS);
        assertThat(shown.rejectionReasonForApplicant()).contains("OUT_OF_SCOPE");
        LifecycleDecision appeal = hidden.decide(new Commands.Preselect(), ORGANIZER, CLOCK);
        assertThat(appeal.accepted()).as("APP-12: final").isFalse();
        assertThat(appeal.refusal().orElseThrow().missing()).extracting(Condition::code).containsExactly("STATE");
    }

    @Test
    void PRE_09_expulsion_without_explanation_or_expert_decision_is_refused() {
        ProjectLifecycle p = inPreAcceleration();
        LifecycleDecision bare = p.decide(new Commands.Expel(Optional.empty(), Optional.empty(), List.of()), ORGANIZER, CLOCK);
        Refusal r = bare.refusal().orElseThrow();
        assertThat(r.state()).isEqualTo(ProjectState.IN_PRE_ACCELERATION);
        assertThat(r.missing()).extracting(Condition::code).containsExactly("MOTIVATED_EXPLANATION", "EXPERT_GROUP_DECISION");
        assertThat(r.rules()).containsExactly(RuleId.of("PRE-09"));
        LifecycleDecision noDecision = p.decide(new Commands.Expel(Optional.of("Systematic absence from 6 of 8 sessions"),
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
        LifecycleDecision late = defended().decide(new Commands.ApplyForAcceleration(LocalDate.of(2026, 6, 5), deadline), TEAM, CLOCK);
        Refusal r = late.refusal().orElseThrow();
        assertThat(r.missing()).extracting(Condition::code).containsExactly("APPLICATION_DEADLINE");
        assertThat(r.rules()).containsExactly(RuleId.of("DEF-11"));
        assertThat(r.missing().get(0).message().get(Language.RU)).contains("2026-06-05").contains("2026-06-04");
        LifecycleDecision noApplication = defended().decide(new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.PASSED)),
                ORGANIZER, CLOCK);
        assertThat(noApplication.refusal().orElseThrow().missing()).extracting(Condition::code).containsExactly("ACCELERATION_APPLICATION");
        ProjectLifecycle applied = accept(defended(), new Commands.ApplyForAcceleration(LocalDate.of(2026, 6, 4), deadline), TEAM);
        assertThat(applied.state()).isEqualTo(ProjectState.DEFENDED);
        assertThat(applied.accelerationApplication()).contains(LocalDate.of(2026, 6, 4));
        ProjectLifecycle in = accept(applied, new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.PASSED)), ORGANIZER);
        assertThat(in.state()).isEqualTo(ProjectState.IN_ACCELERATION);
        assertThat(ProjectLifecycle.replay(in.events())).isEqualTo(in);
    }

    @Test
    void DEF_12_acceleration_entry_needs_a_passed_admission_verdict_and_the_mentor_may_recommend() {
        AccelerationDeadline deadline = AccelerationDeadline.calendarDays(DEFENSE, 3);
        ProjectLifecycle applied = accept(defended(), new Commands.ApplyForAcceleration(DEFENSE, deadline), TEAM);
        LifecycleDecision d = applied.decide(new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.FAILED)), ORGANIZER, CLOCK);
        assertThat(d.refusal().orElseThrow().rules()).containsExactly(RuleId.of("DEF-12"));
        ProjectLifecycle recommended = accept(applied, new Commands.RecommendForAcceleration("ready"), MENTOR);
        assertThat(recommended.mentorRecommended()).isTrue();
        assertThat(recommended.decide(new Commands.RecommendForAcceleration("again"), MENTOR, CLOCK).accepted()).isFalse();
        assertThat(applied.decide(new Commands.RecommendForAcceleration("x"), TEAM, CLOCK).refusal().orElseThrow()
                .missing()).extracting(Condition::code).containsExactly("ROLE");
    }

    @Test
    void EXT_02_ambassador_status_needs_every_criterion_met() {
        AccelerationDeadline deadline = AccelerationDeadline.calendarDays(DEFENSE, 3);
        ProjectLifecycle g = accept(accept(accept(defended(), new Commands.ApplyForAcceleration(DEFENSE, deadline), TEAM),
                new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.PASSED)), ORGANIZER), new Commands.Graduate(), ORGANIZER);
        assertThat(g.state()).isEqualTo(ProjectState.GRADUATED);
        assertThat(g.decide(new Commands.GrantAmbassadorStatus(7, 8), EXPERTS, CLOCK).refusal().orElseThrow().rules())
                .containsExactly(RuleId.of("EXT-02"));
        assertThat(accept(g, new Commands.GrantAmbassadorStatus(8, 8), EXPERTS).state()).isEqualTo(ProjectState.BRAND_AMBASSADOR);
    }

    @Test
    void PRE_10_characteristic_is_recorded_at_the_end_of_pre_acceleration_without_changing_state() {
        LifecycleDecision empty = inPreAcceleration().decide(new Commands.RecordCharacteristic(" "), EXPERTS, CLOCK);
        assertThat(empty.refusal().orElseThrow().rules()).containsExactly(RuleId.of("PRE-10"));
        ProjectLifecycle p = accept(inPreAcceleration(), new Commands.RecordCharacteristic("Дисциплинированная команда"), EXPERTS);
        assertThat(p.state()).isEqualTo(ProjectState.IN_PRE_ACCELERATION);
        assertThat(p.characteristic()).contains("Дисциплинированная команда");
        assertThat(p.events().get(p.events().size() - 1).rules()).containsExactly(RuleId.of("PRE-10"));
        assertThat(ProjectLifecycle.replay(p.events())).isEqualTo(p);
    }

    @Test
    void EXT_04_ambassador_participation_steps_are_recorded_once_each() {
        AccelerationDeadline deadline = AccelerationDeadline.calendarDays(DEFENSE, 3);
        ProjectLifecycle a = accept(accept(accept(accept(defended(), new Commands.ApplyForAcceleration(DEFENSE, deadline), TEAM),
                new Commands.EnterAcceleration(verdict("DEF-12", CheckStatus.PASSED)), ORGANIZER), new Commands.Graduate(), ORGANIZER),
                new Commands.GrantAmbassadorStatus(8, 8), EXPERTS);
        kz.saruar.model.methodology.Methodology std = kz.saruar.model.methodology.Methodology.standard();
        LifecycleDecision early = a.decide(Commands.RecordAmbassadorStep.of(std, "EXPERT_COUNCILS"), ORGANIZER, CLOCK);
        assertThat(early.refusal().orElseThrow().missing()).extracting(Condition::code)
                .containsExactly("EARLIER_STEPS_MISSING");
        assertThat(a.decide(Commands.RecordAmbassadorStep.of(std, "PARADE"), ORGANIZER, CLOCK).refusal().orElseThrow()
                .missing()).extracting(Condition::code).containsExactly("UNKNOWN_STEP");
        ProjectLifecycle m = accept(a, Commands.RecordAmbassadorStep.of(std, "MEMORANDUM"), ORGANIZER);
        assertThat(m.ambassadorSteps()).containsExactly("MEMORANDUM");
        LifecycleDecision twice = m.decide(Commands.RecordAmbassadorStep.of(std, "MEMORANDUM"), ORGANIZER, CLOCK);
        assertThat(twice.refusal().orElseThrow().missing()).extracting(Condition::code).containsExactly("STEP_ALREADY_TAKEN");
        assertThat(twice.refusal().orElseThrow().rules()).containsExactly(RuleId.of("EXT-04"));
        assertThat(ProjectLifecycle.replay(m.events())).isEqualTo(m);
    }

    @Test
    void APP_10_early_applicants_update_their_documents_after_the_first_interview_only() {
        ProjectLifecycle applied = ProjectLifecycle.submit("P-1", TEAM, CLOCK);
        assertThat(applied.decide(new Commands.UpdateDocuments(List.of("PROJECT_CONCEPT")), TEAM, CLOCK).refusal())
                .isPresent();
        ProjectLifecycle interviewed = interviewedForDocuments();
        ProjectLifecycle updated = accept(interviewed, new Commands.UpdateDocuments(List.of("PROJECT_CONCEPT")), TEAM);
        assertThat(updated.state()).isEqualTo(interviewed.state());
        assertThat(updated.events()).hasSize(interviewed.events().size() + 1);
        assertThat(interviewed.decide(new Commands.UpdateDocuments(List.of()), TEAM, CLOCK).refusal().orElseThrow()
                .missing()).extracting(Condition::code).containsExactly("DOCUMENTS");
        assertThat(interviewed.decide(new Commands.UpdateDocuments(List.of("PROJECT_CONCEPT")), ORGANIZER, CLOCK)
                .refusal()).isPresent();
    }

    @Test
    void ACC_03_graduation_is_recorded_by_the_organizers_only_in_acceleration() {
        LifecycleDecision early = defended().decide(new Commands.Graduate(), ORGANIZER, CLOCK);
        assertThat(early.refusal().orElseThrow().missing()).extracting(Condition::code).containsExactly("STATE");
        assertThat(early.refusal().orElseThrow().rules()).containsExactly(RuleId.of("ACC-03"));
    }

    @Test
    void team_may_withdraw_until_an_end_and_replay_gives_the_same_project() {
        ProjectLifecycle w = accept(inPreAcceleration(), new Commands.Withdraw("moved abroad"), TEAM);
        assertThat(w.state()).isEqualTo(ProjectState.WITHDRAWN);
        assertThat(ProjectLifecycle.replay(w.events())).isEqualTo(w);
        assertThat(w.decide(new Commands.Withdraw("again"), TEAM, CLOCK).accepted()).isFalse();
    }
}
