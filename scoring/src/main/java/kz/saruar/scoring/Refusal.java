package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * One reason why a scoring step is refused (DEF-03, DEF-04, DEF-09, EXT-02): the rule, the kind,
 * what it concerns (e.g. {@code sheet:J1/P1}, {@code panel}, {@code project:P1}) and the figures,
 * with the message formatted on demand in kk/ru/en.
 *
 * @param rule the rule that refuses
 * @param kind the kind of refusal
 * @param subject what the refusal concerns, as a short locator
 * @param arguments the figures quoted by the message, in the kind's order
 */
public record Refusal(RuleId rule, RefusalKind kind, String subject, List<String> arguments) {
    /** Refuses nulls and copies the arguments. */
    public Refusal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        arguments = ImmutableList.copyOf(Objects.requireNonNull(arguments, "arguments"));
    }

    /** A refusal of this kind, under the kind's rule, quoting these figures. */
    public static Refusal of(RefusalKind kind, String subject, Object... arguments) {
        Objects.requireNonNull(kind, "kind");
        ImmutableList.Builder<String> args = ImmutableList.builder();
        for (Object a : arguments) {
            args.add(String.valueOf(a));
        }
        return new Refusal(kind.rule(), kind, subject, args.build());
    }

    /** The message in kk/ru/en with the figures filled in. */
    public LocalizedText message() {
        return kind.message().formatted(arguments.toArray());
    }

    /** {@code subject [RULE] message} in one language, as a command line prints it. */
    public String describe(Language language) {
        return subject + " [" + rule + "] " + kind.message().format(language, arguments.toArray());
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
