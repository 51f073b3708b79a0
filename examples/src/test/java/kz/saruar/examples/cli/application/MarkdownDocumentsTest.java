package kz.saruar.examples.cli.application;

import static org.assertj.core.api.Assertions.assertThat;

import kz.saruar.examples.cli.CliRunner;
import org.junit.jupiter.api.Test;

/** Markdown documents read as a person expects: a table ends where it ends, a certificate keeps its courses and date. */
class MarkdownDocumentsTest {
    private static final String SAMPLES = "src/main/resources/samples/";

    @Test
    void APP_03_the_application_forms_fields_after_the_team_table_are_not_table_rows() {
        String md = CliRunner.saruar("render", "APPLICATION_FORM", SAMPLES + "application.json", "--lang", "en",
                "--format", "md").out();
        int table = md.indexOf("|---|---|");
        int funding = md.indexOf("**Funding sources");
        assertThat(table).isPositive();
        assertThat(funding).isGreaterThan(table);
        assertThat(md.substring(table, funding)).contains("|\n\n");
    }

    @Test
    void DEF_10_the_regional_markdown_certificate_lists_the_courses_and_the_date() {
        for (String lang : new String[] {"kk", "ru"}) {
            String md = CliRunner.saruar("render", "PRE_ACCELERATION_CERTIFICATE", SAMPLES + "certificate.json",
                    "--lang", lang, "--format", "md").out();
            assertThat(md).as(lang).contains("2026-05-05").containsPattern("(?m)^- .+\\n- .+\\n- .+");
        }
    }
}
