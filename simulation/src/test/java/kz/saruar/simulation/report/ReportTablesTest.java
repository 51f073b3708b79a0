package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportTablesTest {
    private static Simulation simulation;

    @BeforeAll
    static void simulate() {
        simulation = Simulation.simulate(Methodology.standard(), Optional.empty(), SimulationParameters.calibrated2020(),
                2020, 120, 2);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_graduates_spread_header_writes_the_tolerance_with_the_decimal_point_of_the_tables_numbers(Language lang) {
        ReportTable graduates = ReportTables.of(simulation, lang).stream().filter(t -> t.id().equals("graduates-spread"))
                .findFirst().orElseThrow();

        String header = graduates.headers().get(graduates.headers().size() - 1);
        assertThat(header).contains("±" + ReportTables.fmt(0.75)).doesNotContain("0,75");
        assertThat(graduates.rows()).allSatisfy(row -> assertThat(row.get(1)).matches("\\d+\\.\\d\\d"));
    }

    @Test
    void PRE_01_the_calendar_table_names_each_activitys_last_day_not_the_day_after_it() {
        ReportTable calendar = ReportTables.of(simulation, Language.EN).stream().filter(t -> t.id().equals("calendar"))
                .findFirst().orElseThrow();
        assertThat(calendar.headers()).endsWith("From", "Last day");
        List<int[]> spans = simulation.detail().calendar().stream().flatMap(b -> b.spans().stream()).toList();
        assertThat(calendar.rows()).hasSameSizeAs(spans);
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            List<String> row = calendar.rows().get(i);
            assertThat(Integer.parseInt(row.get(3))).as(row.toString()).isEqualTo(Math.max(span[0], span[1] - 1))
                    .isGreaterThanOrEqualTo(Integer.parseInt(row.get(2)));
        }
        // a one-day activity (the defense) starts and ends on the same day
        assertThat(spans).anySatisfy(span -> assertThat(span[1] - span[0]).isEqualTo(1));
        assertThat(calendar.rows()).anySatisfy(row -> assertThat(row.get(2)).isEqualTo(row.get(3)));
    }
}
