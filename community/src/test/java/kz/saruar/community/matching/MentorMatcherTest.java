package kz.saruar.community.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.saruar.community.Samples;
import kz.saruar.community.registry.DeclinedPair;
import kz.saruar.community.registry.Registry;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.Methodology;
import org.junit.jupiter.api.Test;

class MentorMatcherTest {
    static Registry sample() {
        return Registry.parse(Samples.text("mentor-registry.json"), Methodology.standard()).orElseThrow();
    }

    @Test
    void HUB_01_experts_are_ranked_by_covered_needs_direction_region_and_load_and_each_rank_explains_itself() {
        Suggestion s = MentorMatcher.of(sample()).suggest("P-01").orElseThrow();
        assertThat(s.ranked()).extracting(Fit::expert).containsExactly("E-01", "E-03", "E-02");
        Fit best = s.ranked().get(0);
        assertThat(best.score()).isEqualTo(123);
        assertThat(best.needsPoints()).isEqualTo(83);
        assertThat(best.directionPoints()).isEqualTo(20);
        assertThat(best.regionPoints()).isEqualTo(10);
        assertThat(best.loadPoints()).isEqualTo(10);
        assertThat(best.covered()).extracting(n -> n.code()).containsExactly("STRATEGIC_MANAGEMENT", "TEAM_DEVELOPMENT");
        assertThat(best.missed()).extracting(n -> n.code()).containsExactly("FUNDRAISING");
        Fit third = s.ranked().get(2);
        assertThat(third.covered()).extracting(n -> n.code()).containsExactly("FUNDRAISING");
        assertThat(s.ranked().get(1).loadPoints()).as("half-booked expert").isEqualTo(5);
    }

    @Test
    void HUB_01_exclusions_are_reasons_naming_the_rule() {
        Suggestion s = MentorMatcher.of(sample()).suggest("P-01").orElseThrow();
        assertThat(s.excluded()).singleElement().satisfies(x -> {
            assertThat(x.expert()).isEqualTo("E-04");
            assertThat(x.reasons()).extracting(Reason::code).containsExactly("NOT_A_MENTOR", "NO_NEED_COVERED");
            assertThat(x.reasons().get(0).rule().value()).isEqualTo("HUB-01");
            assertThat(x.reasons().get(0).subject()).isEqualTo("pair:P-01/E-04");
        });
        Suggestion p3 = MentorMatcher.of(sample()).suggest("P-03").orElseThrow();
        assertThat(p3.excluded()).filteredOn(x -> x.expert().equals("E-01")).singleElement()
                .satisfies(x -> assertThat(x.reasons()).extracting(Reason::code).contains("CONFLICT_OF_INTEREST"));
        assertThat(p3.excluded()).filteredOn(x -> x.expert().equals("E-02")).singleElement()
                .satisfies(x -> assertThat(x.reasons()).extracting(Reason::code).contains("DECLINED_BEFORE"));
        Suggestion p4 = MentorMatcher.of(sample()).suggest("P-04").orElseThrow();
        assertThat(p4.excluded()).filteredOn(x -> x.expert().equals("E-03")).singleElement()
                .satisfies(x -> assertThat(x.reasons()).extracting(Reason::code).contains("NO_COMMON_LANGUAGE"));
    }

    @Test
    void HUB_01_a_full_month_and_an_existing_pair_exclude() {
        MentorMatcher m = MentorMatcher.of(sample()).withExistingPairs(Set.of("P-01|E-01"));
        Suggestion s = m.suggest("P-01").orElseThrow();
        assertThat(s.ranked()).isEmpty();
        assertThat(s.excluded()).filteredOn(x -> x.expert().equals("E-01")).singleElement()
                .satisfies(x -> assertThat(x.reasons()).extracting(Reason::code).containsExactly("ALREADY_PAIRED"));
        assertThat(s.excluded()).filteredOn(x -> x.expert().equals("E-03")).singleElement()
                .satisfies(x -> assertThat(x.reasons()).extracting(Reason::code).containsExactly("MENTOR_LIMIT_REACHED"));
    }

    @Test
    void HUB_01_an_unknown_project_is_refused() {
        assertThat(MentorMatcher.of(sample()).suggest("P-99").reasons()).extracting(Reason::code).containsExactly("UNKNOWN_REFERENCE");
    }

    @Test
    void HUB_01_the_cohort_assignment_gives_every_project_its_best_feasible_mentor() {
        CohortAssignment a = MentorMatcher.of(sample()).assign();
        assertThat(a.pairs()).extracting(f -> f.project() + "-" + f.expert())
                .containsExactly("P-01-E-01", "P-02-E-02", "P-03-E-03", "P-04-E-01");
        assertThat(a.unassigned()).isEmpty();
        assertThat(a.totalFit()).isEqualTo(123 + 140 + 135 + 110);
    }

    @Test
    void HUB_01_a_declined_pair_is_never_proposed_again_in_a_batch() {
        Registry r = sample().withDeclined(new DeclinedPair("P-02", "E-02", "no time"));
        CohortAssignment a = MentorMatcher.of(r).assign();
        assertThat(a.pairs()).noneMatch(f -> f.project().equals("P-02") && f.expert().equals("E-02"));
        assertThat(a.unassigned()).containsExactly("P-02");
        assertThat(MentorMatcher.of(r).suggest("P-02").orElseThrow().ranked()).isEmpty();
    }

    @Test
    void HUB_01_the_coverage_mapping_is_replaceable() {
        MentorMatcher m = MentorMatcher.of(sample()).withCoverage(FocusAreaCoverage.of(java.util.Map.of(
                "STRATEGIC_MANAGEMENT", List.of("FUNDRAISING"), "TEAM_DEVELOPMENT", List.of("FUNDRAISING"))));
        assertThat(m.suggest("P-01").orElseThrow().ranked().get(0).expert()).isEqualTo("E-02");
    }
}
