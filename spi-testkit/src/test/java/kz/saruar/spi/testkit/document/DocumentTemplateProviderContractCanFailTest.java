package kz.saruar.spi.testkit.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.saruar.spi.document.DocumentTemplate;
import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.document.TemplateFormat;
import org.junit.jupiter.api.Test;

/** Proof that the template kit (DEF-10 certificates and the other documents) catches broken providers. */
class DocumentTemplateProviderContractCanFailTest {
    private static DocumentTemplateProviderContract kit(DocumentTemplate... ts) {
        DocumentTemplateProvider p = () -> List.of(ts);
        return () -> p;
    }

    private static DocumentTemplate md(String kind, String language, String text) {
        return DocumentTemplate.of(kind, language, TemplateFormat.MARKDOWN, text);
    }

    @Test
    void DEF_10_a_template_writing_a_user_value_unescaped_fails() {
        DocumentTemplateProviderContract kit = kit(md("CERTIFICATE", "kk", "Сертификат: {{{project.name}}}"));
        assertThatThrownBy(kit::user_values_are_only_written_escaped).isInstanceOf(AssertionError.class)
                .hasMessageContaining("unescaped");
        assertThatThrownBy(kit(md("CERTIFICATE", "kk", "{{> header}}"))::user_values_are_only_written_escaped)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void DEF_10_an_unclosed_or_crossed_section_fails() {
        assertThatThrownBy(kit(md("CERTIFICATE", "ru", "{{#team}}{{name}}"))::sections_are_balanced)
                .isInstanceOf(AssertionError.class).hasMessageContaining("unclosed");
        assertThatThrownBy(kit(md("CERTIFICATE", "ru", "{{#a}}{{#b}}{{/a}}{{/b}}"))::sections_are_balanced)
                .isInstanceOf(AssertionError.class).hasMessageContaining("out of order");
    }

    @Test
    void DEF_10_a_bad_kind_an_unknown_language_or_a_duplicate_fails() {
        assertThatThrownBy(kit(md("certificate", "kk", "x"))::every_kind_is_a_code).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit(md("CERTIFICATE", "de", "x"))::every_language_is_kk_ru_or_en).isInstanceOf(AssertionError.class);
        assertThatThrownBy(kit(md("CERTIFICATE", "kk", "x"), md("CERTIFICATE", "kk", "y"))::no_template_is_given_twice)
                .isInstanceOf(AssertionError.class).hasMessageContaining("duplicate");
        assertThatThrownBy(kit()::templates_are_not_empty_and_not_null).isInstanceOf(AssertionError.class);
    }

    @Test
    void DEF_10_templates_that_change_between_calls_fail() {
        DocumentTemplateProvider changing = new DocumentTemplateProvider() {
            private final List<DocumentTemplate> ts = new ArrayList<>();

            @Override
            public List<DocumentTemplate> templates() {
                ts.add(md("T" + ts.size(), "en", "x"));
                return List.copyOf(ts);
            }
        };
        DocumentTemplateProviderContract kit = () -> changing;
        assertThatThrownBy(() -> kit.templates_are_the_same_every_time(1)).isInstanceOf(AssertionError.class);
    }
}
