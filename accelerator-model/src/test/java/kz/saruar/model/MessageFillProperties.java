package kz.saruar.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * FMT-03: a message's arguments are put in literally, {@code {0}} by {@code {0}}, and every other
 * brace stays as written. The filler splits each pattern once and keeps the split; these
 * properties hold it to the plain one-pass replacement it replaced, on patterns with stray,
 * unclosed, out-of-range and repeated braces, in Kazakh and Russian as well as Latin text.
 */
class MessageFillProperties {
    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("{0}", "{1}", "{2}", "{9}", "{", "}", "{}", "{x}", "{00001}", "{-1}", "{0", "0}"),
                Arbitraries.strings().withChars("abcәғүұқөһіңАБВЖЗИЙ .,:«»").ofMaxLength(8));
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void FMT_03_filling_a_pattern_is_the_one_pass_replacement_of_its_arguments(@ForAll("patterns") String pattern,
            @ForAll @Size(max = 3) List<@net.jqwik.api.constraints.StringLength(max = 6) String> arguments) {
        String[] values = arguments.toArray(new String[0]);

        // twice: the second fill takes the kept split
        assertThat(LocalizedText.fill(pattern, values)).isEqualTo(reference(pattern, values));
        assertThat(LocalizedText.fill(pattern, values)).isEqualTo(reference(pattern, values));
    }

    @Property(tries = 100)
    void FMT_03_a_pattern_filled_with_another_number_of_arguments_reads_its_braces_anew(
            @ForAll("patterns") String pattern) {
        assertThat(LocalizedText.fill(pattern, new String[] {"A", "B", "C"})).isEqualTo(reference(pattern, new String[] {"A", "B", "C"}));
        assertThat(LocalizedText.fill(pattern, new String[] {"A"})).isEqualTo(reference(pattern, new String[] {"A"}));
    }

    /** The replacement as it was written before the split was kept. */
    private static String reference(String pattern, String[] values) {
        int open = pattern.indexOf('{');
        if (open < 0 || values.length == 0) {
            return pattern;
        }
        StringBuilder b = new StringBuilder();
        int from = 0;
        while (open >= 0) {
            int close = pattern.indexOf('}', open + 1);
            // an argument is what the filler has always taken for one (LocalizedText.index, unchanged)
            int index = close < 0 ? -1 : LocalizedText.index(pattern, open + 1, close, values.length);
            if (index < 0) {
                b.append(pattern, from, open + 1);
                from = open + 1;
            } else {
                b.append(pattern, from, open).append(values[index]);
                from = close + 1;
            }
            open = pattern.indexOf('{', from);
        }
        return b.append(pattern, from, pattern.length()).toString();
    }
}
