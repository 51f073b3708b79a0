package kz.saruar.community.matching;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.decision.Reason;

/**
 * Why an expert is not suggested for a project (HUB-01): every reason, e.g. a conflict of interest,
 * a full month, no common language, a declined pair.
 *
 * @param expert  the expert's identifier
 * @param reasons every reason, at least one
 */
public record Exclusion(String expert, List<Reason> reasons) {
    /** Refuses nulls and an empty list. */
    public Exclusion {
        Objects.requireNonNull(expert, "expert");
        reasons = ImmutableList.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an exclusion needs a reason");
        }
    }
}
