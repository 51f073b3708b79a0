package kz.saruar.examples.cli.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.examples.cli.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ApplicationCommandsTest {
    @TempDir
    Path dir;

    private Path sample(String name) {
        return Samples.copy(name, dir);
    }

    private static CliRunner application(String... args) {
        return CliRunner.run(new CommandLine(new ApplicationCommand()), args);
    }

    @Test
    void APP_02_sample_application_passes_every_check_on_a_fixed_date() throws IOException {
        CliRunner r = application("check", sample("application.json").toString(), "--on", "2026-03-02", "--lang", "en");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("APP-02 AGE PASSED $.applicant").contains("APP-07").endsWith("PASSED\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("Айгүл").doesNotContain("1990-05-17");
    }

    @Test
    void APP_02_applicant_under_18_makes_check_exit_1_with_json_figures() throws IOException {
        Path p = sample("application.json");
        Files.writeString(p, Files.readString(p).replaceFirst("1990-05-17", "2010-01-01"));
        CliRunner r = application("check", p.toString(), "--on", "2026-03-02", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("\"accepted\" : false").contains("\"code\" : \"AGE\"").contains("\"age\" : \"16\"").contains("\"kk\"").contains("\"ru\"");
    }

    @Test
    void APP_03_bad_application_is_refused_with_path_and_rule_exit_1_and_broken_json_exit_2() throws IOException {
        Path p = sample("application.json");
        Files.writeString(p, Files.readString(p).replace("\"PILOT\"", "\"MOONSHOT\""));
        CliRunner r = application("check", p.toString(), "--lang", "ru");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("$.form.stageOfImplementation [APP-03]").contains("MOONSHOT");
        Files.writeString(p, "{\"form\": ");
        assertThat(application("check", p.toString()).exitCode()).isEqualTo(2);
        assertThat(application("check", dir.resolve("missing.json").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void MAT_02_diagnose_prints_stage_phase_problems_and_trajectory() throws IOException {
        CliRunner r = CliRunner.run(new CommandLine(new DiagnoseCommand()), sample("diagnostic-answers.json").toString(), "--lang", "en");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Lifecycle stage (MAT-02)").contains("Support phase (MAT-03)").contains("Table 1 stage")
                .contains("Team maturity level").contains("Draft individual trajectory");
        CliRunner j = CliRunner.run(new CommandLine(new DiagnoseCommand()), sample("diagnostic-answers.json").toString(), "--json");
        assertThat(j.out()).contains("\"trajectory\"").contains("BUSINESS_MODEL");
    }

    @Test
    void MAT_05_diagnose_refuses_unknown_question_with_its_path() throws IOException {
        Path p = sample("diagnostic-answers.json");
        Files.writeString(p, Files.readString(p).replaceFirst("\"MISSION\"", "\"MEANING_OF_LIFE\""));
        CliRunner r = CliRunner.run(new CommandLine(new DiagnoseCommand()), p.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("$.questionnaires[0].answers[0].question [MAT-05]");
    }

    @Test
    void DEF_10_render_writes_the_regional_certificate_and_the_built_in_one_without_plugins() throws IOException {
        Path data = sample("certificate.json");
        Path out = dir.resolve("cert.html");
        CliRunner r = CliRunner.run(new CommandLine(new RenderCommand()), "PRE_ACCELERATION_CERTIFICATE", data.toString(),
                "--lang", "kk", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("Алматы өңірлік жобалық кеңсесі").contains("480").contains("Жас қанат");
        CliRunner builtIn = CliRunner.run(new CommandLine(new RenderCommand()), "PRE_ACCELERATION_CERTIFICATE", data.toString(),
                "--lang", "en", "--format", "md", "--no-plugins");
        assertThat(builtIn.out()).startsWith("# Certificate").contains("480 academic hours");
    }

    @Test
    void APP_03_render_of_the_application_form_leaves_personal_data_out_unless_asked() throws IOException {
        Path app = sample("application.json");
        CliRunner r = CliRunner.run(new CommandLine(new RenderCommand()), "APPLICATION_FORM", app.toString(), "--lang", "kk",
                "--format", "md");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Жас қанат").doesNotContain("Айгүл").doesNotContain("+7 700");
        CliRunner with = CliRunner.run(new CommandLine(new RenderCommand()), "APPLICATION_FORM", app.toString(), "--lang", "kk",
                "--include-personal-data");
        assertThat(with.out()).contains("Айгүл");
    }

    @Test
    void PRE_04_render_of_unknown_kind_exits_1_and_unreadable_data_exits_2() throws IOException {
        Path data = sample("individual-plan.json");
        assertThat(CliRunner.run(new CommandLine(new RenderCommand()), "INDIVIDUAL_PLAN", data.toString(), "--lang", "ru").out())
                .contains("<td>Жоба жарғысы</td>");
        CliRunner r = CliRunner.run(new CommandLine(new RenderCommand()), "NO_SUCH", data.toString(), "--lang", "ru");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("INDIVIDUAL_PLAN");
        assertThat(CliRunner.run(new CommandLine(new RenderCommand()), "INDIVIDUAL_PLAN", dir.resolve("none.json").toString(),
                "--lang", "ru").exitCode()).isEqualTo(2);
    }
}
