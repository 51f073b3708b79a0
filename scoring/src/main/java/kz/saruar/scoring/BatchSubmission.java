package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The result of submitting many score sheets at once (DEF-04): the session with every accepted
 * sheet, how many were accepted, and every reason a sheet was refused.
 *
 * @param session the session after the accepted sheets
 * @param accepted how many sheets were accepted
 * @param refusals the reasons for every refused sheet (a sheet may have several)
 */
public record BatchSubmission(DefenseSession session, int accepted, List<Refusal> refusals) {
    /** Refuses nulls and copies the list. */
    public BatchSubmission {
        Objects.requireNonNull(session, "session");
        refusals = ImmutableList.copyOf(Objects.requireNonNull(refusals, "refusals"));
    }
}
