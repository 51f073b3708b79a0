package kz.saruar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FMT-03: texts in three languages, with a documented fallback. */
class LocalizedTextTest {
    @Test
    void FMT_03_each_language_returns_its_own_text() {
        LocalizedText t = LocalizedText.of("Экология", "Экология", "Ecology");
        assertThat(t.get(Language.EN)).isEqualTo("Ecology");
        assertThat(t.get(Language.KK)).isEqualTo("Экология");
    }

    @Test
    void FMT_03_a_missing_language_falls_back_to_russian_then_kazakh_then_english() {
        LocalizedText onlyKkEn = LocalizedText.of(Map.of(Language.KK, "kk", Language.EN, "en"), List.of());
        assertThat(onlyKkEn.get(Language.RU)).isEqualTo("kk");
        LocalizedText onlyRu = LocalizedText.ofSingle(Language.RU, "ru");
        assertThat(onlyRu.get(Language.EN)).isEqualTo("ru");
        assertThat(onlyRu.find(Language.EN)).isEmpty();
    }

    @Test
    void FMT_03_translated_languages_must_have_a_text() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of(Language.RU, "ru"), List.of(Language.EN)))
                .hasMessageContaining("en");
    }

    @Test
    void FMT_03_format_fills_arguments_in_every_language_without_grouping_numbers_given_as_strings() {
        LocalizedText t = LocalizedText.of("{0} ұпай", "{0} баллов", "{0} points").formatted("1050");
        assertThat(t.get(Language.RU)).isEqualTo("1050 баллов");
    }

    @Test
    void a_rule_id_has_the_form_AAA_00() {
        assertThat(RuleId.of("DEF-06").section()).isEqualTo("DEF");
        assertThatThrownBy(() -> RuleId.of("def6")).hasMessageContaining("\"def6\"");
        assertThat(Language.of("ru-KZ")).isEqualTo(Language.RU);
    }
}
