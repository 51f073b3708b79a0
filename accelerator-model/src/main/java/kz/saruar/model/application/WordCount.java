package kz.saruar.model.application;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.saruar.model.validation.Cites;

/**
 * How the words of a short description are counted for the 250-word limit (APP-04), the same way
 * for Kazakh and Russian text.
 *
 * <p>A word is a maximal run of letters (any script, so the Kazakh letters ә ғ қ ң ө ұ ү һ і
 * count like any other), combining marks and digits; a hyphen or an apostrophe between two such
 * runs joins them into one word ("Нұр-Сұлтан", "кое-что", "ж'ок" are one word each). Punctuation,
 * dashes standing alone ("—", "–", "-"), emoji and symbols are not words; a number ("2020",
 * "3,5" counts as two) is a word. Case and the language of the text do not matter.
 */
@Cites("APP-04")
public final class WordCount {
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{M}\\p{Nd}]+(?:[-'’ʼ‐][\\p{L}\\p{M}\\p{Nd}]+)*");

    private WordCount() {
    }

    /** The number of words in a text, by the rule above. */
    public static int of(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
