package kz.saruar.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.certificate.Certificate;
import kz.saruar.scoring.certificate.Certificates;
import kz.saruar.scoring.render.MarkdownProtocolRenderer;
import kz.saruar.scoring.render.ProtocolJson;
import org.junit.jupiter.api.Test;

/** The Java example of docs/scoring.md, kept compiling and true. */
class DocsExampleTest {

    @Test
    void the_documented_example_runs_as_written() {
        Methodology m = Methodology.standard();
        Panel panel = Panel.of(List.of(
                Juror.of("O1", "ORGANIZER"), Juror.of("O2", "ORGANIZER"),
                Juror.of("E1", "EXTERNAL_EXPERT"), Juror.of("E2", "EXTERNAL_EXPERT"), Juror.of("E3", "EXTERNAL_EXPERT"),
                Juror.of("F1", "PUBLIC_FIGURE"), Juror.of("F2", "PUBLIC_FIGURE")));
        Project library = Project.of("P1", "Village library", Instant.parse("2020-06-01T04:00:00Z"))
                .withTeam(List.of(Participant.of("u1", "Aigerim")))
                .withMentorExpert("E3");

        DefenseSession session = DefenseSession.open(m, panel, List.of(library)).orElseThrow();
        List<ScoreSheet> sheets = new ArrayList<>();
        for (String juror : List.of("O1", "O2", "E1", "E2", "F1", "F2")) {
            sheets.add(ScoreSheet.of(juror, "P1", Map.of("SOCIAL_EFFECT", 3, "PROGRAM_ALIGNMENT", 2,
                    "SUSTAINABILITY", 2, "TEAM_CAPABILITY", 3, "EXPERT_RATING", 2)));
        }
        BatchSubmission batch = session.submitAll(sheets);
        assertThat(batch.reasons()).isEmpty();

        Outcome<DefenseProtocol> outcome = batch.session().protocol(LocalDate.of(2020, 11, 20));
        assertThat(outcome).isNotInstanceOf(Outcome.Refused.class);
        DefenseProtocol protocol = outcome.orElseThrow();
        ProjectDecision d = protocol.decision("P1").orElseThrow();
        assertThat(d.rawTotal()).isEqualTo(72);
        assertThat(d.total()).isEqualTo(84);
        assertThat(d.band().code()).isEqualTo("MEDIUM");
        assertThat(d.passed()).isTrue();
        assertThat(ProtocolJson.toJson(protocol)).contains("\"total\" : 84");
        assertThat(new MarkdownProtocolRenderer().render(protocol, Language.KK)).contains("84*");
        assertThat(d.explanation().get(Language.RU)).contains("пересчитано пропорционально");
        List<Certificate> certificates = Certificates.forDefense(m, protocol,
                LocalDate.of(2020, 9, 1), LocalDate.of(2020, 11, 20));
        assertThat(certificates).singleElement().satisfies(c -> assertThat(c.academicHours()).contains(480));
    }
}
