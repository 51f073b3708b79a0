package kz.saruar.spi.document;

import java.util.List;
import kz.saruar.spi.Provider;

/**
 * The extension point through which a regional center supplies document templates: its own, or
 * replacements of the built-in ones (application form, concept, individual plan PRE-04, mentor's
 * monthly report EXP-04, defense protocol DEF-09, pre-acceleration certificate DEF-10, application
 * to acceleration DEF-11, ambassador documents EXT-03).
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/kz.saruar.spi.document.DocumentTemplateProvider} file in the plugin's
 * jar) or handed to the library in code; they need a public no-argument constructor for discovery.
 *
 * <p>Contract: {@link #templates()} returns the same list every time; each template's kind matches
 * {@code [A-Z][A-Z0-9_]*}, its language is a tag such as {@code kk}, and kind + language + format
 * is unique within the provider; the text compiles as Mustache and writes user values only with
 * escaping double braces. For one kind, language and format the template of the provider with the
 * highest {@link Provider#priority()} wins (the built-in templates have priority {@code -100}); ties are
 * broken by {@link Provider#providerName()}, never by classpath order. A provider that throws or supplies
 * an invalid template is reported and skipped as a whole; the others still load. The
 * {@code saruar-spi-testkit} module has a contract test to run against a provider.
 */
public interface DocumentTemplateProvider extends Provider {
    /** The templates this provider supplies. */
    List<DocumentTemplate> templates();

    /**
     * A provider of a fixed list, for handing templates to the library in code (a container, a
     * test) without a class of one's own.
     *
     * @throws NullPointerException if an argument or a template is null
     */
    static DocumentTemplateProvider of(String providerName, int priority, List<DocumentTemplate> templates) {
        return new FixedTemplates(providerName, priority, List.copyOf(templates));
    }
}
