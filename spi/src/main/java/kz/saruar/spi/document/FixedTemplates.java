package kz.saruar.spi.document;

import java.util.List;
import java.util.Objects;

/** A {@link DocumentTemplateProvider} of a fixed list, made by {@link DocumentTemplateProvider#of}. */
record FixedTemplates(String providerName, int priority, List<DocumentTemplate> templates) implements DocumentTemplateProvider {
    FixedTemplates {
        Objects.requireNonNull(providerName, "providerName");
    }
}
