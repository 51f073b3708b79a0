package kz.saruar.simulation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.saruar.model.Language;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Comparison;
import kz.saruar.simulation.DirectionSpread;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.StageSpread;

/**
 * The tables of the cohort report, each the text behind one chart (docs/simulation.md,
 * "The report"): funnel, spread, scores, jurors, calendar, consultations, LIFTCOIN market,
 * directions and their graduates over the runs, what-if.
 */
public final class ReportTables {
    private ReportTables() {
    }

    /** Every table of a simulation, in report order, in this language. */
    public static List<ReportTable> of(Simulation s, Language lang) {
        return of(s, lang, true);
    }

    /**
     * The tables of a real cohort's report ({@code saruar cohort report}): those of
     * {@link #of(Simulation, Language)} without the spread over runs, which for one real cohort
     * would only repeat its funnel and compare it with 2020.
     */
    public static List<ReportTable> ofCohort(Simulation s, Language lang) {
        return of(s, lang, false);
    }

    /** The tables of {@code s}; those over runs ({@code funnel-spread}, {@code graduates-spread}) only when {@code overRuns}. */
    static List<ReportTable> of(Simulation s, Language lang, boolean overRuns) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(lang, "lang");
        List<ReportTable> out = new ArrayList<>();
        CohortRun r = s.detail();
        out.add(funnel(r, lang));
        if (overRuns) {
            out.add(spread(s, lang));
        }
        out.add(scores(r, lang));
        out.add(jurors(r, lang));
        out.add(calendar(r, lang));
        out.add(consultations(r, lang));
        out.add(market(r, lang));
        out.add(directions(r, lang));
        if (overRuns) {
            out.add(graduates(s, lang));
        }
        s.comparison().ifPresent(c -> {
            out.add(compare(c, lang));
            out.add(differences(c, lang));
        });
        return out;
    }

    static ReportTable funnel(CohortRun r, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        for (CohortRun.Stage st : r.funnel()) {
            rows.add(List.of(st.name().get(lang), Integer.toString(st.count()), String.join(", ", st.rules()),
                    st.stoppedBy().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining(", "))));
        }
        return new ReportTable("funnel", Texts.FUNNEL.get(lang) + " (" + Texts.label(r, lang) + ")",
                List.of(Texts.STAGE.get(lang), Texts.COUNT.get(lang), Texts.RULES.get(lang), Texts.STOPPED.get(lang)), rows);
    }

    static ReportTable spread(Simulation s, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        for (StageSpread st : s.spread()) {
            rows.add(List.of(st.name().get(lang), fmt(st.mean()), fmt(st.sd()), Integer.toString(st.min()),
                    Integer.toString(st.max()), st.reference().isPresent() ? Integer.toString(st.reference().getAsInt()) : "—",
                    st.reference().isPresent() ? (st.within(0.10) ? Texts.YES : Texts.NO).get(lang) : "—",
                    String.join(", ", st.rules())));
        }
        return new ReportTable("funnel-spread", Texts.FUNNEL.get(lang) + ": " + s.runs() + " × "
                + Texts.RUNS.get(lang),
                List.of(Texts.STAGE.get(lang), Texts.MEAN.get(lang), Texts.SD.get(lang), Texts.MIN.get(lang),
                        Texts.MAX.get(lang), Texts.Y2020.get(lang), Texts.WITHIN.get(lang), Texts.RULES.get(lang)), rows);
    }

    static ReportTable scores(CohortRun r, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        r.scores().stream().sorted((a, b) -> Integer.compare(b.total(), a.total())).forEach(x -> rows.add(List.of(
                x.projectId(), r.nameOf(CohortRun.Named.DIRECTION, x.direction(), lang), Integer.toString(x.total()), r.nameOf(CohortRun.Named.BAND, x.band(), lang),
                (x.passed() ? Texts.YES : Texts.NO).get(lang))));
        return new ReportTable("scores", Texts.SCORES.get(lang) + " — " + Texts.THRESHOLD.get(lang) + " "
                + r.passThreshold() + " (DEF-05, DEF-06, DEF-07)",
                List.of(Texts.PROJECT.get(lang), Texts.DIRECTION.get(lang), Texts.TOTAL.get(lang), Texts.BAND.get(lang),
                        Texts.PASSED.get(lang)), rows);
    }

    static ReportTable jurors(CohortRun r, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        r.jurors().forEach(j -> rows.add(List.of(j.jurorId(), r.nameOf(CohortRun.Named.SEAT, j.role(), lang), fmt(j.meanDeviation()))));
        String alpha = r.agreement().isPresent() ? fmt(r.agreement().getAsDouble()) : "—";
        return new ReportTable("jurors", Texts.JURY.get(lang) + " — " + Texts.ALPHA.get(lang) + " = " + alpha,
                List.of(Texts.JUROR.get(lang), Texts.ROLE.get(lang), Texts.SEVERITY.get(lang)), rows);
    }

    static ReportTable calendar(CohortRun r, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        for (CohortRun.Bar b : r.calendar()) {
            for (int[] span : b.spans()) {
                // the chart's bar ends where the next day starts; the table names the last day itself
                rows.add(List.of(b.name().get(lang), b.rule(), Integer.toString(span[0]),
                        Integer.toString(Math.max(span[0], span[1] - 1))));
            }
        }
        return new ReportTable("calendar", Texts.CALENDAR.get(lang),
                List.of(Texts.ACTIVITY.get(lang), Texts.RULE.get(lang), Texts.FROM.get(lang), Texts.LAST_DAY.get(lang)), rows);
    }

    static ReportTable consultations(CohortRun r, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        r.consultations().forEach((e, n) -> rows.add(List.of(e, Integer.toString(n))));
        return new ReportTable("consultations", Texts.CONSULTATIONS.get(lang) + " (PRE-05, PRE-06)"
                + (r.unplaced() > 0 ? " — " + Texts.t(lang, "жазылды, бірақ өтпеді", "записаны, но не проведены", "booked, not held") + ": " + r.unplaced() : ""),
                List.of(Texts.EXPERT.get(lang), Texts.PLANNED.get(lang)), rows);
    }

    static ReportTable market(CohortRun r, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        r.market().forEach(w -> rows.add(List.of(Integer.toString(w.week()), Long.toString(w.issued()),
                Long.toString(w.circulation()), Long.toString(w.capacity()), Integer.toString(w.refusedIssues()))));
        return new ReportTable("liftcoin", Texts.MARKET.get(lang) + " (LFT-01, LFT-03, LFT-04)",
                List.of(Texts.WEEK.get(lang), Texts.ISSUED.get(lang), Texts.CIRCULATION.get(lang), Texts.CAPACITY.get(lang),
                        Texts.REFUSED.get(lang)), rows);
    }

    static ReportTable directions(CohortRun r, Language lang) {
        List<String> headers = new ArrayList<>(List.of(Texts.DIRECTION.get(lang)));
        r.funnel().forEach(st -> headers.add(st.name().get(lang)));
        List<List<String>> rows = new ArrayList<>();
        Map<String, int[]> by = new TreeMap<>(r.byDirection());
        by.forEach((d, counts) -> {
            List<String> row = new ArrayList<>(List.of(r.nameOf(CohortRun.Named.DIRECTION, d, lang)));
            for (int c : counts) {
                row.add(Integer.toString(c));
            }
            rows.add(row);
        });
        return new ReportTable("directions", Texts.DIRECTIONS.get(lang) + " (CAT-01)", headers, rows);
    }

    /** The graduates by direction over the runs, against 2020's 5/5/8/2 (docs/simulation.md). */
    static ReportTable graduates(Simulation s, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        for (DirectionSpread d : s.graduates()) {
            rows.add(List.of(s.detail().nameOf(CohortRun.Named.DIRECTION, d.direction(), lang), fmt(d.mean()), fmt(d.sd()), Integer.toString(d.min()), Integer.toString(d.max()),
                    d.reference().isPresent() ? Integer.toString(d.reference().getAsInt()) : "—",
                    d.reference().isPresent() ? (d.matches2020() ? Texts.YES : Texts.NO).get(lang) : "—"));
        }
        return new ReportTable("graduates-spread", Texts.t(lang, "Бағыттар бойынша акселерацияны аяқтағандар",
                "Завершившие акселерацию по направлениям", "Graduates by direction") + ": " + s.runs() + " × "
                + Texts.RUNS.get(lang),
                List.of(Texts.DIRECTION.get(lang), Texts.MEAN.get(lang), Texts.SD.get(lang), Texts.MIN.get(lang),
                        Texts.MAX.get(lang), Texts.Y2020.get(lang), within(lang)), rows);
    }

    static ReportTable compare(Comparison c, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.base().funnel().size(); i++) {
            rows.add(List.of(c.base().funnel().get(i).name().get(lang), Integer.toString(c.base().funnel().get(i).count()),
                    Integer.toString(c.other().funnel().get(i).count())));
        }
        rows.add(List.of(Texts.THRESHOLD.get(lang), Integer.toString(c.base().passThreshold()),
                Integer.toString(c.other().passThreshold())));
        rows.add(List.of(Texts.NEAR.get(lang), Integer.toString(c.base().nearThreshold()),
                Integer.toString(c.other().nearThreshold())));
        return new ReportTable("compare", Texts.COMPARE.get(lang),
                List.of(Texts.STAGE.get(lang), c.baseLabel(), c.otherLabel()), rows);
    }

    static ReportTable differences(Comparison c, Language lang) {
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Difference d : c.different()) {
            rows.add(List.of(d.projectId(), c.base().nameOf(CohortRun.Named.DIRECTION, d.direction(), lang), c.base().funnel().get(d.reachedBase()).name().get(lang),
                    c.other().funnel().get(d.reachedOther()).name().get(lang),
                    d.totalBase().isPresent() ? Integer.toString(d.totalBase().getAsInt()) : "—",
                    d.totalOther().isPresent() ? Integer.toString(d.totalOther().getAsInt()) : "—",
                    d.stoppedBase().orElse("—"), d.stoppedOther().orElse("—")));
        }
        String a = c.baseLabel();
        String b = c.otherLabel();
        return new ReportTable("compare-projects", Texts.DIFFERENT.get(lang),
                List.of(Texts.PROJECT.get(lang), Texts.DIRECTION.get(lang), Texts.STAGE.get(lang) + " " + a,
                        Texts.STAGE.get(lang) + " " + b, Texts.TOTAL.get(lang) + " " + a, Texts.TOTAL.get(lang) + " " + b,
                        Texts.RULE.get(lang) + " " + a, Texts.RULE.get(lang) + " " + b), rows);
    }

    /** The graduates table's last header: within {@link DirectionSpread#TOLERANCE} of 2020, written with the point of the table's numbers. */
    private static String within(Language lang) {
        String tolerance = fmt(DirectionSpread.TOLERANCE);
        return Texts.t(lang, "2020-дан ±" + tolerance + " ішінде", "В пределах ±" + tolerance + " от 2020",
                "Within ±" + tolerance + " of 2020");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
