package kz.saruar.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.spi.document.DocumentTemplate;
import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.document.TemplateFormat;
import org.junit.jupiter.api.Test;

class TemplateRegistryTest {
    static DocumentTemplateProvider provider(String name, int priority, DocumentTemplate... ts) {
        return DocumentTemplateProvider.of(name, priority, List.of(ts));
    }

    @Test
    void DEF_10_every_built_in_document_has_kk_ru_en_in_html_and_markdown() {
        TemplateRegistry r = TemplateRegistry.builder().withoutDiscovery().build();
        assertThat(r.warnings()).isEmpty();
        for (BuiltInDocument d : BuiltInDocument.values()) {
            for (Language l : Language.values()) {
                for (TemplateFormat f : TemplateFormat.values()) {
                    assertThat(r.source(d.code(), l, f)).as(d + " " + l + " " + f).contains(BuiltInTemplates.NAME);
                }
            }
        }
        assertThat(r.kinds()).hasSize(BuiltInDocument.values().length);
    }

    @Test
    void DEF_10_a_regional_template_at_a_higher_priority_overrides_the_built_in_one_for_its_language_only() {
        DocumentTemplate kk = DocumentTemplate.of("PRE_ACCELERATION_CERTIFICATE", "kk", TemplateFormat.HTML, "<p>Өңір: {{participant}}</p>");
        TemplateRegistry r = TemplateRegistry.builder().withoutDiscovery().withProviders(provider("region", 10, kk)).build();
        assertThat(r.source("PRE_ACCELERATION_CERTIFICATE", Language.KK, TemplateFormat.HTML)).contains("region");
        assertThat(r.source("PRE_ACCELERATION_CERTIFICATE", Language.RU, TemplateFormat.HTML)).contains(BuiltInTemplates.NAME);
        TemplateRegistry lower = TemplateRegistry.builder().withoutDiscovery().withProviders(provider("low", -200, kk)).build();
        assertThat(lower.source("PRE_ACCELERATION_CERTIFICATE", Language.KK, TemplateFormat.HTML)).contains(BuiltInTemplates.NAME);
    }

    @Test
    void a_provider_that_service_loader_cannot_instantiate_is_reported_and_skipped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path services = dir.resolve("META-INF/services");
        java.nio.file.Files.createDirectories(services);
        java.nio.file.Files.writeString(services.resolve(DocumentTemplateProvider.class.getName()), "com.example.NoSuchTemplates\n");
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            TemplateRegistry r = TemplateRegistry.builder().withClassLoader(cl).build();
            assertThat(r.warnings()).singleElement().asString().contains("com.example.NoSuchTemplates");
            assertThat(r.source("PRE_ACCELERATION_CERTIFICATE", Language.KK, TemplateFormat.HTML)).contains(BuiltInTemplates.NAME);
        }
    }

    @Test
    void ties_are_broken_by_provider_name_not_by_order() {
        DocumentTemplate a = DocumentTemplate.of("X", "ru", TemplateFormat.MARKDOWN, "a");
        DocumentTemplate b = DocumentTemplate.of("X", "ru", TemplateFormat.MARKDOWN, "b");
        TemplateRegistry one = TemplateRegistry.builder().withoutDiscovery().withProviders(provider("b", 5, b), provider("a", 5, a)).build();
        TemplateRegistry two = TemplateRegistry.builder().withoutDiscovery().withProviders(provider("a", 5, a), provider("b", 5, b)).build();
        assertThat(one.source("X", Language.RU, TemplateFormat.MARKDOWN)).contains("a");
        assertThat(two.source("X", Language.RU, TemplateFormat.MARKDOWN)).contains("a");
    }

    @Test
    void a_broken_provider_is_reported_and_skipped_and_the_others_still_load() {
        DocumentTemplateProvider throwing = new DocumentTemplateProvider() {
            @Override
            public List<DocumentTemplate> templates() {
                throw new IllegalStateException("database down");
            }
        };
        List<DocumentTemplateProvider> bad = new ArrayList<>(List.of(throwing,
                provider("unescaped", 9, DocumentTemplate.of("X", "kk", TemplateFormat.HTML, "{{{raw}}}")),
                provider("partial", 9, DocumentTemplate.of("Y", "kk", TemplateFormat.HTML, "{{> /etc/passwd}}")),
                provider("lang", 9, DocumentTemplate.of("Z", "de", TemplateFormat.HTML, "x")),
                provider("unclosed", 9, DocumentTemplate.of("W", "kk", TemplateFormat.HTML, "{{#a}}x"))));
        TemplateRegistry r = TemplateRegistry.builder().withoutDiscovery()
                .withProviders(bad.toArray(DocumentTemplateProvider[]::new))
                .withProviders(provider("good", 1, DocumentTemplate.of("V", "en", TemplateFormat.HTML, "{{v}}"))).build();
        assertThat(r.warnings()).hasSize(5);
        assertThat(String.join("\n", r.warnings())).contains("database down").contains("unescaped").contains("partial")
                .contains("lang").contains("unclosed");
        assertThat(r.find("V", Language.EN, TemplateFormat.HTML)).isPresent();
        assertThat(r.find("X", Language.KK, TemplateFormat.HTML)).isEmpty();
        assertThat(r.find("PRE_ACCELERATION_CERTIFICATE", Language.KK, TemplateFormat.HTML)).isPresent();
    }
}
