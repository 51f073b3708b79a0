package kz.saruar.model.decision;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * What one refusal code of a module says: the rules it applies (the deciding one first) and its
 * kk/ru/en {@link java.text.MessageFormat} pattern with {@code {0}}, {@code {1}}… for the
 * figures. Each constant of a {@link ReasonCode} enum holds one; the interface's accessors read it.
 *
 * @param rules   the rules applied, the deciding one first; never empty
 * @param pattern the message pattern in kk/ru/en
 */
public record ReasonDefinition(List<RuleId> rules, LocalizedText pattern) {
    /** Refuses nulls and an empty rule list; copies the list. */
    public ReasonDefinition {
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a reason definition names at least one rule");
        }
        Objects.requireNonNull(pattern, "pattern");
    }

    /**
     * A definition applying one rule with a message of Saruar's own: the seeds have no such
     * messages, so Kazakh and English are marked as translations ({@link LocalizedText#message}).
     */
    public static ReasonDefinition translated(String rule, String kk, String ru, String en) {
        return translated(List.of(RuleId.of(rule)), kk, ru, en);
    }

    /** A definition applying several rules, the deciding one first, with a message of Saruar's own. */
    public static ReasonDefinition translated(List<RuleId> rules, String kk, String ru, String en) {
        return new ReasonDefinition(rules, LocalizedText.message(kk, ru, en));
    }

    /** A definition applying one rule with a message none of whose languages is marked as a translation. */
    public static ReasonDefinition of(String rule, String kk, String ru, String en) {
        return new ReasonDefinition(List.of(RuleId.of(rule)), LocalizedText.of(kk, ru, en));
    }

    /** The deciding rule: the first of {@link #rules()}. */
    public RuleId rule() {
        return rules.get(0);
    }
}
