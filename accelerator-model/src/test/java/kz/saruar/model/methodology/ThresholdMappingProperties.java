package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** DEF-08: the documented mapping of threshold and bands onto another range of totals. */
class ThresholdMappingProperties {

    @Example
    void DEF_08_gives_back_the_seed_numbers_for_7_jurors_5_criteria_scale_1_to_3() {
        assertThat(ThresholdMapping.threshold(35, 105)).isEqualTo(75);
        assertThat(ThresholdMapping.bandEdges(35, 105)).extracting(e -> List.of(e[0], e[1]))
                .containsExactly(List.of(35, 59), List.of(60, 84), List.of(85, 105));
    }

    @Example
    void DEF_08_jury_of_5_gives_25_to_75_bands_25_42_43_60_61_75_threshold_54() {
        assertThat(ThresholdMapping.threshold(25, 75)).isEqualTo(54);
        assertThat(ThresholdMapping.bandEdges(25, 75)).extracting(e -> List.of(e[0], e[1]))
                .containsExactly(List.of(25, 42), List.of(43, 60), List.of(61, 75));
    }

    @Property(tries = 1000)
    void DEF_08_mapping_is_monotonic(@ForAll @IntRange(min = 35, max = 104) int t,
            @ForAll @IntRange(min = 0, max = 10_000) int min, @ForAll @IntRange(min = 0, max = 10_000) int span) {
        int max = min + span;
        assertThat(ThresholdMapping.map(t, min, max)).isLessThanOrEqualTo(ThresholdMapping.map(t + 1, min, max));
    }

    @Property(tries = 1000)
    void DEF_08_mapped_points_stay_within_the_range(@ForAll @IntRange(min = 35, max = 105) int t,
            @ForAll @IntRange(min = 0, max = 10_000) int min, @ForAll @IntRange(min = 0, max = 10_000) int span) {
        int max = min + span;
        assertThat(ThresholdMapping.map(t, min, max)).isBetween(min, max);
        assertThat(ThresholdMapping.map(35, min, max)).isEqualTo(min);
        assertThat(ThresholdMapping.map(105, min, max)).isEqualTo(max);
    }

    @Property(tries = 1000)
    void DEF_08_derived_bands_partition_the_range_whenever_none_is_empty(
            @ForAll @IntRange(min = 1, max = 15) int jurors, @ForAll @IntRange(min = 1, max = 10) int criteria,
            @ForAll @IntRange(min = 0, max = 5) int low, @ForAll @IntRange(min = 1, max = 10) int width) {
        int min = jurors * criteria * low;
        int max = jurors * criteria * (low + width);
        List<int[]> edges = ThresholdMapping.bandEdges(min, max);
        assertThat(edges.get(0)[0]).isEqualTo(min);
        assertThat(edges.get(edges.size() - 1)[1]).isEqualTo(max);
        for (int i = 1; i < edges.size(); i++) {
            assertThat(edges.get(i)[0]).isEqualTo(edges.get(i - 1)[1] + 1);
        }
        boolean anyEmpty = edges.stream().anyMatch(e -> e[0] > e[1]);
        if (!anyEmpty) {
            int threshold = ThresholdMapping.threshold(min, max);
            assertThat(threshold).isBetween(min, max);
        }
    }
}
