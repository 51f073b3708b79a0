package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import kz.saruar.model.Language;
import kz.saruar.model.SaruarException;

/** Thrown only by {@link Outcome#orElseThrow()} when a caller insists on a refused scoring step (DEF-03..10). */
public final class RefusedException extends SaruarException {
    private static final long serialVersionUID = 1L;
    private final transient List<Refusal> refusals;

    /** An exception listing these refusals. */
    public RefusedException(List<Refusal> refusals) {
        super(refusals.size() + " reason(s) for refusal:\n" + refusals.stream()
                .map(r -> "  " + r.describe(Language.EN)).collect(Collectors.joining("\n")));
        this.refusals = ImmutableList.copyOf(refusals);
    }

    /** Every reason. */
    public List<Refusal> refusals() {
        return refusals;
    }
}
