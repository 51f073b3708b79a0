package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.decision.Reason;

/**
 * The result of submitting many score sheets at once (DEF-04): the session with every accepted
 * sheet, how many were accepted, and every reason a sheet was refused.
 *
 * @param session the session after the accepted sheets
 * @param accepted how many sheets were accepted
 * @param reasons the reasons for every refused sheet (a sheet may have several)
 */
public record BatchSubmission(DefenseSession session, int accepted, List<Reason> reasons) {
    /** Refuses nulls and copies the list. */
    public BatchSubmission {
        Objects.requireNonNull(session, "session");
        reasons = ImmutableList.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }
}
