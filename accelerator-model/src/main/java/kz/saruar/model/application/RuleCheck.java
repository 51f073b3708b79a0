package kz.saruar.model.application;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;

/**
 * One checked requirement of an eligibility rule (APP-01..08, DEF-12; e.g. APP-02 age) with its outcome, the figures that decided
 * and a message in kk/ru/en.
 *
 * @param rule the rule
 * @param requirement a code for the requirement within the rule, e.g. {@code AGE}
 * @param subject what was checked, as a JSON path ({@code $.applicant}, {@code $.team[2].person})
 * @param status the outcome
 * @param figures the figures that decided, by name (never personal data: an age, not a birth date)
 * @param message the explanation
 */
public record RuleCheck(RuleId rule, String requirement, String subject, CheckStatus status,
        Map<String, String> figures, LocalizedText message) {
    /** Refuses nulls and copies the figures, keeping their order. */
    public RuleCheck {
        Arguments.nonNull("rule", rule, "requirement", requirement, "subject", subject, "status", status,
                "message", message);
        figures = ImmutableMap.copyOf(Objects.requireNonNull(figures, "figures"));
    }

    /**
     * The reason of a failed check in the library's one reason shape (code = the requirement,
     * subject = the JSON path, figures as checked); empty when the check passed or needs evidence.
     */
    public Optional<Reason> reason() {
        if (status != CheckStatus.FAILED) {
            return Optional.empty();
        }
        List<Figure> fs = figures.entrySet().stream().map(e -> Figure.of(e.getKey(), e.getValue())).toList();
        return Optional.of(new Reason(requirement, List.of(rule), subject, fs, message));
    }

    /** {@code RULE REQUIREMENT STATUS subject: message} in one language. */
    public String describe(Language language) {
        return rule + " " + requirement + " " + status + " " + subject + ": " + message.get(language);
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
