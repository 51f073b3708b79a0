package kz.saruar.scheduling;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * Why a scheduling request was refused: a stable code, the methodology rules that decided
 * (e.g. PRE-06, APP-11; empty for a malformed input) and a kk/ru/en message quoting the input.
 *
 * @param code    a stable machine-readable code, e.g. {@code "EXPERT_LIMIT_REACHED"}
 * @param rules   the rules that applied
 * @param message the explanation in Kazakh, Russian and English
 */
public record Refusal(String code, List<RuleId> rules, LocalizedText message) {
    /** Refuses nulls; copies the list. */
    public Refusal {
        Objects.requireNonNull(code, "code");
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
        Objects.requireNonNull(message, "message");
    }

    /** A refusal under one rule, with messages in the three languages. */
    public static Refusal of(String code, RuleId rule, String kk, String ru, String en) {
        return new Refusal(code, List.of(rule), LocalizedText.of(kk, ru, en));
    }

    /** A refusal of malformed input that no methodology rule decides. */
    public static Refusal ofInput(String code, String kk, String ru, String en) {
        return new Refusal(code, List.of(), LocalizedText.of(kk, ru, en));
    }

    /** The message in one language, prefixed with the rule IDs. */
    public String describe(Language language) {
        String prefix = rules.isEmpty() ? code : rules.toString() + " " + code;
        return prefix + ": " + message.get(language);
    }
}
