package kz.saruar.community.region;

import static org.assertj.core.api.Assertions.assertThat;

import kz.saruar.community.Samples;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Reason;
import org.junit.jupiter.api.Test;

class RegionReadinessTest {
    @Test
    void REG_03_the_sample_region_has_gaps_against_REG_01_tasks_and_REG_02_roles() {
        ReadinessReport r = RegionReadiness.parse(Samples.text("region-readiness.json")).orElseThrow();
        assertThat(r.factors()).hasSize(6);
        assertThat(r.weakFactors()).containsExactly(ReadinessFactor.TRAINED_STAFF, ReadinessFactor.FUNDING_AND_BASE);
        assertThat(r.missingRoles()).containsExactly(RegionalRole.CIVIL_RESOURCE_CENTER);
        assertThat(r.uncoveredTasks()).containsExactly(RegionalTask.EXPERT_SUPPORT, RegionalTask.SELF_SUFFICIENCY,
                RegionalTask.STRATEGIC_SESSIONS);
        assertThat(r.ready()).isFalse();
    }

    @Test
    void REG_03_a_missing_factor_a_rating_without_evidence_and_off_the_scale_are_refused() {
        String bad = Samples.text("region-readiness.json")
                .replace("{\"factor\": \"TRUST\", \"rating\": 2, \"evidence\": [\"Public council meets monthly with NGOs\"]},", "")
                .replace("\"rating\": 3, \"evidence\": [\"Regional development plan 2021-2025, section 4\", \"Akim's order on the accelerator\"]",
                        "\"rating\": 3, \"evidence\": []")
                .replace("\"rating\": 1, \"evidence\": [\"State", "\"rating\": 7, \"evidence\": [\"State");
        assertThat(RegionReadiness.parse(bad).reasons()).extracting(Reason::code).containsExactlyInAnyOrder(
                "READINESS_FACTOR_MISSING", "RATING_WITHOUT_EVIDENCE", "RATING_OUT_OF_SCALE");
        assertThat(RegionReadiness.parse(bad).reasons()).allSatisfy(x -> assertThat(x.rule().value()).isEqualTo("REG-03"));
    }

    @Test
    void REG_04_the_reference_lists_are_catalog_data_in_three_languages() {
        ReferenceLists l = ReferenceLists.standard();
        assertThat(l.whatInitiativesGiveAuthorities()).hasSize(10);
        assertThat(l.problemsOfTerritoriesSolved()).hasSize(10);
        assertThat(l.problemsOfTerritoriesSolved().get(1).name().get(Language.RU)).isEqualTo("Развитие предпринимательства и самозанятости");
        assertThat(l.problemsOfTerritoriesSolved().get(1).name().translated()).containsExactlyInAnyOrder(Language.KK, Language.EN);
        assertThat(l.whatInitiativesGiveAuthorities().get(0).name().get(Language.KK)).isNotBlank();
    }

    @Test
    void REG_01_and_REG_02_names_take_Kazakh_and_Russian_from_the_seed_and_mark_only_English_as_translated() {
        for (RegionalTask t : RegionalTask.values()) {
            assertThat(t.displayName().translated()).as(t.name()).containsExactly(Language.EN);
        }
        for (RegionalRole r : RegionalRole.values()) {
            assertThat(r.displayName().translated()).as(r.name()).containsExactly(Language.EN);
        }
        // M V.5.2 task 3 in the Kazakh half of the methodology, word for word
        assertThat(RegionalTask.COORDINATE.displayName().get(Language.KK))
                .isEqualTo("Тиісті ведомстволармен және зәкірлік ұйымдармен жобалардың өзара іс-қимылын үйлестіру");
        // REG-03 comes from seed P, which is Russian only: Kazakh stays a marked translation
        assertThat(ReadinessFactor.TRUST.displayName().translated()).contains(Language.KK, Language.EN);
    }
}
