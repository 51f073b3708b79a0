package kz.saruar.model.lifecycle;

import java.util.Objects;

/**
 * A recorded rejection (APP-12): the reason code, always kept for audit, and whether the
 * applicant is shown it.
 *
 * @param reasonCode the reason code
 * @param shownToApplicant whether the applicant sees the reason
 */
public record Rejection(String reasonCode, boolean shownToApplicant) {
    /** Refuses null. */
    public Rejection {
        Objects.requireNonNull(reasonCode, "reasonCode");
    }
}
