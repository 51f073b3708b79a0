package kz.saruar.model.lifecycle;

import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * A condition of a lifecycle transition (APP-08..12, PRE-09, DEF-06..12, ACC-03, EXT-02) that was not met, as a refusal lists it: the rule that sets it, a
 * code, and a message in kk/ru/en.
 *
 * @param rule the rule
 * @param code what is missing, e.g. {@code MOTIVATED_EXPLANATION}
 * @param message the explanation
 */
public record Condition(RuleId rule, String code, LocalizedText message) {
    /** Refuses nulls. */
    public Condition {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code [RULE] CODE: message}. */
    public String describe(Language language) {
        return "[" + rule + "] " + code + ": " + message.get(language);
    }
}
