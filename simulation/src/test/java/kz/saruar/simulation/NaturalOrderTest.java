package kz.saruar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property
    boolean digit_runs_compare_as_the_numbers_they_write(@ForAll("ids") String a, @ForAll("ids") String b) {
        return Integer.signum(CohortJournal.naturalOrder(a, b)) == Integer.signum(byBigIntegers(a, b));
    }

    /** IDs of letters and digit runs, leading zeros and other scripts' digits included (٠١٢ are 0 1 2). */
    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("E0012399\u0660\u0661\u0662x").ofMaxLength(8);
    }

    /**
     * The comparison as it was first written, parsing each run of digits, with a lone digit of any
     * script compared as its ASCII digit: the oracle.
     */
    private static int byBigIntegers(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                char nx = Character.isDigit(x) ? (char) ('0' + Character.digit(x, 10)) : x;
                char ny = Character.isDigit(y) ? (char) ('0' + Character.digit(y, 10)) : y;
                if (nx != ny) {
                    return Character.compare(nx, ny);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    @Property(tries = 3000)
    boolean it_is_transitive_with_digits_of_any_script(@ForAll("ids") String a, @ForAll("ids") String b,
            @ForAll("ids") String c) {
        boolean ab = CohortJournal.naturalOrder(a, b) <= 0;
        boolean bc = CohortJournal.naturalOrder(b, c) <= 0;
        return !(ab && bc) || CohortJournal.naturalOrder(a, c) <= 0;
    }

    @Test
    void a_digit_of_another_script_does_not_make_a_cycle() {
        // "1" < "x" by text and "٠" < "1" by value: then "x" < "٠", as "x" < "0" would not be
        assertThat(CohortJournal.naturalOrder("1", "x")).isNegative();
        assertThat(CohortJournal.naturalOrder("\u0660", "1")).isNegative();
        assertThat(CohortJournal.naturalOrder("\u0660", "x")).isNegative();
    }
}
