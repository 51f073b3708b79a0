package kz.saruar.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.methodology.Methodology;
import org.junit.jupiter.api.Test;

class EligibilityChecksTest {
    private static final Methodology M = Methodology.standard();

    private static ProjectApplication valid() {
        return Fixtures.valid(M.intake().applicantKinds().get(0).code(), M.directions().get(0).code());
    }

    private static RuleCheck single(EligibilityVerdict v, String requirement, String subject) {
        return v.checks().stream().filter(c -> c.requirement().equals(requirement) && c.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError(requirement + " " + subject + " not in " + v));
    }

    @Test
    void APP_01_each_applicant_kind_of_the_methodology_may_apply_and_others_may_not() {
        for (CatalogEntry k : M.intake().applicantKinds()) {
            assertThat(EligibilityChecks.APP_01.check(valid().withApplicantKind(k.code()), M, Fixtures.CLOCK).passed()).isTrue();
        }
        EligibilityVerdict v = EligibilityChecks.APP_01.check(valid().withApplicantKind("STATE_AGENCY"), M, Fixtures.CLOCK);
        assertThat(v.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(v.checks().get(0).rule()).isEqualTo(RuleId.of("APP-01"));
        assertThat(v.checks().get(0).figures()).containsEntry("applicantKind", "STATE_AGENCY");
    }

    @Test
    void APP_03_direction_not_open_in_the_competition_fails() {
        assertThat(EligibilityChecks.APP_03.check(valid(), M, Fixtures.CLOCK).passed()).isTrue();
        ProjectApplication a = valid().withForm(new kz.saruar.model.application.ProjectForm(Optional.empty(), "P", "SPACE_TRAVEL",
                "g", "d", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ImplementationStage.IDEA,
                VolunteerInvolvement.NONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty()));
        EligibilityVerdict v = EligibilityChecks.APP_03.check(a, M, Fixtures.CLOCK);
        assertThat(v.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(v.checks().get(0).figures()).containsEntry("direction", "SPACE_TRAVEL");
    }

    @Test
    void APP_02_valid_application_passes_every_participant_requirement() {
        EligibilityVerdict v = EligibilityChecks.APP_02.check(valid(), M, Fixtures.CLOCK);
        assertThat(v.withStatus(CheckStatus.FAILED)).isEmpty();
        assertThat(v.passed()).as(v.describe(Language.EN)).isTrue();
    }

    @Test
    void APP_02_applicant_under_18_on_decision_date_fails() {
        LocalDate birth = Fixtures.TODAY.minusYears(18).plusDays(1);
        ProjectApplication a = valid().withApplicant(valid().applicant().withBirthDate(birth));
        RuleCheck c = single(EligibilityChecks.APP_02.check(a, M, Fixtures.CLOCK), "AGE", "$.applicant");
        assertThat(c.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(c.figures()).containsEntry("age", "17").containsEntry("minAge", "18")
                .containsEntry("decisionDate", "2026-03-02");
        assertThat(c.message().get(Language.KK)).contains("17");
        assertThat(c.message().get(Language.RU)).contains("17");
    }

    @Test
    void APP_02_eighteenth_birthday_on_decision_date_passes() {
        ProjectApplication a = valid().withApplicant(valid().applicant().withBirthDate(Fixtures.TODAY.minusYears(18)));
        assertThat(single(EligibilityChecks.APP_02.check(a, M, Fixtures.CLOCK), "AGE", "$.applicant").status())
                .isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void APP_02_team_member_who_is_not_a_citizen_fails() {
        ProjectApplication v = valid();
        List<TeamMember> team = new java.util.ArrayList<>(v.team());
        TeamMember m = team.get(2);
        team.set(2, new TeamMember(m.person().withCitizenship("RU"), m.role(), m.experience()));
        RuleCheck c = single(EligibilityChecks.APP_02.check(v.withTeam(team), M, Fixtures.CLOCK), "CITIZENSHIP", "$.team[2].person");
        assertThat(c.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(c.figures()).containsEntry("citizenship", "RU");
    }

    @Test
    void APP_02_team_of_two_fails() {
        ProjectApplication a = valid().withTeam(valid().team().subList(0, 2));
        RuleCheck c = single(EligibilityChecks.APP_02.check(a, M, Fixtures.CLOCK), "TEAM_SIZE", "$.team");
        assertThat(c.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(c.figures()).containsEntry("teamSize", "2").containsEntry("minTeamSize", "3");
    }

    @Test
    void APP_02_missing_birth_date_and_competence_evidence_need_evidence() {
        ProjectApplication v = valid();
        ProjectApplication a = new ProjectApplication(v.applicantKind(), PersonalData.of("X"), v.form(), v.team(), List.of(),
                Optional.of(true), Optional.empty(), v.concept(), v.documents(), Optional.empty(), Optional.empty(), Optional.empty());
        EligibilityVerdict r = EligibilityChecks.APP_02.check(a, M, Fixtures.CLOCK);
        assertThat(single(r, "AGE", "$.applicant").status()).isEqualTo(CheckStatus.NEEDS_EVIDENCE);
        assertThat(single(r, "COMPETENCE", "$.competenceEvidence").status()).isEqualTo(CheckStatus.NEEDS_EVIDENCE);
        assertThat(r.status()).isEqualTo(CheckStatus.NEEDS_EVIDENCE);
    }

    @Test
    void APP_04_short_description_of_250_words_passes_and_251_fails() {
        ProjectApplication a = valid();
        String words250 = String.join(" ", Collections.nCopies(125, "Нұр-Сұлтан қаласы"));
        assertThat(WordCount.of(words250)).isEqualTo(250);
        assertThat(EligibilityChecks.APP_04.check(a.withForm(a.form().withShortDescription(words250)), M, Fixtures.CLOCK).passed()).isTrue();
        EligibilityVerdict v = EligibilityChecks.APP_04.check(a.withForm(a.form().withShortDescription(words250 + " — жоба")), M, Fixtures.CLOCK);
        assertThat(v.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(v.checks().get(0).figures()).containsEntry("words", "251").containsEntry("maxWords", "250");
    }

    @Test
    void APP_04_words_are_counted_alike_in_kazakh_and_russian() {
        assertThat(WordCount.of("Әлеуметтік жоба — ауыл жастарына, 2020 жылдан бері!")).isEqualTo(7);
        assertThat(WordCount.of("Социальный проект — кое-что для молодёжи, с 2020 года.")).isEqualTo(8);
        assertThat(WordCount.of("  ... — !! ")).isZero();
    }

    @Test
    void APP_05_concept_with_four_risks_fails_and_five_passes() {
        ProjectApplication a = valid();
        ProjectConcept c = a.concept().orElseThrow();
        EligibilityVerdict four = EligibilityChecks.APP_05.check(a.withConcept(c.withRisks(c.risks().subList(0, 4))), M, Fixtures.CLOCK);
        assertThat(four.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(four.checks().get(0).figures()).containsEntry("risks", "4").containsEntry("minRisks", "5");
        assertThat(EligibilityChecks.APP_05.check(a, M, Fixtures.CLOCK).passed()).isTrue();
        List<String> dup = List.of("A", "A", "B", "C", "D");
        assertThat(EligibilityChecks.APP_05.check(a.withConcept(c.withRisks(dup)), M, Fixtures.CLOCK).status())
                .as("a risk named twice counts once").isEqualTo(CheckStatus.FAILED);
    }

    @Test
    void APP_06_presentation_of_eleven_slides_fails_and_ten_passes() {
        ProjectApplication a = valid();
        EligibilityVerdict eleven = EligibilityChecks.APP_06.check(a.withDocuments(a.documents().withPresentationSlides(11)), M, Fixtures.CLOCK);
        RuleCheck c = single(eleven, "PRESENTATION_SLIDES", "$.documents.presentationSlides");
        assertThat(c.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(c.figures()).containsEntry("slides", "11").containsEntry("maxSlides", "10");
        assertThat(EligibilityChecks.APP_06.check(a.withDocuments(a.documents().withPresentationSlides(10)), M, Fixtures.CLOCK).passed()).isTrue();
    }

    @Test
    void APP_07_criteria_met_with_evidence_pass_and_without_evidence_need_it() {
        ProjectApplication a = valid().withForm(valid().form().withStage(ImplementationStage.SUSTAINABLE));
        List<CriterionAssessment> all = M.intake().selectionCriteria().stream()
                .map(c -> new CriterionAssessment(c.code(), true, List.of(Evidence.of("отчёт")))).toList();
        assertThat(EligibilityChecks.APP_07.check(a.withSelection(new SelectionAssessment(all, false, List.of())), M, Fixtures.CLOCK).passed()).isTrue();
        List<CriterionAssessment> noEvidence = M.intake().selectionCriteria().stream()
                .map(c -> new CriterionAssessment(c.code(), true, List.of())).toList();
        assertThat(EligibilityChecks.APP_07.check(a.withSelection(new SelectionAssessment(noEvidence, false, List.of())), M, Fixtures.CLOCK).status())
                .isEqualTo(CheckStatus.NEEDS_EVIDENCE);
        List<CriterionAssessment> notMet = M.intake().selectionCriteria().stream()
                .map(c -> new CriterionAssessment(c.code(), false, List.of())).toList();
        assertThat(EligibilityChecks.APP_07.check(a.withSelection(new SelectionAssessment(notMet, false, List.of(Evidence.of("опыт")))), M, Fixtures.CLOCK).status())
                .as("no exception for a sustainable project").isEqualTo(CheckStatus.FAILED);
    }

    @Test
    void APP_07_idea_with_the_teams_past_experience_counts_instead() {
        ProjectApplication a = valid().withForm(valid().form().withStage(ImplementationStage.IDEA));
        SelectionAssessment s = new SelectionAssessment(List.of(), false, List.of(Evidence.of("10 лет в сфере")));
        EligibilityVerdict v = EligibilityChecks.APP_07.check(a.withSelection(s), M, Fixtures.CLOCK);
        assertThat(v.passed()).as(v.describe(Language.EN)).isTrue();
        assertThat(v.checks()).hasSize(M.intake().selectionCriteria().size());
        ProjectApplication early = valid().withSelection(new SelectionAssessment(List.of(), true, List.of(Evidence.of("опыт"))));
        assertThat(EligibilityChecks.APP_07.check(early, M, Fixtures.CLOCK).passed()).as("early pilot").isTrue();
        ProjectApplication noEvidence = a.withSelection(new SelectionAssessment(List.of(), false, List.of()));
        assertThat(EligibilityChecks.APP_07.check(noEvidence, M, Fixtures.CLOCK).status()).isEqualTo(CheckStatus.NEEDS_EVIDENCE);
    }

    @Test
    void APP_08_admission_needs_the_interview_and_the_facts() {
        ProjectApplication a = valid();
        EligibilityVerdict unknown = EligibilityChecks.APP_08.check(a, M, Fixtures.CLOCK);
        assertThat(unknown.status()).isEqualTo(CheckStatus.NEEDS_EVIDENCE);
        assertThat(single(unknown, "PRIMARY_INTERVIEW_PASSED", "$.admission.primaryInterviewPassed").status()).isEqualTo(CheckStatus.NEEDS_EVIDENCE);
        assertThat(EligibilityChecks.APP_08.check(a.withAdmission(AdmissionFacts.of(true, true, true)), M, Fixtures.CLOCK).passed()).isTrue();
        EligibilityVerdict failedInterview = EligibilityChecks.APP_08.check(a.withAdmission(AdmissionFacts.of(true, false, true)), M, Fixtures.CLOCK);
        assertThat(failedInterview.status()).isEqualTo(CheckStatus.FAILED);
        ProjectApplication young = a.withApplicant(a.applicant().withBirthDate(Fixtures.TODAY.minusYears(17)))
                .withAdmission(AdmissionFacts.of(true, true, true));
        RuleCheck filled = single(EligibilityChecks.APP_08.check(young, M, Fixtures.CLOCK), "APPLICATION_CORRECT", "$");
        assertThat(filled.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(filled.figures().get("failedChecks")).contains("APP-02 AGE");
    }

    @Test
    void DEF_12_acceleration_admission_needs_all_tasks_all_documents_interview_and_plan() {
        List<String> docs = M.preAcceleration().documentPackage();
        ProjectApplication a = valid().withPreAcceleration(new PreAccelerationRecord(20, 20, docs, Optional.of(true), Optional.of(true)));
        assertThat(EligibilityChecks.DEF_12.check(a, M, Fixtures.CLOCK).passed()).isTrue();
        ProjectApplication partly = valid().withPreAcceleration(new PreAccelerationRecord(20, 19, docs.subList(1, docs.size()),
                Optional.of(true), Optional.empty()));
        EligibilityVerdict v = EligibilityChecks.DEF_12.check(partly, M, Fixtures.CLOCK);
        assertThat(v.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(single(v, "TASKS_DONE", "$.preAcceleration.tasksDone").figures()).containsEntry("percent", "95");
        assertThat(single(v, "DOCUMENT_PACKAGE", "$.preAcceleration.documentsSubmitted").figures()).containsEntry("missing", docs.get(0));
        assertThat(single(v, "INDIVIDUAL_PLAN", "$.preAcceleration.individualPlanFulfilled").status()).isEqualTo(CheckStatus.NEEDS_EVIDENCE);
        assertThat(docs).hasSize(7);
    }

    @Test
    void competition_verdict_lists_every_rule_with_kk_ru_en_messages() {
        EligibilityVerdict v = EligibilityChecks.COMPETITION.check(valid(), M, Fixtures.CLOCK);
        for (String r : List.of("APP-01", "APP-02", "APP-03", "APP-04", "APP-05", "APP-06", "APP-07")) {
            assertThat(v.covers(RuleId.of(r))).as(r).isTrue();
        }
        for (RuleCheck c : v.checks()) {
            assertThat(c.message().languages()).containsExactlyInAnyOrder(Language.KK, Language.RU, Language.EN);
        }
        assertThat(v.toString()).doesNotContain("Айгүл").doesNotContain("1990-05-17");
    }
}
