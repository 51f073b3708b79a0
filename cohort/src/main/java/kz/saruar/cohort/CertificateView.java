package kz.saruar.cohort;

import java.time.LocalDate;
import kz.saruar.model.Arguments;

/**
 * A certificate the cohort issued (DEF-10, ACC-03): its kind, holder and period; the holder's
 * name comes from the personal data and reads {@code [erased]} after erasure.
 *
 * @param project the project's id
 * @param kind {@code PRE_ACCELERATION} or {@code ACCELERATION}
 * @param holder the holder's person id
 * @param holderName the holder's name, or {@code [erased]}
 * @param from the program's first day
 * @param to the program's last day
 */
public record CertificateView(String project, String kind, String holder, String holderName, LocalDate from,
        LocalDate to) {
    /** Refuses nulls. */
    public CertificateView {
        Arguments.nonNull("project", project, "kind", kind, "holder", holder, "holderName", holderName, "from", from,
                "to", to);
    }

    /** Redacts the holder's name. */
    @Override
    public String toString() {
        return "CertificateView[" + project + ", " + kind + ", " + holder + ", " + from + ".." + to + "]";
    }
}
