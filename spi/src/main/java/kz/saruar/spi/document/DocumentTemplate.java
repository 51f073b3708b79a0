package kz.saruar.spi.document;

import java.util.Objects;

/**
 * A document template as a plugin supplies it (PRE-04, EXP-04, DEF-09..11, EXT-03 documents): the document kind's code (e.g.
 * {@code PRE_ACCELERATION_CERTIFICATE}), a language tag ({@code kk}, {@code ru}, {@code en}), a
 * format, and the template text in Mustache syntax. User values are written with double braces
 * ({@code {{project}}}), which the library escapes; triple braces and {@code {{&...}}}, which would
 * not escape, and partials ({@code {{> ...}}}) are refused.
 *
 * @param kind the document kind's code, {@code [A-Z][A-Z0-9_]*}
 * @param language the language tag
 * @param format the output format
 * @param text the Mustache template text
 */
public record DocumentTemplate(String kind, String language, TemplateFormat format, String text) {
    /** Refuses nulls. */
    public DocumentTemplate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }

    /** A template. */
    public static DocumentTemplate of(String kind, String language, TemplateFormat format, String text) {
        return new DocumentTemplate(kind, language, format, text);
    }

    /** Omits the text, which can be long. */
    @Override
    public String toString() {
        return "DocumentTemplate[" + kind + ", " + language + ", " + format + ", " + text.length() + " chars]";
    }
}
