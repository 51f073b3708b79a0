package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HtmlReportTest {
    @ParameterizedTest
    @CsvSource({"661, 661 строка", "261, 261 строка", "262, 262 строки", "264, 264 строки", "265, 265 строк",
            "611, 611 строк", "612, 612 строк", "614, 614 строк", "100, 100 строк", "61, 61 строка"})
    void a_cut_table_counts_its_rows_in_Russian_with_the_noun_form_the_number_takes(int rows, String expected) {
        assertThat(HtmlReport.table(table(rows), Language.RU)).contains("всего " + expected + ";");
    }

    @Test
    void a_cut_table_points_to_csv_without_saying_a_csv_file_was_written() {
        for (Language lang : Language.values()) {
            String html = HtmlReport.table(table(661), lang);
            assertThat(html).as(lang.tag()).contains("661").contains("--csv")
                    .doesNotContain("в CSV").doesNotContain("CSV файлында").doesNotContain("is in the CSV");
        }
        assertThat(HtmlReport.table(table(661), Language.KK)).contains("барлығы 661 жол;");
    }

    @Test
    void a_table_of_sixty_rows_is_shown_whole_without_the_note() {
        assertThat(HtmlReport.table(table(60), Language.RU)).doesNotContain("--csv");
    }

    @Test
    void over_several_runs_the_page_says_which_figures_are_one_runs() {
        Simulation two = Simulation.simulate(Methodology.standard(), Optional.empty(), SimulationParameters.calibrated2020(),
                2020, 60, 2);
        assertThat(HtmlReport.render(two, Language.EN)).contains("id=\"one-run\"")
                .contains("the sections after the funnel are one run").contains("(seed 2020); the means are over 2 runs");
        assertThat(HtmlReport.render(two, Language.RU)).contains("один прогон (сид 2020)");
        Simulation one = Simulation.simulate(Methodology.standard(), Optional.empty(), SimulationParameters.calibrated2020(),
                2020, 60, 1);
        assertThat(HtmlReport.render(one, Language.EN)).doesNotContain("id=\"one-run\"");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KK", "RU"})
    void the_kk_and_ru_pages_name_the_seed_in_their_language(Language lang) {
        Simulation s = Simulation.simulate(Methodology.standard(), Optional.empty(), SimulationParameters.calibrated2020(),
                2020, 120, 1);

        String html = HtmlReport.render(s, lang);

        assertThat(html).doesNotContainIgnoringCase("seed")
                .contains(" · " + Texts.SEED.get(lang) + " 2020")
                .contains(Texts.FUNNEL.get(lang) + " (" + Texts.SEED.get(lang) + " 2020)");
        // a real cohort's report is headed by its id, as it is
        CohortRun r = s.detail();
        CohortRun real = new CohortRun(r.methodologyId(), 0, r.funnel(), r.projects(), r.scores(), r.passThreshold(),
                r.minTotal(), r.maxTotal(), r.jurySize(), r.bands(), r.agreement(), r.jurors(), r.calendar(),
                r.consultations(), r.unplaced(), r.market(), "almaty-2026", r.names());
        assertThat(HtmlReport.render(real, "almaty-2026", lang)).doesNotContain(Texts.SEED.get(lang) + " ")
                .contains(Texts.FUNNEL.get(lang) + " (almaty-2026)");
    }

    private static ReportTable table(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            body.add(List.of("P" + i, Integer.toString(i)));
        }
        return new ReportTable("t", "T", List.of("a", "b"), body);
    }
}
