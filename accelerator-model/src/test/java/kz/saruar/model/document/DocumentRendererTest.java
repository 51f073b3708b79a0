package kz.saruar.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.ImplementationStage;
import kz.saruar.model.application.PersonalData;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.application.ProjectForm;
import kz.saruar.model.application.TeamMember;
import kz.saruar.model.application.VolunteerInvolvement;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.spi.document.TemplateFormat;
import org.junit.jupiter.api.Test;

class DocumentRendererTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final DocumentRenderer R = DocumentRenderer.of(TemplateRegistry.builder().withoutDiscovery().build(),
            Methodology.standard());

    private static ProjectApplication application(String projectName) {
        PersonalData lead = new PersonalData("Асан Үсенов", Optional.of("+7 777 123 45 67"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("KZ"));
        return ProjectApplication.of("NGO", lead, ProjectForm.of(projectName, "EDUCATION", "Мақсат", "Сипаттама",
                ImplementationStage.IDEA, VolunteerInvolvement.NONE), List.of(new TeamMember(lead, "лидер", "5 жыл")));
    }

    @Test
    void APP_03_project_named_script_renders_inert_in_html_and_markdown() {
        Map<String, Object> data = DocumentData.of(application(SCRIPT), PersonalDataPolicy.OMIT);
        for (Language l : Language.values()) {
            String html = R.render("APPLICATION_FORM", l, TemplateFormat.HTML, data).orElseThrow().text();
            assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            String md = R.render("APPLICATION_FORM", l, TemplateFormat.MARKDOWN, data).orElseThrow().text();
            assertThat(md).doesNotContain("<script").contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
        }
    }

    @Test
    void APP_03_markdown_user_text_cannot_add_headings_links_or_table_rows() {
        Map<String, Object> data = Map.of("rows", List.of(Map.of("task", "x |\n# Heading\n[link](javascript:alert(1))")));
        String md = R.render("INDIVIDUAL_PLAN", Language.RU, TemplateFormat.MARKDOWN, data).orElseThrow().text();
        assertThat(md).contains("x \\|<br># Heading<br>\\[link\\]\\(javascript:alert\\(1\\)\\)")
                .doesNotContain("\n# Heading");
        assertThat(Escapers.markdown("# Title")).isEqualTo("\\# Title");
        assertThat(Escapers.markdown("- item")).isEqualTo("\\- item");
        assertThat(Escapers.markdown("2020. year")).isEqualTo("2020\\. year");
        assertThat(Escapers.markdown("Нұр-Сұлтан, 2026-06-01.")).isEqualTo("Нұр-Сұлтан, 2026-06-01.");
    }

    @Test
    void APP_03_form_leaves_personal_data_out_unless_asked() {
        String omitted = R.render("APPLICATION_FORM", Language.KK, TemplateFormat.HTML,
                DocumentData.of(application("Жоба"), PersonalDataPolicy.OMIT)).orElseThrow().text();
        assertThat(omitted).doesNotContain("Асан").doesNotContain("+7 777").contains("Жоба");
        String included = R.render("APPLICATION_FORM", Language.KK, TemplateFormat.HTML,
                DocumentData.of(application("Жоба"), PersonalDataPolicy.INCLUDE)).orElseThrow().text();
        assertThat(included).contains("Асан Үсенов").contains("+7 777 123 45 67");
    }

    @Test
    void DEF_10_certificate_states_the_methodologys_academic_hours_in_each_language() {
        Map<String, Object> data = Map.of("participant", "Әлия", "project", "Жас қанат", "periodFrom", "2026-03-01",
                "periodTo", "2026-04-30");
        for (Language l : Language.values()) {
            RenderedDocument d = R.render("PRE_ACCELERATION_CERTIFICATE", l, TemplateFormat.HTML, data).orElseThrow();
            assertThat(d.text()).contains("480").contains("Әлия").contains("Жас қанат").contains("lang=\"" + l.tag() + "\"");
            assertThat(d.source()).isEqualTo(BuiltInTemplates.NAME);
        }
        assertThat(Methodology.standard().defense().certificateAcademicHours()).isEqualTo(480);
    }

    @Test
    void DEF_11_application_to_acceleration_states_the_three_days() {
        String t = R.render("APPLICATION_TO_ACCELERATION", Language.RU, TemplateFormat.MARKDOWN,
                Map.of("project", "П", "defenseDate", "2026-06-01", "documents", List.of("Устав проекта"))).orElseThrow().text();
        assertThat(t).contains("в течение 3 дней").contains("2026-06-01").contains("Устав проекта");
    }

    @Test
    void PRE_04_EXP_04_DEF_09_EXT_03_documents_render_their_rows() {
        assertThat(R.render("INDIVIDUAL_PLAN", Language.KK, TemplateFormat.HTML,
                Map.of("rows", List.of(Map.of("task", "Жарғы", "deadline", "2026-03-15")))).orElseThrow().text())
                .contains("<td>Жарғы</td>").contains("<td>2026-03-15</td>");
        assertThat(R.render("MENTOR_MONTHLY_REPORT", Language.EN, TemplateFormat.MARKDOWN,
                Map.of("period", "March", "rows", List.of(Map.of("planItem", "WBS", "dynamics", "done")))).orElseThrow().text())
                .contains("| WBS |").contains("| done |");
        assertThat(R.render("DEFENSE_PROTOCOL", Language.RU, TemplateFormat.HTML,
                Map.of("projects", List.of(Map.of("project", "A", "total", "80", "band", "MEDIUM")))).orElseThrow().text())
                .contains("<td>80</td>").contains("75");
        assertThat(R.render("STRATEGIC_PARTNERSHIP_PLAN", Language.KK, TemplateFormat.HTML,
                Map.of("rows", List.of(Map.of("partner", "ҚДИ")))).orElseThrow().text()).contains("<td>ҚДИ</td>");
        assertThat(R.render("REGIONAL_WORK_PLAN", Language.RU, TemplateFormat.MARKDOWN,
                Map.of("rows", List.of(Map.of("activity", "Форум")))).orElseThrow().text()).contains("| Форум |");
        assertThat(R.render("AMBASSADOR_COMMUNITY_PROGRAM", Language.EN, TemplateFormat.HTML,
                Map.of("rows", List.of(Map.of("audience", "youth")))).orElseThrow().text()).contains("<td>youth</td>");
    }

    @Test
    void an_unknown_kind_renders_nothing() {
        assertThat(R.render("NO_SUCH_DOCUMENT", Language.KK, TemplateFormat.HTML, Map.of())).isEmpty();
    }

    @Test
    void document_data_refuses_what_is_not_an_object() {
        assertThat(DocumentData.fromJson("[1]").accepted()).isFalse();
        assertThat(DocumentData.fromJson("{").accepted()).isFalse();
        assertThat(DocumentData.fromJson("{\"a\": [1, true, null]}").accepted()).isTrue();
        assertThat(ApplicationJson.write(application("x"), PersonalDataPolicy.OMIT)).doesNotContain("Асан");
    }
}
