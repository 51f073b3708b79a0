package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report as a person sees it: written in each language, parsed by jsoup's HTML parser with
 * error tracking, loaded in headless Chromium (the rendered DOM must hold the charts and the
 * numbers of the JSON summary) and photographed (the PNG must not be blank; it stays under
 * target/report/ for a reviewer). Fails, never skips, when Chromium is missing.
 */
class ReportInChromiumTest {
    private static final Path OUT = Path.of("target", "report");
    private static Simulation simulation;

    @BeforeAll
    static void simulate() throws IOException {
        Methodology standard = Methodology.standard();
        Methodology seventy = standard.toBuilder().id("THRESHOLD_70").passThreshold(70).build();
        simulation = Simulation.simulate(standard, Optional.of(seventy), SimulationParameters.calibrated2020(), 2020,
                120, 5);
        Files.createDirectories(OUT);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @Execution(ExecutionMode.CONCURRENT) // the languages' Chromium launches overlap; each writes its own files
    void the_report_renders_in_headless_Chromium_with_every_chart_and_the_summary_numbers(Language lang) throws Exception {
        String html = HtmlReport.render(simulation, lang);
        Path file = OUT.resolve("saruar-report-" + lang.tag() + ".html").toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        JsonNode summary = SummaryJson.tree(simulation, lang);

        // A real parser with error tracking: the markup is well-formed HTML5.
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document parsed = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        assertThat(parsed.documentType()).isNotNull();
        assertThat(parsed.selectFirst("html").attr("lang")).isEqualTo(lang.tag());
        assertThat(parsed.select("script")).as("no script").isEmpty();
        assertThat(parsed.select("[src], link[href]")).as("nothing loaded from elsewhere").isEmpty();
        assertThat(parsed.select("svg.chart")).hasSize(8);
        // FMT-03: the tables name directions, bands and jury seats in the report's language, not by code
        Methodology standard = Methodology.standard();
        String inclusive = standard.directions().stream().filter(d -> d.code().equals("INCLUSIVE_SOCIETY")).findFirst()
                .orElseThrow().name().get(lang);
        String organizer = standard.scoring().jury().seats().stream().filter(x -> x.role().equals("ORGANIZER"))
                .findFirst().orElseThrow().name().get(lang);
        assertThat(parsed.select("#directions table").text()).contains(inclusive).doesNotContain("INCLUSIVE_SOCIETY");
        assertThat(parsed.select("#jurors table").text()).contains(organizer).doesNotContain(" ORGANIZER");
        for (Element svg : parsed.select("svg.chart")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title")).as("chart title").isNotNull();
            assertThat(svg.closest("section").select("table th")).as("table fallback").isNotEmpty();
        }

        Path png = OUT.resolve("saruar-report-" + lang.tag() + ".png").toAbsolutePath();
        Document rendered = Jsoup.parse(Chromium.domAndScreenshot(file, png));
        List<String> charts = rendered.select("svg.chart").eachAttr("data-chart");
        assertThat(charts).containsExactly("funnel", "scores", "jurors", "calendar", "consultations", "liftcoin",
                "directions", "compare");
        for (Element svg : rendered.select("svg.chart")) {
            assertThat(svg.select("rect, path").size()).as("shapes in " + svg.attr("data-chart")).isGreaterThanOrEqualTo(8);
            assertThat(svg.select("text").size()).as("axis labels in " + svg.attr("data-chart")).isGreaterThan(3);
            // a vertical axis's label is rotated text a screen reader reads, not glyph outlines
            assertThat(svg.select("path").eachAttr("d")).as("no glyph outlines in " + svg.attr("data-chart"))
                    .allSatisfy(d -> assertThat(d).doesNotContain("Q"));
        }
        // the bars' categories carry whole stage and direction names, never cut ("Completed pre-acceleratio…")
        for (String chart : List.of("funnel", "directions")) {
            String labels = rendered.select("svg.chart[data-chart=" + chart + "] text").text();
            assertThat(labels).as("labels of " + chart).doesNotContain("…").doesNotContain("...");
        }
        // its lines joined again (a line may end after a hyphen: "pre-" / "acceleration")
        String funnelLabels = String.join(" ", rendered.select("svg.chart[data-chart=funnel] text").eachText())
                .replace("- ", "-");
        for (JsonNode stage : summary.get("funnel")) {
            assertThat(funnelLabels).as("the funnel chart's stages").contains(stage.get("name").asText());
        }
        for (String chart : List.of("funnel", "scores", "jurors")) {
            assertThat(rendered.select("svg.chart[data-chart=" + chart + "] g[transform^=matrix(0.0,-1.0] > text"))
                    .as("the vertical axis label of " + chart).isNotEmpty();
        }
        List<String> shown = rendered.select("#summary li .n").eachAttr("data-count");
        List<String> json = new ArrayList<>();
        summary.get("funnel").forEach(s -> json.add(s.get("count").asText()));
        assertThat(shown).isEqualTo(json);
        Element funnelTable = rendered.getElementById("table-funnel");
        for (JsonNode s : summary.get("funnel")) {
            assertThat(funnelTable.text()).contains(s.get("name").asText() + " " + s.get("count").asText());
        }
        assertThat(rendered.getElementById("table-scores").select("tbody tr"))
                .hasSize(summary.get("defense").get("defended").asInt());
    }
}
