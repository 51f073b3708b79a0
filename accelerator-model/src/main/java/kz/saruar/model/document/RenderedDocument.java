package kz.saruar.model.document;

import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.spi.document.TemplateFormat;

/**
 * A document rendered from a template (APP-03, APP-05, PRE-04, EXP-04, DEF-09..11, EXT-03).
 *
 * @param kind the document kind's code
 * @param language the language
 * @param format the format
 * @param source the provider whose template was used
 * @param text the rendered text
 */
public record RenderedDocument(String kind, Language language, TemplateFormat format, String source, String text) {
    /** Refuses nulls. */
    public RenderedDocument {
        Arguments.nonNull("kind", kind, "language", language, "format", format, "source", source, "text", text);
    }

    /** Omits the text, which may hold personal data. */
    @Override
    public String toString() {
        return "RenderedDocument[" + kind + ", " + language.tag() + ", " + format + ", from " + source + "]";
    }
}
