package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import org.junit.jupiter.api.Test;

class ChartsTest {
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

    private static int occurrences(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
