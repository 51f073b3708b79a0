package kz.saruar.community.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import kz.saruar.community.Samples;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import org.junit.jupiter.api.Test;

class TheoryOfChangeTest {
    static ImpactFile sample() {
        return TheoryOfChangeCheck.parse(Samples.text("theory-of-change.json")).orElseThrow();
    }

    @Test
    void HUB_03_progress_is_measured_against_baseline_and_target_in_the_direction_of_good() {
        ImpactReport r = ImpactReport.of(sample());
        assertThat(r.progress()).hasSize(3);
        IndicatorProgress graduates = r.progress().get(0);
        assertThat(graduates.percent()).contains(new BigDecimal("83.3"));
        assertThat(graduates.reached()).isFalse();
        IndicatorProgress unemployment = r.progress().get(1);
        assertThat(unemployment.percent()).contains(new BigDecimal("105.0"));
        assertThat(unemployment.reached()).isTrue();
        assertThat(r.progress().get(2).percent()).contains(new BigDecimal("26.0"));
    }

    @Test
    void HUB_03_the_cohort_and_region_summary() {
        ImpactReport r = ImpactReport.of(sample());
        assertThat(r.byCohort()).singleElement().satisfies(s -> {
            assertThat(s.group()).isEqualTo("2020");
            assertThat(s.projects()).isEqualTo(2);
            assertThat(s.indicators()).isEqualTo(3);
            assertThat(s.reached()).isEqualTo(1);
            assertThat(s.meanPercent()).contains(new BigDecimal("71.4"));
        });
        assertThat(r.byRegion()).extracting(ImpactReport.Summary::group).containsExactly("ALMATY", "ASTANA");
    }

    @Test
    void HUB_03_wrong_unit_contradicting_target_and_dates_outside_the_project_are_refused_with_path_and_rule() {
        String bad = Samples.text("theory-of-change.json")
                .replace("{\"date\": \"2021-03-15\", \"value\": 13, \"unit\": \"people\"", "{\"date\": \"2021-03-15\", \"value\": 13, \"unit\": \"persons\"")
                .replace("\"baseline\": 80, \"target\": 40, \"direction\": \"DECREASE\"", "\"baseline\": 80, \"target\": 90, \"direction\": \"DECREASE\"")
                .replace("\"date\": \"2021-05-01\"", "\"date\": \"2022-05-01\"")
                .replace("\"irisMetric\": \"PI2822\"", "\"irisMetric\": \"iris-1\"")
                .replace("\"leadsTo\": [\"LESSONS\"]", "\"leadsTo\": [\"SORTING\"]");
        Outcome<ImpactFile> o = TheoryOfChangeCheck.parse(bad);
        assertThat(o.reasons()).extracting(Reason::code).containsExactlyInAnyOrder("WRONG_UNIT", "TARGET_AGAINST_DIRECTION",
                "DATE_OUTSIDE_PROJECT", "BAD_IRIS_ID", "LINK_OUT_OF_ORDER");
        assertThat(o.reasons()).allSatisfy(r -> assertThat(r.rule().value()).isEqualTo("HUB-03"));
        assertThat(o.reasons()).extracting(Reason::subject).contains("$.theories[0].indicators[0].measurements[1].unit",
                "$.theories[0].indicators[1].target", "$.theories[1].indicators[0].measurements[0].date");
        assertThat(o.reasons()).filteredOn(r -> r.code().equals("WRONG_UNIT")).singleElement()
                .satisfies(r -> assertThat(r.message().get(Language.EN)).isEqualTo("The unit is persons, the indicator's is people"));
    }

    @Test
    void HUB_03_the_html_report_has_inline_svg_charts_and_no_script() {
        String html = ImpactReportWriter.html(ImpactReport.of(sample()), Language.EN);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("class=\"target\"").contains("<polyline").contains("IRIS+ PI2822").contains("target reached")
                .doesNotContain("<script", "src=", "href=");
        assertThat(html.split("<svg ", -1)).hasSize(4);
        assertThat(ImpactReportWriter.html(ImpactReport.of(sample()), Language.KK)).contains("мақсатқа жетті");
    }

    @Test
    void HUB_03_the_csv_files() {
        Map<String, String> csv = ImpactReportWriter.csv(ImpactReport.of(sample()));
        assertThat(csv).containsOnlyKeys("progress.csv", "measurements.csv", "summary.csv");
        assertThat(csv.get("progress.csv")).contains("P-01,UNEMPLOYMENT,Graduates without work after 3 months,%,DECREASE,80,40,2021-07-31,38,105,true,\r\n");
        assertThat(csv.get("measurements.csv").split("\r\n")).hasSize(7);
        assertThat(csv.get("summary.csv")).contains("cohort,2020,2,3,3,1,71.4");
    }
}
