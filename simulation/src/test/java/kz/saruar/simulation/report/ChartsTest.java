package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartsTest {
    /** Two runs and a what-if, so that every chart (the funnel's spread, the comparison) is drawn. */
    private static Simulation simulation;

    @BeforeAll
    static void simulate() {
        simulation = twoRunsWithWhatIf();
    }

    /** Seed 2020's cohort over two runs beside a threshold of 70, so that every chart is drawn. */
    static Simulation twoRunsWithWhatIf() {
        Methodology standard = Methodology.standard();
        Methodology seventy = standard.toBuilder().id("THRESHOLD_70").passThreshold(70).build();
        return Simulation.simulate(standard, Optional.of(seventy), SimulationParameters.calibrated2020(), 2020, 120, 2);
    }

    /** Every chart of the report on {@code simulation} (which has a what-if) by its id, drawn in this language. */
    static Map<String, String> charts(Simulation simulation, Language lang) {
        CohortRun r = simulation.detail();
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("funnel", Charts.funnel(simulation, lang));
        charts.put("scores", Charts.scores(r, lang));
        charts.put("jurors", Charts.jurors(r, lang));
        charts.put("calendar", Charts.calendar(r, lang));
        charts.put("consultations", Charts.consultations(r, lang));
        charts.put("market", Charts.market(r, lang));
        charts.put("directions", Charts.directions(r, lang));
        charts.put("compare", Charts.compare(simulation.comparison().orElseThrow(), lang));
        return charts;
    }

    @Test
    void every_chart_has_a_viewBox_of_its_own_size_so_that_a_narrow_page_scales_it_instead_of_cropping_it() {
        Pattern open = Pattern.compile("<svg[^>]*?width='([0-9.]+)' height='([0-9.]+)'[^>]*?viewBox='([^']*)'");
        charts(simulation, Language.RU).forEach((id, svg) -> {
            Matcher m = open.matcher(svg.substring(0, svg.indexOf('>') + 1));
            assertThat(m.find()).as("width, height and viewBox of " + id).isTrue();
            double[] box = Arrays.stream(m.group(3).trim().split("[ ,]+")).mapToDouble(Double::parseDouble).toArray();
            assertThat(box).as("viewBox of " + id)
                    .containsExactly(0, 0, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        });
    }

    @Test
    void CAT_02_two_directions_with_one_name_are_two_bars_of_the_direction_chart() {
        CohortRun run = Simulation.simulate(Methodology.standard(), Optional.empty(), SimulationParameters.calibrated2020(),
                2020, 120, 1).detail();
        List<String> codes = new ArrayList<>(run.byDirection().keySet());
        assertThat(codes).hasSizeGreaterThanOrEqualTo(2);
        // an adapted methodology may name two directions alike; their codes still differ
        Map<String, LocalizedText> names = new LinkedHashMap<>(run.names());
        LocalizedText same = LocalizedText.of("Бір атау", "Одно имя", "One name");
        names.put(CohortRun.Named.DIRECTION.key(codes.get(0)), same);
        names.put(CohortRun.Named.DIRECTION.key(codes.get(1)), same);
        CohortRun alike = new CohortRun(run.methodologyId(), run.seed(), run.funnel(), run.projects(), run.scores(),
                run.passThreshold(), run.minTotal(), run.maxTotal(), run.jurySize(), run.bands(), run.agreement(),
                run.jurors(), run.calendar(), run.consultations(), run.unplaced(), run.market(), run.label(), names);

        String svg = Charts.directions(alike, Language.EN);

        assertThat(occurrences(svg, ">One name<")).isEqualTo(2);
        assertThat(occurrences(Charts.directions(run, Language.EN), ">One name<")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void DEF_06_the_threshold_and_band_labels_stand_above_the_highest_bar_of_the_scores_chart(Language lang) {
        CohortRun r = simulation.detail();
        String svg = Charts.scores(r, lang);

        double barTop = ys(svg, "<rect [^>]*?y='([0-9.]+)'[^>]*fill:rgb\\(31,95,153\\)").min().orElseThrow();
        List<String> labels = new ArrayList<>();
        labels.add(Texts.THRESHOLD.get(lang) + " " + r.passThreshold());
        r.bands().forEach(b -> labels.add(b.name().get(lang) + " " + b.from() + "–" + b.to()));
        for (String label : labels) {
            // y is the text's baseline: its box ends a few pixels below
            double baseline = ys(svg, "<text [^>]*?y='([0-9.]+)'[^>]*>" + Pattern.quote(label) + "</text>").max()
                    .orElseThrow(() -> new AssertionError("no label " + label));
            assertThat(baseline + 4).as(label + " above the highest bar").isLessThan(barTop);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void CAT_01_the_names_of_seven_directions_do_not_overlap_on_the_direction_chart(Language lang) {
        CohortRun run = simulation.detail();
        // every direction of the methodology and a plugin's seventh, each with projects at every stage
        Map<String, LocalizedText> names = new LinkedHashMap<>(run.names());
        names.put(CohortRun.Named.DIRECTION.key("URBANISM"), LocalizedText.of("Урбанистика", "Урбанистика", "Urbanism"));
        List<CohortRun.Trace> projects = new ArrayList<>();
        Methodology.standard().directions().forEach(d -> projects.add(trace(projects.size(), d.code())));
        projects.add(trace(projects.size(), "URBANISM"));
        CohortRun seven = new CohortRun(run.methodologyId(), run.seed(), run.funnel(), projects, run.scores(),
                run.passThreshold(), run.minTotal(), run.maxTotal(), run.jurySize(), run.bands(), run.agreement(),
                run.jurors(), run.calendar(), run.consultations(), run.unplaced(), run.market(), run.label(), names);
        assertThat(seven.byDirection()).hasSize(7);

        String svg = Charts.directions(seven, lang);

        // the lines of the directions' names, top to bottom: one line of 11 px text from the next
        String all = String.join("\n", seven.byDirection().keySet().stream()
                .map(d -> seven.nameOf(CohortRun.Named.DIRECTION, d, lang)).toList());
        Matcher m = Pattern.compile("<text [^>]*?y='([0-9.]+)'[^>]*>([^<]+)</text>").matcher(svg);
        List<Double> lines = new ArrayList<>();
        while (m.find()) {
            if (all.contains(m.group(2).trim()) && m.group(2).trim().length() > 3) {
                lines.add(Double.parseDouble(m.group(1)));
            }
        }
        lines.sort(null);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(7);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i) - lines.get(i - 1)).as("gap between lines of the directions' names").isGreaterThanOrEqualTo(11);
        }
    }

    private static CohortRun.Trace trace(int i, String direction) {
        return new CohortRun.Trace("P" + i, direction, 4, Optional.empty(), OptionalInt.empty());
    }

    private static DoubleStream ys(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        DoubleStream.Builder ys = DoubleStream.builder();
        while (m.find()) {
            ys.add(Double.parseDouble(m.group(1)));
        }
        return ys.build();
    }

    private static int occurrences(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
