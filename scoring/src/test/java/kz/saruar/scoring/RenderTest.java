package kz.saruar.scoring;

import static kz.saruar.scoring.Fixtures.DATE;
import static kz.saruar.scoring.Fixtures.everyone;
import static kz.saruar.scoring.Fixtures.project;
import static kz.saruar.scoring.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.scoring.render.HtmlProtocolRenderer;
import kz.saruar.scoring.render.MarkdownProtocolRenderer;
import kz.saruar.scoring.render.ProtocolJson;
import org.junit.jupiter.api.Test;

/** DEF-09: the protocol as JSON, Markdown and HTML. */
class RenderTest {
    private static DefenseProtocol protocol() {
        Project risky = Project.of("P2", "<script>alert(1)</script> & co", Fixtures.T0).withMentorExpert("E1");
        return session(List.of(project("P1", 0), risky)).submitAll(everyone("P1", 3)).session()
                .submitAll(everyone("P2", 2)).session().protocol(DATE).orElseThrow();
    }

    @Test
    void DEF_09_the_protocol_is_always_available_as_json() throws Exception {
        JsonNode n = new ObjectMapper().readTree(ProtocolJson.toJson(protocol()));
        assertThat(n.path("date").asText()).isEqualTo("2020-11-20");
        assertThat(n.path("passing").toString()).isEqualTo("[\"P1\"]");
        assertThat(n.path("ranking").get(0).path("criterionSums").path("SOCIAL_EFFECT").asInt()).isEqualTo(21);
        assertThat(n.path("ranking").get(1).path("total").asInt()).isEqualTo(70);
        assertThat(n.path("ranking").get(1).path("prorated").asBoolean()).isTrue();
        assertThat(n.path("recusals").get(0).path("jurorId").asText()).isEqualTo("E1");
        assertThat(n.path("rejectedSheets").get(0).path("code").asText()).isEqualTo("CONFLICT_MENTOR");
        assertThat(n.path("ranking").get(0).path("explanation").path("kk").asText()).contains("жиынтық 105");
        assertThat(n.path("jurors").size()).isEqualTo(7);
    }

    @Test
    void DEF_09_the_protocol_renders_to_markdown_and_escaped_html_in_each_language() {
        DefenseProtocol p = protocol();
        String md = new MarkdownProtocolRenderer().render(p, Language.RU);
        assertThat(md).startsWith("# Протокол решения жюри (DEF-09)").contains("| 1 | Project P1 (P1) | 105 |")
                .contains("Самоотводы");
        String html = new HtmlProtocolRenderer().render(p, Language.KK);
        assertThat(html).contains("<html lang=\"kk\">").contains("&lt;script&gt;").doesNotContain("<script>")
                .contains("Қазылар алқасы шешімінің хаттамасы");
        assertThat(new HtmlProtocolRenderer().mediaType()).isEqualTo("text/html");
    }
}
