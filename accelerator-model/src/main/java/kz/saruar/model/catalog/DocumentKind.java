package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A kind of document the methodology names: a template, a form, a package document (PRE-08, APP/DEF/EXP templates). */
@Cites("PRE-08")
public record DocumentKind(
        @Code String code,
        LocalizedText name,
        List<RuleId> rules) {
    /** Refuses nulls and copies lists. */
    public DocumentKind {
        Arguments.nonNull("code", code, "name", name);
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
    }
}
