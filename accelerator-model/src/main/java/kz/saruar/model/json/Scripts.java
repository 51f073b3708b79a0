package kz.saruar.model.json;

import java.lang.Character.UnicodeScript;
import java.util.Optional;

/**
 * Finds a word that mixes letters of two scripts, e.g. Cyrillic "Саруар" with a Latin "a" inside:
 * a sign of look-alike spoofing or broken encoding (APP-03: applications are in Kazakh and/or
 * Russian). Words wholly in one script are fine, Latin words among Cyrillic ones too. A Latin
 * "i"/"I" inside a Cyrillic word is read as the Kazakh "і" that many keyboards lack, and allowed.
 */
final class Scripts {
    private Scripts() {
    }

    /**
     * The script of a letter: ASCII letters and the Cyrillic block (the letters of nearly every
     * text read here, Kazakh's included) without {@link UnicodeScript#of}'s search of the whole table.
     */
    static UnicodeScript script(int letter) {
        if (letter < 0x80) {
            return UnicodeScript.LATIN;
        }
        if (letter >= 0x400 && letter <= 0x4FF && letter != 0x485 && letter != 0x486) {
            return UnicodeScript.CYRILLIC;
        }
        return UnicodeScript.of(letter);
    }

    /** The first word of mixed scripts, if any. */
    static Optional<String> firstMixedWord(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            // the word's scripts, without a set: the first one, and whether another one followed
            UnicodeScript first = null;
            boolean several = false;
            boolean latinI = false;
            while (i < n) {
                cp = text.codePointAt(i);
                int t = Character.getType(cp);
                boolean mark = t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                        || t == Character.ENCLOSING_MARK;
                if (!Character.isLetter(cp) && !mark) {
                    break;
                }
                if (cp == 'i' || cp == 'I') {
                    latinI = true;
                } else if (!mark) {
                    UnicodeScript s = script(cp);
                    if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
                        if (first == null) {
                            first = s;
                        } else if (s != first) {
                            several = true;
                        }
                    }
                }
                i += Character.charCount(cp);
            }
            // two scripts, or a Latin i in a word of one script other than Latin and Cyrillic
            boolean mixed = several || (latinI && first != null && first != UnicodeScript.LATIN
                    && first != UnicodeScript.CYRILLIC);
            if (mixed) {
                String w = text.substring(start, i);
                return Optional.of(w.length() > 40 ? w.substring(0, 40) + "…" : w);
            }
        }
        return Optional.empty();
    }
}
