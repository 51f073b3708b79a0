package kz.saruar.scoring;

import static kz.saruar.scoring.Fixtures.DATE;
import static kz.saruar.scoring.Fixtures.everyone;
import static kz.saruar.scoring.Fixtures.project;
import static kz.saruar.scoring.Fixtures.session;
import static kz.saruar.scoring.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.scoring.ambassador.AmbassadorAssessment;
import kz.saruar.scoring.ambassador.Finding;
import kz.saruar.scoring.certificate.Certificate;
import kz.saruar.scoring.certificate.CertificateKind;
import kz.saruar.scoring.certificate.Certificates;
import org.junit.jupiter.api.Test;

/** DEF-10, ACC-03 and EXT-02 by example. */
class CertificatesAndAmbassadorTest {
    private static final LocalDate FROM = LocalDate.of(2020, 9, 1);

    @Test
    void DEF_10_every_defense_participant_receives_a_480_hour_certificate_with_project_period_and_programs() {
        Project a = project("P1", 0).withTeam(List.of(Participant.of("u1", "Aigerim"), Participant.of("u2", "Dias")));
        Project b = project("P2", 1);
        DefenseProtocol protocol = session(List.of(a, b)).submitAll(everyone("P1", 3)).session()
                .submitAll(everyone("P2", 1)).session().protocol(DATE).orElseThrow();
        List<Certificate> certs = Certificates.forDefense(standard(), protocol, FROM, DATE);
        assertThat(certs).hasSize(3);
        assertThat(certs).extracting(c -> c.holder().name()).containsExactly("Aigerim", "Dias", "Project P2");
        Certificate c = certs.get(0);
        assertThat(c.kind()).isEqualTo(CertificateKind.PRE_ACCELERATION);
        assertThat(c.rule()).isEqualTo(RuleId.of("DEF-10"));
        assertThat(c.academicHours()).contains(480);
        assertThat(c.projectName()).isEqualTo("Project P1");
        assertThat(c.from()).isEqualTo(FROM);
        assertThat(c.to()).isEqualTo(DATE);
        assertThat(c.programs()).hasSize(3);
        assertThat(c.text(Language.RU)).contains("Академических часов: 480").contains("Сертификат");
        assertThat(c.text(Language.EN)).contains("Basic course on project management");
    }

    @Test
    void ACC_03_each_team_member_gets_a_certificate_of_acceleration() {
        Project a = project("P1", 0).withTeam(List.of(Participant.of("u1", "Aigerim")));
        List<Certificate> certs = Certificates.acceleration(standard(), a, FROM, FROM.plusMonths(4));
        assertThat(certs).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CertificateKind.ACCELERATION);
            assertThat(c.rule()).isEqualTo(RuleId.of("ACC-03"));
            assertThat(c.academicHours()).isEmpty();
            assertThat(c.title().get(Language.EN)).isEqualTo("Certificate of participation in acceleration");
        });
    }

    private static List<Finding> findings(boolean lastMet) {
        List<CatalogEntry> criteria = standard().exit().ambassadorCriteria();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            boolean met = i < criteria.size() - 1 || lastMet;
            out.add(new Finding(criteria.get(i).code(), met, "evidence " + i));
        }
        return out;
    }

    @Test
    void EXT_02_a_recommendation_only_when_all_eight_criteria_are_met() {
        assertThat(standard().exit().ambassadorCriteria()).hasSize(8);
        AmbassadorAssessment all = AmbassadorAssessment.assess(standard(), "P1", "EXP1", DATE, findings(true))
                .orElseThrow();
        assertThat(all.findings()).hasSize(8);
        assertThat(all.recommendation()).hasValueSatisfying(r -> assertThat(r.text().get(Language.EN))
                .contains("recommends it to KIOR"));
        AmbassadorAssessment seven = AmbassadorAssessment.assess(standard(), "P1", "EXP1", DATE, findings(false))
                .orElseThrow();
        assertThat(seven.recommendation()).isEmpty();
        assertThat(seven.unmet()).containsExactly("INCLUSION_MENTORING_VOLUNTEERING");
        assertThat(seven.findings().get(7).justification()).isEqualTo("evidence 7");
    }

    @Test
    void EXT_02_an_incomplete_or_unjustified_assessment_is_refused_with_every_reason() {
        List<Finding> f = new ArrayList<>(findings(true).subList(1, 8));
        f.add(Finding.met("READINESS_TO_SCALE", "again"));
        f.add(Finding.notMet("CHARISMA", " "));
        Outcome<AmbassadorAssessment> o = AmbassadorAssessment.assess(standard(), "P1", "EXP1", DATE, f);
        assertThat(o.reasons()).extracting(Reason::code).containsExactlyInAnyOrder(
                "AMBASSADOR_CRITERION_TWICE", "AMBASSADOR_CRITERION_UNKNOWN",
                "AMBASSADOR_JUSTIFICATION_BLANK", "AMBASSADOR_CRITERION_MISSING");
        assertThat(o.reasons()).allMatch(r -> r.rule().equals(RuleId.of("EXT-02")));
    }
}
