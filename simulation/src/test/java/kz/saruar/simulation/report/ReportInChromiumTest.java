package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
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
        for (Element svg : parsed.select("svg.chart")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title")).as("chart title").isNotNull();
            assertThat(svg.closest("section").select("table th")).as("table fallback").isNotEmpty();
        }

        Document rendered = Jsoup.parse(chromium(file, "--dump-dom"));
        List<String> charts = rendered.select("svg.chart").eachAttr("data-chart");
        assertThat(charts).containsExactly("funnel", "scores", "jurors", "calendar", "consultations", "liftcoin",
                "directions", "compare");
        for (Element svg : rendered.select("svg.chart")) {
            assertThat(svg.select("rect, path").size()).as("shapes in " + svg.attr("data-chart")).isGreaterThan(10);
            assertThat(svg.select("text").size()).as("axis labels in " + svg.attr("data-chart")).isGreaterThan(3);
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

        Path png = OUT.resolve("saruar-report-" + lang.tag() + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(file, "--screenshot=" + png, "--window-size=1200,3000");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("screenshot " + png).isNotNull();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 235 || ((rgb >> 8) & 0xff) < 235 || (rgb & 0xff) < 235) {
                    ink++;
                }
            }
        }
        double share = ink / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
        assertThat(share).as("share of non-white pixels in " + png).isGreaterThan(0.03);
    }

    static String chromium(Path file, String... args) throws Exception {
        return Chromium.run(file, args);
    }
}
