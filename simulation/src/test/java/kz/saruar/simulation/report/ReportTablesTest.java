package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import org.junit.jupiter.api.BeforeAll;
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
}
