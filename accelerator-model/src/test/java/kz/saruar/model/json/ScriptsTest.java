package kz.saruar.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import org.junit.jupiter.api.Test;

/**
 * APP-03: a word mixing scripts (Latin inside Cyrillic) is refused. Its check takes the script
 * of ASCII and Cyrillic letters without searching Unicode's table; this holds the short cut to
 * the table for every letter it answers for.
 */
class ScriptsTest {
    @Test
    void APP_03_the_script_of_every_ascii_and_cyrillic_letter_is_the_one_unicode_gives() {
        int letters = 0;
        for (int cp = 0; cp <= 0x4FF; cp++) {
            if (Character.isLetter(cp)) {
                letters++;
                assertThat(Scripts.script(cp)).as("U+%04X", cp).isEqualTo(UnicodeScript.of(cp));
            }
        }
        assertThat(letters).isGreaterThan(400);
    }

    @Test
    void APP_03_a_word_mixing_latin_and_cyrillic_letters_is_found_and_kazakh_words_are_not() {
        assertThat(Scripts.firstMixedWord("Жоба Aлматы қаласында")).contains("Aлматы");
        assertThat(Scripts.firstMixedWord("Өзгерістердің саруарлары, Алматы 2026")).isEmpty();
        assertThat(Scripts.firstMixedWord("Πρόγραμμα Almaty")).isEmpty();
        assertThat(Scripts.firstMixedWord("Almatyα")).contains("Almatyα");
    }
}
