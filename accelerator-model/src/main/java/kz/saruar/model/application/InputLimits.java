package kz.saruar.model.application;

import com.google.common.base.Preconditions;

/**
 * Limits on a document read from JSON (APP-03, MAT-05), so that a hostile or broken file is refused with a clear
 * problem instead of exhausting memory. [default] The seeds set none; these are the library's.
 *
 * @param maxInputChars the whole document, in characters
 * @param maxTextChars one text field, in characters
 * @param maxListEntries one list, in entries (a team of 100,000 is refused)
 * @param maxProblems problems reported before the reader stops looking
 */
public record InputLimits(int maxInputChars, int maxTextChars, int maxListEntries, int maxProblems) {
    /** The defaults: 16 M characters per document, 20,000 per text, 1,000 entries per list, 100 problems. */
    public static final InputLimits DEFAULT = new InputLimits(16_000_000, 20_000, 1_000, 100);

    /** Refuses non-positive limits. */
    public InputLimits {
        Preconditions.checkArgument(maxInputChars > 0, "maxInputChars is not positive: %s", maxInputChars);
        Preconditions.checkArgument(maxTextChars > 0, "maxTextChars is not positive: %s", maxTextChars);
        Preconditions.checkArgument(maxListEntries > 0, "maxListEntries is not positive: %s", maxListEntries);
        Preconditions.checkArgument(maxProblems > 0, "maxProblems is not positive: %s", maxProblems);
    }
}
