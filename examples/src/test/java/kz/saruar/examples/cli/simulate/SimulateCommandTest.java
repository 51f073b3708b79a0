package kz.saruar.examples.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import kz.saruar.examples.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saruar simulate}: the README's first command, the 2020 cohort simulated (docs/simulation.md). */
class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void SECTION_11_prints_the_funnel_with_its_rules_and_writes_the_report() throws Exception {
        Path out = dir.resolve("saruar-report.html");
        CliRunner r = CliRunner.saruar("simulate", "--out", out.toString(), "--lang", "kk");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("KIOR_2020", "Өтінімдер", "[APP-01, APP-02", "[DEF-06, DEF-11, DEF-12, ACC-01]",
                "[EXT-02]", "тоқтатқандар: {");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"kk\">", "<svg").doesNotContain("<script");
    }

    @Test
    void json_csv_and_compare_show_the_same_applicants_under_two_methodologies() throws Exception {
        Path other = dir.resolve("seventy.json");
        Files.writeString(other, "{\"basedOn\":\"standard\",\"id\":\"SEVENTY\",\"defense\":{\"passThreshold\":70}}");
        Path csv = dir.resolve("csv");
        CliRunner r = CliRunner.saruar("simulate", "--json", "--out", dir.resolve("r.html").toString(), "--compare",
                other.toString(), "--csv", csv.toString(), "--seed", "7");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode decision = new ObjectMapper().readTree(r.out());
        assertThat(decision.get("accepted").asBoolean()).isTrue();
        JsonNode json = decision.get("value");
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("funnel")).hasSize(5);
        assertThat(json.get("compare").get("other").asText()).isEqualTo("SEVENTY");
        assertThat(json.get("compare").get("baseFunnel").get(0).get("count").asInt())
                .isEqualTo(json.get("compare").get("otherFunnel").get(0).get("count").asInt());
        // "not stopped" is an absent field for programs, never the page's dash
        assertThat(json.get("compare").toString()).doesNotContain("—");
        assertThat(csv.resolve("funnel.csv")).exists();
        assertThat(csv.resolve("compare.csv")).exists();
        String funnel = Files.readString(csv.resolve("funnel.csv"), StandardCharsets.UTF_8);
        assertThat(funnel).contains("Applications,120");
    }

    @Test
    void an_invalid_comparison_methodology_is_refused_with_exit_1() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"basedOn\":\"standard\",\"id\":\"BAD\",\"defense\":{\"passThreshold\":200}}");
        CliRunner r = CliRunner.saruar("simulate", "--compare", bad.toString(), "--out", dir.resolve("x.html").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("DEF-06");
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    @Test
    void FMT_01_an_output_that_cannot_be_written_is_refused_before_anything_is_simulated_or_written() throws Exception {
        Path aFile = Files.writeString(dir.resolve("afile"), "x");
        Path out = dir.resolve("o.html");
        CliRunner csvOnFile = CliRunner.saruar("simulate", "--lang", "en", "--csv", aFile.toString(), "--out", out.toString());
        assertThat(csvOnFile.exitCode()).isEqualTo(2);
        assertThat(csvOnFile.err()).contains("--csv", "a file, not a directory");
        assertThat(out).as("nothing half-written").doesNotExist();

        Path cohort = dir.resolve("c1");
        CliRunner underAFile = CliRunner.saruar("simulate", "--lang", "ru", "--out", aFile.resolve("x.html").toString(),
                "--cohort", cohort.toString());
        assertThat(underAFile.exitCode()).isEqualTo(2);
        assertThat(underAFile.err()).contains("--out", "это файл, а не каталог");
        assertThat(cohort).as("no cohort kept for a refused command").doesNotExist();
        CliRunner cohortUnderAFile = CliRunner.saruar("simulate", "--lang", "en", "--cohort", aFile.resolve("sub").toString(),
                "--out", out.toString());
        assertThat(cohortUnderAFile.exitCode()).isEqualTo(2);
        assertThat(cohortUnderAFile.err()).contains("--cohort", "a file, not a directory");

        CliRunner outIsDir = CliRunner.saruar("simulate", "--lang", "kk", "--json", "--out", dir.toString());
        assertThat(outIsDir.exitCode()).isEqualTo(2);
        JsonNode reason = new ObjectMapper().readTree(outIsDir.out()).get("reasons").get(0);
        assertThat(reason.get("subject").asText()).isEqualTo("--out");
        assertThat(reason.get("code").asText()).isEqualTo("FILE_UNWRITABLE");

        CliRunner cohortOnFile = CliRunner.saruar("simulate", "--lang", "en", "--cohort", aFile.toString(), "--out",
                out.toString());
        assertThat(cohortOnFile.exitCode()).isEqualTo(2);
        assertThat(cohortOnFile.err()).contains("--cohort", "a file, not a directory");
        assertThat(out).doesNotExist();

        // a table that fails after the page's draft was written: refused, and neither page nor draft is left
        Path tables = Files.createDirectories(dir.resolve("tables/funnel.csv")).getParent();
        CliRunner tableFails = CliRunner.saruar("simulate", "--lang", "en", "--csv", tables.toString(), "--out",
                out.toString(), "--applications", "20");
        assertThat(tableFails.exitCode()).isEqualTo(2);
        assertThat(tableFails.err()).contains("--csv");
        assertThat(out).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no draft left").noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void FMT_01_a_report_written_through_a_link_replaces_the_linked_file_and_keeps_its_permissions() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path page = Files.writeString(site.resolve("report.html"), "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(page, shared);
        Path link = Files.createSymbolicLink(dir.resolve("latest.html"), dir.relativize(page));

        CliRunner r = CliRunner.saruar("simulate", "--out", link.toString(), "--applications", "20");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(Files.getPosixFilePermissions(page)).isEqualTo(shared);
        try (var left = Files.list(site)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void the_report_may_go_into_the_folder_the_kept_cohort_creates() throws Exception {
        Path cohort = dir.resolve("run1");
        CliRunner r = CliRunner.saruar("simulate", "--cohort", cohort.toString(), "--out", cohort.resolve("report.html").toString(),
                "--applications", "20");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(cohort.resolve("report.html")).exists();
        assertThat(cohort.resolve("journal")).isDirectory();
    }
}
