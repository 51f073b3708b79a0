package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.catalog.LifecycleMapping;
import org.junit.jupiter.api.Test;

/** The standard methodology says what the rule book (docs/rules.md) and its seeds say, rule by rule. */
class StandardMethodologyTest {
    private final Methodology m = Methodology.loader().withoutDiscovery().standard().orElseThrow();

    private static List<String> codes(List<CatalogEntry> es) {
        return es.stream().map(CatalogEntry::code).toList();
    }

    @Test
    void FMT_01_the_standard_methodology_loads_without_problems() {
        assertThat(Methodology.loader().withoutDiscovery().standard().reasons()).isEmpty();
        assertThat(m.id()).isEqualTo("KIOR_2020");
    }

    @Test
    void CAT_01_six_directions_with_the_seed_codes() {
        assertThat(m.directions()).extracting(d -> d.code()).containsExactly("INCLUSIVE_SOCIETY",
                "NON_FORMAL_EDUCATION", "TOURISM", "CULTURE_ART_SPORT", "ECOLOGY", "PROJECT_THINKING");
        assertThat(m.direction("ECOLOGY").orElseThrow().formLabel().orElseThrow().get(Language.RU))
                .isEqualTo("Поддержка экологических проектов");
    }

    @Test
    void CAT_03_six_principles_of_rukhani_zhangyru() {
        assertThat(codes(m.principles())).containsExactly("COMPETITIVENESS", "PRAGMATISM", "CULT_OF_KNOWLEDGE",
                "OPEN_CONSCIOUSNESS", "EVOLUTIONARY_DEVELOPMENT", "NATIONAL_IDENTITY");
    }

    @Test
    void CAT_04_eight_acceleration_stages_in_order() {
        assertThat(m.accelerationStages()).hasSize(8);
    }

    @Test
    void CAT_05_nine_expert_areas() {
        assertThat(m.expertAreas()).hasSize(9);
    }

    @Test
    void CAT_06_seven_funding_sources_and_three_information_platforms() {
        assertThat(m.fundingSources()).hasSize(7);
        assertThat(m.informationPlatforms()).hasSize(3);
    }

    @Test
    void CAT_07_five_ranking_criteria() {
        assertThat(m.rankingCriteria()).hasSize(5);
    }

    @Test
    void EXP_01_five_requirements_and_seven_to_ten_years() {
        assertThat(m.experts().requirements()).hasSize(5);
        assertThat(m.experts().minYearsOfPractice()).isEqualTo(7);
        assertThat(m.experts().maxYearsOfPractice()).isEqualTo(10);
    }

    @Test
    void EXP_02_two_formats_mentor_expert_and_expert() {
        assertThat(codes(m.experts().formats())).containsExactly("MENTOR_EXPERT", "EXPERT");
    }

    @Test
    void EXP_03_training_program_of_16_to_32_academic_hours() {
        assertThat(m.experts().minTrainingHours()).isEqualTo(16);
        assertThat(m.experts().maxTrainingHours()).isEqualTo(32);
    }

    @Test
    void EXP_05_ten_coach_behaviours_and_three_competency_strategies() {
        assertThat(m.experts().coachBehaviours()).hasSize(10);
        assertThat(m.experts().competencies()).hasSize(3).allSatisfy(c -> assertThat(c.actions()).isNotEmpty());
    }

    @Test
    void APP_01_ngos_entrepreneurs_and_initiative_groups_may_apply() {
        assertThat(codes(m.intake().applicantKinds())).containsExactly("NGO", "ENTREPRENEUR", "INITIATIVE_GROUP");
    }

    @Test
    void APP_02_age_18_and_a_team_of_3() {
        assertThat(m.intake().minAge()).isEqualTo(18);
        assertThat(m.intake().minTeamSize()).isEqualTo(3);
    }

    @Test
    void APP_03_stages_of_implementation_and_volunteer_involvement() {
        assertThat(codes(m.intake().implementationStages())).containsExactly("IDEA", "PILOT", "SUSTAINABLE",
                "READY_TO_SCALE", "SCALING");
        assertThat(codes(m.intake().volunteerInvolvement())).containsExactly("NONE", "EPISODIC", "PERMANENT");
    }

    @Test
    void APP_04_to_06_form_limits() {
        assertThat(m.intake().maxShortDescriptionWords()).isEqualTo(250);
        assertThat(m.intake().minConceptRisks()).isEqualTo(5);
        assertThat(m.intake().maxPresentationSlides()).isEqualTo(10);
    }

    @Test
    void APP_10_and_APP_11_intake_deadlines() {
        assertThat(m.intake().firstInterviewDays()).isEqualTo(7);
        assertThat(m.intake().commissionStartWorkingDays()).isEqualTo(20);
        assertThat(m.intake().finalMeetingWorkingDays()).isEqualTo(5);
    }

    @Test
    void PRE_01_pre_acceleration_lasts_two_months_by_default() {
        assertThat(m.preAcceleration().durationMonths()).isEqualTo(2);
    }

    @Test
    void PRE_02_four_kickoff_sessions_in_order() {
        assertThat(m.preAcceleration().kickoffSessions()).extracting(k -> k.code()).containsExactly(
                "KICKOFF_1_INTRODUCTIONS", "KICKOFF_2_PROGRAM_AND_MENTORS", "KICKOFF_3_AFTER_BASIC_COURSES",
                "KICKOFF_4_BEFORE_DEFENSE");
    }

    @Test
    void PRE_03_the_two_basic_courses_are_mandatory() {
        assertThat(m.preAcceleration().mandatoryCourses()).containsExactly("PROGRAM_BASIC_COURSE",
                "PROJECT_MANAGEMENT_COURSE");
    }

    @Test
    void PRE_06_consultation_rules() {
        ConsultationRules c = m.preAcceleration().consultations();
        assertThat(List.of(c.minutes(), c.maxPerExpertPerProject(), c.agendaDaysBefore(), c.surveyHoursAfter(),
                c.cancellationNoticeHours())).containsExactly(60, 3, 3, 12, 24);
    }

    @Test
    void PRE_08_seven_documents_in_the_package() {
        assertThat(m.preAcceleration().documentPackage()).containsExactly("PROJECT_CHARTER",
                "WORK_BREAKDOWN_STRUCTURE", "SCHEDULE", "RESPONSIBILITY_MATRIX", "QUALITY_PLAN",
                "STAKEHOLDER_REGISTER", "RESOURCE_REGISTER");
        assertThat(m.preAcceleration().documentPackage()).allSatisfy(c -> assertThat(m.documentKind(c)).isPresent());
    }

    @Test
    void PRE_09_four_grounds_for_expulsion() {
        assertThat(m.preAcceleration().expulsionGrounds()).hasSize(4);
    }

    @Test
    void DEF_01_and_DEF_02_time_limits() {
        assertThat(m.defense().videoEssayMaxSeconds()).isEqualTo(90);
        assertThat(m.defense().presentationMaxMinutes()).isEqualTo(3);
        assertThat(m.defense().questionsMaxMinutes()).isEqualTo(2);
    }

    @Test
    void DEF_03_seven_jurors_two_organizers_three_experts_two_public_figures() {
        assertThat(m.scoring().jurySize()).isEqualTo(7);
        assertThat(m.scoring().jury().seats()).extracting(JurySeat::role, JurySeat::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ORGANIZER", 2),
                org.assertj.core.groups.Tuple.tuple("EXTERNAL_EXPERT", 3),
                org.assertj.core.groups.Tuple.tuple("PUBLIC_FIGURE", 2));
    }

    @Test
    void DEF_04_five_criteria_scored_1_to_3_with_level_descriptors() {
        assertThat(m.scoring().scale()).isEqualTo(new ScoreScale(1, 3));
        assertThat(m.scoring().criteria()).extracting(c -> c.code()).containsExactly("SOCIAL_EFFECT",
                "PROGRAM_ALIGNMENT", "SUSTAINABILITY", "TEAM_CAPABILITY", "EXPERT_RATING");
        assertThat(m.scoring().criteria()).allSatisfy(c ->
                assertThat(c.levels()).extracting(l -> l.score()).containsExactly(1, 2, 3));
    }

    @Test
    void DEF_05_totals_range_from_35_to_105() {
        assertThat(m.scoring().minTotal()).isEqualTo(35);
        assertThat(m.scoring().maxTotal()).isEqualTo(105);
    }

    @Test
    void DEF_06_pass_threshold_is_75() {
        assertThat(m.scoring().passThreshold()).isEqualTo(75);
        assertThat(m.scoring().passes(75)).isTrue();
        assertThat(m.scoring().passes(74)).isFalse();
        assertThat(m.scoring().thresholdDerived()).isFalse();
    }

    @Test
    void DEF_07_bands_low_medium_high_and_the_threshold_inside_medium() {
        assertThat(m.scoring().bands()).extracting(Band::code, Band::from, Band::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LOW", 35, 59),
                org.assertj.core.groups.Tuple.tuple("MEDIUM", 60, 84),
                org.assertj.core.groups.Tuple.tuple("HIGH", 85, 105));
        assertThat(m.scoring().bandOf(75).code()).isEqualTo("MEDIUM");
    }

    @Test
    void DEF_10_certificate_of_480_academic_hours_listing_three_programs() {
        assertThat(m.defense().certificateAcademicHours()).isEqualTo(480);
        assertThat(m.defense().certificatePrograms()).containsExactly("PROGRAM_BASIC_COURSE",
                "PROJECT_MANAGEMENT_COURSE", "CONSULTATIONS");
    }

    @Test
    void DEF_11_application_to_acceleration_within_three_days() {
        assertThat(m.defense().applicationToAccelerationDays()).isEqualTo(3);
    }

    @Test
    void DEF_12_the_certificate_and_the_seven_documents_go_with_the_application() {
        assertThat(m.defense().accelerationDocuments()).startsWith("PRE_ACCELERATION_CERTIFICATE")
                .containsAll(m.preAcceleration().documentPackage());
    }

    @Test
    void ACC_01_acceleration_lasts_four_months() {
        assertThat(m.acceleration().durationMonths()).isEqualTo(4);
    }

    @Test
    void ACC_02_fifteen_modules_and_unknown_durations_stay_unknown() {
        List<CurriculumModule> modules = m.acceleration().modules();
        assertThat(modules).hasSize(15);
        assertThat(modules.get(0).hours()).isEmpty();
        assertThat(modules.get(1).hours()).contains(new BigDecimal("2.5"));
        assertThat(modules.stream().filter(x -> x.hours().isEmpty()).count()).isEqualTo(5);
        assertThat(m.acceleration().defaultModuleHours()).isEqualByComparingTo("2");
    }

    @Test
    void ACC_04_coaching_in_weeks_1_and_4_with_eight_topics() {
        assertThat(m.acceleration().coachingWeeks()).containsExactly(1, 4);
        assertThat(m.acceleration().coachingTopics()).hasSize(8);
    }

    @Test
    void ACC_05_grow_model_has_four_steps() {
        assertThat(m.acceleration().growModel()).extracting(g -> g.code()).containsExactly("GOAL", "REALITY",
                "OPTIONS", "WILL");
    }

    @Test
    void EXT_02_eight_brand_ambassador_criteria() {
        assertThat(m.exit().ambassadorCriteria()).hasSize(8);
    }

    @Test
    void EXT_03_ambassador_documents_are_document_kinds() {
        assertThat(m.exit().ambassadorDocuments()).hasSize(3)
                .allSatisfy(c -> assertThat(m.documentKind(c)).isPresent());
    }

    @Test
    void EXT_04_five_participation_steps() {
        assertThat(m.exit().ambassadorSteps()).hasSize(5);
    }

    @Test
    void EXT_05_four_cascade_levels_and_only_volunteers_are_unpaid() {
        assertThat(m.exit().cascadeLevels()).extracting(c -> c.code()).containsExactly("VOLUNTEER", "TRAINER",
                "COORDINATOR", "MANAGER");
        assertThat(m.exit().cascadeLevels()).extracting(c -> c.paid()).containsExactly(false, true, true, true);
    }

    @Test
    void MAT_01_four_stages_of_table_1() {
        assertThat(codes(m.maturity().maturityStages())).containsExactly("STARTUP", "GROWTH", "MATURITY", "DECLINE");
    }

    @Test
    void MAT_02_seven_lifecycle_stages_with_factors_and_risk() {
        assertThat(m.maturity().lifecycleStages()).hasSize(7)
                .allSatisfy(s -> assertThat(s.factors()).isNotEmpty());
    }

    @Test
    void MAT_03_three_phases_by_five_measure_types() {
        assertThat(m.maturity().supportMeasures()).hasSize(15);
        assertThat(m.maturity().additionalMeasures()).hasSize(13);
    }

    @Test
    void MAT_04_default_stage_mapping() {
        List<LifecycleMapping> lm = m.maturity().stageMapping().lifecycle();
        assertThat(lm).hasSize(7);
        assertThat(lm.get(3).supportPhase()).contains("FORMALIZATION");
        assertThat(lm.get(3).maturityStage()).isEqualTo("GROWTH");
        assertThat(lm.get(6).supportPhase()).isEqualTo(Optional.empty());
        assertThat(lm.get(6).maturityStage()).isEqualTo("DECLINE");
        assertThat(m.maturity().stageMapping().formStages().get(0).lifecycleStages())
                .containsExactly("SENSING_THE_PROBLEM", "FIRST_CIRCLE");
    }

    @Test
    void MAT_05_two_questionnaires() {
        assertThat(m.maturity().questionnaires()).extracting(q -> q.code()).containsExactly("LEADER",
                "TEAM_AND_LEADER");
    }

    @Test
    void MAT_06_typical_problems_and_six_crisis_reactions() {
        assertThat(m.maturity().problemsOfRunningProjects()).hasSize(7);
        assertThat(m.maturity().problemsOfNewInitiatives()).hasSize(7);
        assertThat(m.maturity().crisisReactions()).hasSize(6);
    }

    @Test
    void MAT_07_eight_focus_areas_with_results() {
        assertThat(m.maturity().focusAreas()).hasSize(8).allSatisfy(f -> assertThat(f.results()).isNotEmpty());
    }

    @Test
    void LFT_04_coverage_ratio_defaults_to_one() {
        assertThat(m.ledger().coverageRatio()).isEqualByComparingTo("1.0");
        assertThat(m.ledger().retirePointsPaidToBusinesses()).isTrue();
    }

    @Test
    void LFT_08_five_priority_directions() {
        assertThat(codes(m.ledger().priorityDirections())).containsExactly("ENGLISH_LANGUAGE",
                "KAZAKH_LATIN_SCRIPT", "INCLUSIVE_EDUCATION", "IT_LITERACY", "YOUTH_POLICY");
    }

    @Test
    void FMT_03_every_rule_of_the_rule_book_is_in_the_data() {
        assertThat(m.rules()).extracting(r -> r.id().value()).contains("CAT-01", "DEF-08", "LFT-07", "PLT-01",
                "FMT-01", "FMT-02", "FMT-03");
        assertThat(m.rules()).hasSizeGreaterThan(80);
    }
}
