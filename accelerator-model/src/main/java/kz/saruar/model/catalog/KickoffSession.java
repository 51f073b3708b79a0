package kz.saruar.model.catalog;

import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** One of the kickoff sessions of pre-acceleration, in order (PRE-02). */
@Cites("PRE-02")
public record KickoffSession(
        @Code String code,
        LocalizedText name,
        LocalizedText description) {
    /** Refuses nulls and copies lists. */
    public KickoffSession {
        Arguments.nonNull("code", code, "name", name, "description", description);
    }
}
