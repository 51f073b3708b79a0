package kz.saruar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The report lists experts in the order a coordinator reads their IDs. */
class NaturalOrderTest {
    @Test
    void PRE_05_expert_ids_sort_by_their_numbers() {
        List<String> ids = new ArrayList<>(List.of("E100", "E10", "E9", "E09", "E101", "A2", "E1x", "E1"));
        ids.sort(CohortJournal::naturalOrder);
        assertThat(ids).containsExactly("A2", "E1", "E1x", "E09", "E9", "E10", "E100", "E101");
    }

    @Property
    boolean it_is_a_total_order_consistent_with_equals(@ForAll String a, @ForAll String b) {
        int ab = Integer.signum(CohortJournal.naturalOrder(a, b));
        int ba = Integer.signum(CohortJournal.naturalOrder(b, a));
        return ab == -ba && (ab == 0) == a.equals(b);
    }
}
