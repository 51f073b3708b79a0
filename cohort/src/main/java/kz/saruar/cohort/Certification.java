package kz.saruar.cohort;

import java.time.Instant;
import java.util.List;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.Participant;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.certificate.Certificate;
import kz.saruar.scoring.certificate.CertificateKind;
import kz.saruar.scoring.certificate.Certificates;

/**
 * The cohort's use of {@code scoring}'s certificates (DEF-10 pre-acceleration participation for
 * every defended project, passed or not; ACC-03 acceleration for graduates): who earns which, made
 * out to person ids. The one place that knows the certificate API.
 */
final class Certification {
    private Certification() {
    }

    static Outcome<CohortEvent> decide(CohortCommand.IssueCertificates c, String id, String name, Instant appliedAt,
            ProjectState state, List<PersonView> persons, List<CohortEvent.CertificatesIssued> issued, Methodology m) {
        CertificateKind kind;
        try {
            kind = CertificateKind.valueOf(c.kind());
        } catch (IllegalArgumentException e) {
            return Outcome.refused(CohortReason.UNKNOWN_CERTIFICATE_KIND.reason("$.kind", Figure.of("kind", c.kind())));
        }
        boolean earned = kind == CertificateKind.PRE_ACCELERATION
                ? state == ProjectState.DEFENDED || state == ProjectState.NOT_PASSED || state == ProjectState.IN_ACCELERATION
                        || state == ProjectState.GRADUATED || state == ProjectState.BRAND_AMBASSADOR
                : state == ProjectState.GRADUATED || state == ProjectState.BRAND_AMBASSADOR;
        if (!earned) {
            return Outcome.refused(CohortReason.CERTIFICATE_NOT_EARNED.reason("project:" + id, Figure.of("project", id),
                    Figure.of("state", state.name()), Figure.of("kind", kind.name())));
        }
        if (issued.stream().anyMatch(i -> i.kind().equals(kind.name()))) {
            return Outcome.refused(CohortReason.CERTIFICATES_ALREADY_ISSUED.reason("project:" + id,
                    Figure.of("project", id), Figure.of("kind", kind.name())));
        }
        List<Participant> team = persons.stream().map(p -> Participant.of(p.personId(), p.displayName())).toList();
        Project project = new Project(id, name, appliedAt, team, java.util.Optional.empty());
        List<Certificate> certs = kind == CertificateKind.PRE_ACCELERATION
                ? Certificates.preAcceleration(m, project, c.from(), c.to())
                : Certificates.acceleration(m, project, c.from(), c.to());
        return Outcome.accepted(new CohortEvent.CertificatesIssued(id, kind.name(), c.from(), c.to(),
                certs.stream().map(k -> k.holder().id()).toList()));
    }
}
