package kz.saruar.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** APP-04: the word count's scan counts what the rule's regular expression matches. */
class WordCountProperties {
    /** The rule as the regular expression it was first written as: the oracle. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[-'’ʼ‐][\\p{L}\\p{M}\\p{Nd}]+)*");

    @Property(tries = 2000)
    void APP_04_the_scan_counts_the_matches_of_the_rules_pattern(@ForAll("texts") String text) {
        assertThat(WordCount.of(text)).as(text).isEqualTo(matches(text));
    }

    @Property(tries = 500)
    void APP_04_any_text_is_counted_as_the_pattern_counts_it(@ForAll String text) {
        assertThat(WordCount.of(text)).isEqualTo(matches(text));
    }

    /** The number of the pattern's matches in {@code text}. */
    private static int matches(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Texts of Kazakh, Russian and Latin letters, a combining accent, digits (Arabic-Indic too), the
     * five joiners, dashes, spaces, punctuation and a letter and an emoji outside the BMP.
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("ә", "Қ", "ж", "a", "Z", "\u0301", "7", "\u0663", "-", "'", "’", "ʼ",
                "‐", "—", "–", " ", "  ", ",", ".", "!", "\uD835\uDC00", "\uD83D\uDE00", "\u02BC");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
