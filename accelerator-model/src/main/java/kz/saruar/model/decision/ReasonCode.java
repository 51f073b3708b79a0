package kz.saruar.model.decision;

import java.util.List;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * A kind of refusal that a module defines (usually an enum of its own codes): a stable
 * machine-readable code, the rules it applies, and its kk/ru/en message pattern with {@code {0}},
 * {@code {1}}… for the figures, held by each constant as a {@link ReasonDefinition}. Modules keep
 * their own codes; {@link Reason} is what callers see.
 */
public interface ReasonCode {
    /** The stable code, e.g. {@code "COVERAGE_EXCEEDED"}; an enum's constant name by default. */
    default String code() {
        return this instanceof Enum<?> e ? e.name() : getClass().getSimpleName();
    }

    /** The rules and the message pattern of this kind of refusal. */
    ReasonDefinition definition();

    /** The rules this kind of refusal applies, the deciding one first; never empty. */
    default List<RuleId> rules() {
        return definition().rules();
    }

    /** The deciding rule: the first of {@link #rules()}. */
    default RuleId rule() {
        return definition().rule();
    }

    /** The message pattern in kk/ru/en with {@code {0}}, {@code {1}}… placeholders. */
    default LocalizedText pattern() {
        return definition().pattern();
    }

    /** A reason of this kind about {@code subject}, its figures named in pattern order. */
    default Reason reason(String subject, Figure... figures) {
        return Reason.of(this, subject, figures);
    }
}
