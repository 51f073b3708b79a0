package kz.saruar.model.decision;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import kz.saruar.model.Language;
import kz.saruar.model.SaruarException;

/**
 * Thrown by {@link Outcome#orElseThrow()} for callers that treat a refusal as a bug; it carries
 * every reason.
 */
public class RefusedException extends SaruarException {
    private static final long serialVersionUID = 1L;

    private final transient List<Reason> reasons;

    /** An exception listing these reasons. */
    public RefusedException(List<Reason> reasons) {
        super("refused: " + Objects.requireNonNull(reasons, "reasons").stream()
                .map(r -> r.describe(Language.EN)).collect(Collectors.joining("; ")));
        this.reasons = ImmutableList.copyOf(reasons);
    }

    /** The reasons of the refusal. */
    public List<Reason> reasons() {
        return reasons;
    }
}
