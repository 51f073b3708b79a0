package kz.saruar.model.application;

import java.util.Objects;
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
    private WordCount() {
    }

    /**
     * The number of words in a text, by the rule above: the matches of
     * {@code [\p{L}\p{M}\p{Nd}]+(?:[-'’ʼ‐][\p{L}\p{M}\p{Nd}]+)*}, counted by a scan instead of
     * that pattern (every application's description is counted twice, and the pattern's matcher
     * was among the first code hot enough for the optimizing compiler).
     */
    public static int of(String text) {
        Objects.requireNonNull(text, "text");
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!inWord(c)) {
                continue;
            }
            n++;
            while (i < length) {
                c = text.codePointAt(i);
                if (inWord(c)) {
                    i += Character.charCount(c);
                } else if (joins(c) && i + 1 < length && inWord(text.codePointAt(i + 1))) {
                    i++; // a joiner is one char; the letter after it is taken on the next turn
                } else {
                    break;
                }
            }
        }
        return n;
    }

    /** A letter, a combining mark or a decimal digit: {@code \p{L}}, {@code \p{M}}, {@code \p{Nd}}. */
    private static boolean inWord(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** A hyphen or an apostrophe that joins two runs into one word. */
    private static boolean joins(int c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2010';
    }
}
