package kz.saruar.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.nio.file.Path;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.simulation.report.HtmlReport;
import kz.saruar.spi.storage.JournalStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** The simulated cohort of docs/simulation.md: the rules decide, the 2020 funnel is reproduced. */
class CohortSimulationTest {
    private static final Methodology STANDARD = Methodology.standard();
    private static final SimulationParameters P = SimulationParameters.calibrated2020();

    @Test
    void SECTION_11_one_hundred_runs_reproduce_the_2020_funnel_within_ten_percent_and_its_split_by_direction() {
        CohortSimulation simulation = new CohortSimulation(STANDARD, P);
        List<java.util.concurrent.Callable<CohortRun>> tasks = new ArrayList<>();
        for (long seed = 2020; seed < 2120; seed++) {
            long s = seed;
            tasks.add(() -> simulation.run(CohortSimulation.applicants(STANDARD, P, s, 120), s, false, CohortPlace.memory()));
        }
        List<CohortRun> runs = Parallel.all(tasks); // in seed order, as Simulation.simulate gathers them
        List<StageSpread> spread = StageSpread.of(runs);
        assertThat(spread).extracting(StageSpread::code)
                .containsExactly("APPLIED", "ADMITTED", "CERTIFIED", "GRADUATED", "AMBASSADORS");
        for (StageSpread st : spread) {
            assertThat(st.within(0.10)).as(st.code() + " mean " + st.mean() + " vs 2020 " + st.reference()).isTrue();
            assertThat(st.sd()).as("a spread is shown").isGreaterThanOrEqualTo(0);
        }
        assertThat(spread.get(1).sd()).as("admission varies between seeds").isGreaterThan(0);

        // The 2020 cohort (docs/simulation.md): of the 20, 8 inclusion, 5 education, 5 culture, 2 ecology (none in the other directions)
        Map<String, Double> graduates = new TreeMap<>();
        for (CohortRun r : runs) {
            r.byDirection().forEach((d, counts) -> graduates.merge(d, counts[3] / 100.0, Double::sum));
        }
        Map<String, Integer> in2020 = StageSpread.DIRECTIONS_2020;
        in2020.forEach((d, n) -> assertThat(graduates.getOrDefault(d, 0.0)).as(d + " graduates, mean of 100 runs")
                .isCloseTo(n, within(0.75)));
        // the report's DirectionSpread shows the same means, with the 2020 count beside each
        List<DirectionSpread> shown = DirectionSpread.of(runs);
        assertThat(shown).extracting(DirectionSpread::direction).containsAll(in2020.keySet());
        for (DirectionSpread d : shown) {
            assertThat(d.mean()).as(d.direction()).isCloseTo(graduates.getOrDefault(d.direction(), 0.0), within(1e-9));
            assertThat(d.reference()).hasValue(in2020.getOrDefault(d.direction(), 0));
            if (in2020.containsKey(d.direction())) {
                assertThat(d.matches2020()).as(d.direction() + " within " + DirectionSpread.TOLERANCE + " of 2020").isTrue();
            }
            int[] perRun = runs.stream().mapToInt(r -> {
                int[] c = r.byDirection().get(d.direction());
                return c == null ? 0 : c[3];
            }).toArray();
            assertThat(d.min()).isEqualTo(java.util.Arrays.stream(perRun).min().orElseThrow());
            assertThat(d.max()).isEqualTo(java.util.Arrays.stream(perRun).max().orElseThrow());
        }
        double others = graduates.entrySet().stream().filter(e -> !in2020.containsKey(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        assertThat(others).as("graduates in tourism and project thinking, mean of 100 runs " + graduates).isLessThan(0.5);
    }

    @Test
    void every_count_names_the_rules_that_decided_it_and_every_stop_names_its_rule() {
        CohortRun r = run(STANDARD, 2020);
        assertThat(r.funnel().get(1).rules()).contains("APP-08");
        assertThat(r.funnel().get(3).rules()).contains("DEF-06", "DEF-11", "DEF-12", "ACC-01");
        assertThat(r.funnel().get(4).rules()).containsExactly("EXT-02");
        for (int s = 1; s < r.funnel().size(); s++) {
            int stopped = r.funnel().get(s).stoppedBy().values().stream().mapToInt(Integer::intValue).sum();
            assertThat(r.funnel().get(s - 1).count() - r.funnel().get(s).count()).as("stage " + s).isEqualTo(stopped);
            assertThat(r.funnel().get(s).stoppedBy().keySet())
                    .allSatisfy(rule -> assertThat(rule).matches("[A-Z]{3}-\\d{2}"));
        }
        for (CohortRun.Trace t : r.projects()) {
            assertThat(t.stoppedBy().isPresent()).isEqualTo(t.reached() < 4);
        }
    }

    @Test
    void DEF_06_a_defended_project_passes_exactly_when_its_total_reaches_the_threshold() {
        CohortRun r = run(STANDARD, 7);
        assertThat(r.scores()).isNotEmpty();
        for (CohortRun.Score s : r.scores()) {
            assertThat(s.passed()).isEqualTo(s.total() >= r.passThreshold());
            assertThat(s.total()).isBetween(r.minTotal(), r.maxTotal());
        }
        r.projects().stream().filter(t -> t.stoppedBy().equals(Optional.of("DEF-06")))
                .forEach(t -> assertThat(t.total().getAsInt()).isLessThan(r.passThreshold()));
    }

    @Test
    void the_same_seed_gives_the_same_report_bytes_in_memory_and_in_a_directory(@TempDir Path dir) {
        Simulation memory = Simulation.simulate(STANDARD, Optional.empty(), P, 2020, 120, 1);
        Simulation again = Simulation.simulate(STANDARD, Optional.empty(), P, 2020, 120, 1);
        Simulation kept = Simulation.simulate(STANDARD, Optional.empty(), P, 2020, 120, 1,
                CohortPlace.directory(dir.resolve("cohort")));
        String html = HtmlReport.render(memory, Language.EN);
        assertThat(HtmlReport.render(again, Language.EN)).isEqualTo(html);
        assertThat(HtmlReport.render(kept, Language.EN)).isEqualTo(html);
        // the kept cohort is a real journal: reopened from disk, it reads to the same cohort
        try (JournalStore journal = FileJournalStore.openReadOnly(dir.resolve("cohort/journal"));
                JournalStore ledger = FileJournalStore.openReadOnly(dir.resolve("cohort/ledger"))) {
            assertThat(Cohort.verify(journal).ok()).isTrue();
            CohortRun reread = CohortJournal.read(journal, FilePersonKeys.open(dir.resolve("cohort/keys")),
                    Optional.of(ledger));
            assertThat(reread.projects()).isEqualTo(memory.detail().projects());
            assertThat(reread.market()).isEqualTo(memory.detail().market());
        }
    }

    @Test
    void the_same_seed_gives_the_same_cohort_and_another_seed_another() {
        CohortRun a = run(STANDARD, 11);
        CohortRun b = run(STANDARD, 11);
        CohortRun c = run(STANDARD, 12);
        assertThat(a.projects()).isEqualTo(b.projects());
        assertThat(a.market()).isEqualTo(b.market());
        assertThat(a.projects()).isNotEqualTo(c.projects());
    }

    @Test
    void DEF_06_a_lower_threshold_lets_through_at_least_as_many_of_the_same_applicants() {
        Methodology seventy = STANDARD.toBuilder().id("THRESHOLD_70").passThreshold(70).build();
        Simulation s = Simulation.simulate(STANDARD, Optional.of(seventy), P, 2020, 120, 1);
        Comparison c = s.comparison().orElseThrow();
        assertThat(c.other().funnel().get(2).count()).isEqualTo(c.base().funnel().get(2).count());
        long passedBase = c.base().scores().stream().filter(CohortRun.Score::passed).count();
        long passedOther = c.other().scores().stream().filter(CohortRun.Score::passed).count();
        assertThat(passedOther).isGreaterThanOrEqualTo(passedBase);
        assertThat(c.different()).allSatisfy(d -> assertThat(d.reachedOther()).isGreaterThanOrEqualTo(d.reachedBase()));
        // every project that passes the defense under one only is listed, even when a later rule stops it under both
        java.util.Set<String> passBase = c.base().scores().stream().filter(CohortRun.Score::passed)
                .map(CohortRun.Score::projectId).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> passOnlyOther = c.other().scores().stream().filter(CohortRun.Score::passed)
                .map(CohortRun.Score::projectId).filter(id -> !passBase.contains(id))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(passOnlyOther).isNotEmpty();
        assertThat(c.different()).extracting(Comparison.Difference::projectId).containsAll(passOnlyOther);
        assertThat(c.otherLabel()).isEqualTo("THRESHOLD_70");
    }

    @Test
    void DEF_03_a_jury_of_five_scores_on_its_derived_range() {
        Methodology five = STANDARD.toBuilder().id("JURY_5")
                .jurySeats(java.util.Map.of("ORGANIZER", 1, "EXTERNAL_EXPERT", 3, "PUBLIC_FIGURE", 1)).build();
        CohortRun r = run(five, 2020);
        assertThat(r.jurySize()).isEqualTo(5);
        assertThat(r.jurors()).hasSize(5);
        assertThat(r.minTotal()).isEqualTo(25);
        assertThat(r.maxTotal()).isEqualTo(75);
        assertThat(r.passThreshold()).isEqualTo(54);
    }

    @Test
    void PRE_06_consultations_are_booked_in_the_cohort_and_only_an_expelled_teams_are_left_not_held() {
        CohortRun r = run(STANDARD, 2020);
        int requested = r.funnel().get(1).count() * P.consultationsPerProject();
        int booked = r.consultations().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(booked).isPositive().isLessThanOrEqualTo(requested);
        int expelled = r.funnel().get(2).stoppedBy().getOrDefault("PRE-09", 0);
        assertThat(r.unplaced()).isLessThanOrEqualTo(expelled * P.consultationsPerProject());
    }

    @Test
    void LFT_04_circulation_never_exceeds_the_coverage_of_live_offers() {
        CohortRun r = run(STANDARD, 2020);
        assertThat(r.market()).isNotEmpty();
        for (CohortRun.MarketWeek w : r.market()) {
            assertThat(w.circulation()).as("week " + w.week()).isLessThanOrEqualTo(w.capacity());
        }
        assertThat(r.market().get(r.market().size() - 1).issued()).isPositive();
    }

    private static CohortRun run(Methodology m, long seed) {
        List<Applicant> applicants = CohortSimulation.applicants(m, P, seed, 120);
        return new CohortSimulation(m, P).run(applicants, seed);
    }
}
