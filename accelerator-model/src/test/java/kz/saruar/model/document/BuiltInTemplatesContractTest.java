package kz.saruar.model.document;

import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.testkit.document.DocumentTemplateProviderContract;

/** The built-in templates keep the provider contract (PRE-08 documents and the others). */
class BuiltInTemplatesContractTest implements DocumentTemplateProviderContract {
    private static final BuiltInTemplates BUILT_IN = new BuiltInTemplates();

    @Override
    public DocumentTemplateProvider provider() {
        return BUILT_IN;
    }
}
