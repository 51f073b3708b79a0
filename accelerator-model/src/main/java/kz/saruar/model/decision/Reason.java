package kz.saruar.model.decision;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * Why something was refused, the one reason type of the library: the stable code, the rules
 * that decided (the deciding one first), what it concerns (a JSON path such as
 * {@code $.defense.passThreshold} or a subject such as {@code sheet:J1/P1}), the figures that
 * decided, and the message in kk/ru/en with those figures filled in.
 *
 * @param code    the stable code, e.g. {@code "THRESHOLD_OUT_OF_RANGE"}
 * @param rules   the rules that decided, never empty
 * @param subject the JSON path or subject the reason concerns ({@code "$"} for a whole document)
 * @param figures the figures that decided, in the message's order
 * @param message the explanation in kk/ru/en
 */
public record Reason(String code, List<RuleId> rules, String subject, List<Figure> figures, LocalizedText message) {
    /** Orders reasons by subject, then rule, then code, for stable reports. */
    public static final Comparator<Reason> BY_SUBJECT = Comparator.comparing(Reason::subject)
            .thenComparing(Reason::rule).thenComparing(Reason::code);

    /** Refuses nulls and an empty rule list; copies the lists. */
    public Reason {
        Arguments.nonNull("code", code, "subject", subject, "message", message);
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a reason names at least one rule: " + code);
        }
        figures = ImmutableList.copyOf(Objects.requireNonNull(figures, "figures"));
    }

    /** A reason of this kind about {@code subject}; the message fills the figures in pattern order. */
    public static Reason of(ReasonCode kind, String subject, Figure... figures) {
        Objects.requireNonNull(kind, "kind");
        Object[] texts = Arrays.stream(figures).map(Figure::text).toArray();
        return new Reason(kind.code(), kind.rules(), subject, List.of(figures), kind.pattern().formatted(texts));
    }

    /** A reason of this kind about {@code subject}, quoting unnamed figures ({@code arg0}, {@code arg1}, …). */
    public static Reason quoting(ReasonCode kind, String subject, Object... arguments) {
        Figure[] fs = new Figure[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            fs[i] = Figure.of("arg" + i, a instanceof Number || a instanceof Boolean || a instanceof String ? a
                    : String.valueOf(a));
        }
        return of(kind, subject, fs);
    }

    /** A reason with a message of its own (one rule). */
    public static Reason of(String code, RuleId rule, String subject, LocalizedText message, Figure... figures) {
        return new Reason(code, List.of(rule), subject, List.of(figures), message);
    }

    /** The deciding rule. */
    public RuleId rule() {
        return rules.get(0);
    }

    /** A figure's value by name. */
    public Optional<Object> figure(String name) {
        Objects.requireNonNull(name, "name");
        return figures.stream().filter(f -> f.name().equals(name)).map(Figure::value).findFirst();
    }

    /** A whole-number figure by name, e.g. {@code shortfall}. */
    public OptionalLong longFigure(String name) {
        return figure(name).filter(Long.class::isInstance).map(v -> OptionalLong.of((Long) v))
                .orElse(OptionalLong.empty());
    }

    /** Whether this reason applies the rule. */
    public boolean cites(RuleId rule) {
        return rules.contains(Objects.requireNonNull(rule, "rule"));
    }

    /** {@code subject [RULE] message} in one language, as a command line prints it. */
    public String describe(Language language) {
        return subject + " [" + rule() + "] " + message.get(language);
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
