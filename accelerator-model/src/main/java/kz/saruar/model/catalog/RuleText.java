package kz.saruar.model.catalog;

import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * A rule of the methodology with its ID, a trilingual title, its English text as in the rule book
 * and the seed passage it comes from; {@code isDefault} marks Saruar's own choices where the seeds
 * are silent ([default]).
 */
public record RuleText(
        RuleId id,
        LocalizedText title,
        String text,
        String source,
        boolean isDefault) {
    /** Refuses nulls and copies lists. */
    public RuleText {
        Arguments.nonNull("id", id, "title", title, "text", text, "source", source);
    }
}
