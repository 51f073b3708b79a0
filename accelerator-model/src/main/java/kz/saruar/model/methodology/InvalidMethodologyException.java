package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import kz.saruar.model.Language;
import kz.saruar.model.SaruarException;
import kz.saruar.model.decision.Reason;

/**
 * Thrown by the convenience methods ({@link Methodology#load(java.nio.file.Path)},
 * {@link MethodologyBuilder#build()}) when a methodology is invalid (FMT-01..03, DEF-03, DEF-08,
 * …); carries every reason, each with its JSON path and rule.
 */
public final class InvalidMethodologyException extends SaruarException {
    private static final long serialVersionUID = 1L;
    private final transient List<Reason> reasons;

    /** An exception listing these reasons. */
    public InvalidMethodologyException(List<Reason> reasons) {
        super(reasons.size() + " problem(s) in the methodology:\n" + reasons.stream()
                .map(p -> "  " + p.describe(Language.EN)).collect(Collectors.joining("\n")));
        this.reasons = ImmutableList.copyOf(reasons);
    }

    /** Every reason the methodology was refused for, sorted by JSON path. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** The methodology of an accepted outcome, or this exception listing the reasons of a refusal. */
    static Methodology orThrow(kz.saruar.model.decision.Outcome<Methodology> outcome) {
        if (outcome.refused()) {
            throw new InvalidMethodologyException(outcome.reasons());
        }
        return outcome.orElseThrow();
    }
}
