package kz.saruar.model.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * One problem found in a methodology: where (a JSON path such as {@code $.defense.bands[1].from}),
 * which rule it breaks, what kind, and a message in kk/ru/en.
 *
 * @param path the JSON path of the offending value
 * @param rule the rule that the problem breaks
 * @param kind the kind of problem
 * @param message the message, with the figures filled in
 */
public record Problem(String path, RuleId rule, ProblemKind kind, LocalizedText message) {
    /** Refuses nulls. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** A problem of this kind with its message's arguments. */
    public static Problem of(String path, RuleId rule, ProblemKind kind, Object... arguments) {
        Object[] args = Arrays.stream(arguments).map(a -> a instanceof Number n ? n.toString() : a).toArray();
        return new Problem(path, rule, kind, kind.message().formatted(args));
    }

    /** {@code path [RULE] message} in one language, as a command line prints it. */
    public String describe(Language language) {
        return path + " [" + rule + "] " + message.get(language);
    }

    /** Problems sorted by path, then rule, for stable reports. */
    public static List<Problem> sorted(List<Problem> problems) {
        return problems.stream()
                .sorted(java.util.Comparator.comparing(Problem::path).thenComparing(Problem::rule)
                        .thenComparing(Problem::kind))
                .toList();
    }

    /** This problem as the library's one reason type: code = the kind, subject = the path. */
    public kz.saruar.model.decision.Reason toReason() {
        return new kz.saruar.model.decision.Reason(kind.name(), java.util.List.of(rule), path, java.util.List.of(), message);
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
