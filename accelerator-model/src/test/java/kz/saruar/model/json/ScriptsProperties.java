package kz.saruar.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** APP-03: the mixed-script check finds the word that its first, set-based form found. */
class ScriptsProperties {

    @Property(tries = 3000)
    void APP_03_the_first_mixed_word_is_the_one_the_set_based_check_finds(@ForAll("texts") String text) {
        Optional<String> found = Scripts.firstMixedWord(text);
        assertThat(found).as(text).isEqualTo(bySets(text));
        Statistics.label("mixed").collect(found.isPresent());
    }

    /**
     * Words of Latin (the i's included), Cyrillic, Kazakh, Greek and Armenian letters, combining
     * marks, digits, spaces and punctuation, so that one word often has two scripts.
     */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aiIZжқәЯαβաբ\u0301\u0483 1-.,").ofMaxLength(20);
    }

    /** The check as first written, with a set of each word's scripts: the oracle. */
    private static Optional<String> bySets(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
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
                    UnicodeScript s = UnicodeScript.of(cp);
                    if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
                        scripts.add(s);
                    }
                }
                i += Character.charCount(cp);
            }
            boolean mixed = scripts.size() > 1
                    || (latinI && !scripts.isEmpty() && !scripts.contains(UnicodeScript.LATIN)
                    && !scripts.equals(EnumSet.of(UnicodeScript.CYRILLIC)));
            if (mixed) {
                String w = text.substring(start, i);
                return Optional.of(w.length() > 40 ? w.substring(0, 40) + "…" : w);
            }
        }
        return Optional.empty();
    }
}
