package kz.saruar.examples.plugin.regional;

import static org.assertj.core.api.Assertions.assertThat;

import kz.saruar.model.Language;
import kz.saruar.model.document.BuiltInTemplates;
import kz.saruar.model.document.TemplateRegistry;
import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.document.TemplateFormat;
import kz.saruar.spi.testkit.document.DocumentTemplateProviderContract;
import org.junit.jupiter.api.Test;

/** The regional certificate keeps the provider contract and overrides the built-in one by ServiceLoader (DEF-10). */
class RegionalCertificateTemplatesTest implements DocumentTemplateProviderContract {
    @Override
    public DocumentTemplateProvider provider() {
        return new RegionalCertificateTemplates();
    }

    @Test
    void DEF_10_discovered_regional_certificate_overrides_kk_and_ru_and_leaves_en_built_in() {
        TemplateRegistry r = TemplateRegistry.standard();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.source(RegionalCertificateTemplates.KIND, Language.KK, TemplateFormat.HTML)).contains("regional:almaty-project-office");
        assertThat(r.source(RegionalCertificateTemplates.KIND, Language.RU, TemplateFormat.MARKDOWN)).contains("regional:almaty-project-office");
        assertThat(r.source(RegionalCertificateTemplates.KIND, Language.EN, TemplateFormat.HTML)).contains(BuiltInTemplates.NAME);
    }
}
