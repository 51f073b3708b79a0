package kz.saruar.model.json;

import com.google.common.base.Preconditions;

/**
 * Limits on a document read from JSON (any input: applications APP-03, answers MAT-05, sheets, requests), so that a hostile or broken file is refused with a clear
 * problem instead of exhausting memory. [default] The seeds set none; these are the library's.
 *
 * @param maxInputChars the whole document, in bytes of UTF-8 (or characters of a string)
 * @param maxTextChars one text field, in characters
 * @param maxListEntries one list, in entries (a team of 100,000 is refused)
 * @param maxProblems problems reported before the reader stops looking
 */
public record JsonLimits(int maxInputChars, int maxTextChars, int maxListEntries, int maxProblems) {
    /** The deepest nesting of arrays and objects a document may have. */
    public static final int MAX_DEPTH = 64;

    /** The defaults: 16 M characters per document, 20,000 per text, 1,000 entries per list, 100 problems. */
    public static final JsonLimits DEFAULT = new JsonLimits(16_000_000, 20_000, 1_000, 100);

    /** Refuses non-positive limits. */
    public JsonLimits {
        Preconditions.checkArgument(maxInputChars > 0, "maxInputChars is not positive: %s", maxInputChars);
        Preconditions.checkArgument(maxTextChars > 0, "maxTextChars is not positive: %s", maxTextChars);
        Preconditions.checkArgument(maxListEntries > 0, "maxListEntries is not positive: %s", maxListEntries);
        Preconditions.checkArgument(maxProblems > 0, "maxProblems is not positive: %s", maxProblems);
    }
}
