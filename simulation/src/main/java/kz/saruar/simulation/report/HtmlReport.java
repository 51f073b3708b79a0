package kz.saruar.simulation.report;

import com.google.common.html.HtmlEscapers;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.StageSpread;

/**
 * The cohort report as one self-contained HTML file (docs/simulation.md, "The report"): no network,
 * no script, inline SVG charts and CSS, printable on A4, in kk, ru or en. Every chart has a
 * heading, a title inside the SVG, axis labels and the table it was drawn from.
 */
public final class HtmlReport {
    private static final int MAX_ROWS = 60;

    private HtmlReport() {
    }

    /**
     * Loads and initializes what rendering needs (the chart library's classes, the fonts), so that
     * a caller can do it on another thread while the cohort is simulated or read: the first report
     * of a JVM otherwise spends most of its time there (measured 270-320 ms of a first render
     * against 60 ms for a second one). Safe to call at any time, from any thread; renders nothing.
     */
    public static void prepare() {
        Charts.prepare();
    }

    /** The report of a simulation in this language. */
    public static String render(Simulation s, Language lang) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(lang, "lang");
        return render(s, lang, Optional.empty());
    }

    /**
     * The report of a real cohort read from its journal ({@code saruar cohort report}): the same
     * sections as a simulation's, headed by the cohort's id instead of a seed.
     *
     * @param run    the cohort as {@link kz.saruar.simulation.CohortJournal} read it
     * @param cohortId the cohort's id
     * @param lang   the language
     */
    public static String render(CohortRun run, String cohortId, Language lang) {
        Arguments.nonNull("run", run, "cohortId", cohortId, "lang", lang);
        return render(Simulation.of(run), lang, Optional.of(cohortId));
    }

    private static String render(Simulation s, Language lang, Optional<String> cohort) {
        CohortRun r = s.detail();
        StringBuilder h = new StringBuilder(256 * 1024);
        String title = (cohort.isPresent() ? Texts.COHORT_TITLE : Texts.TITLE).get(lang);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">");
        cohort.ifPresent(id -> h.append(esc(Texts.t(lang, "Когорта", "Когорта", "Cohort"))).append(": <strong>")
                .append(esc(id)).append("</strong> · "));
        h.append(esc(Texts.METHODOLOGY.get(lang))).append(": <strong>").append(esc(r.methodologyId())).append("</strong>");
        if (cohort.isEmpty()) {
            h.append(" · ").append(esc(Texts.label(r, lang)));
        }
        h.append(" · ").append(esc(Texts.t(lang, "өтінімдер", "заявок", "applications"))).append(": ")
                .append(r.funnel().get(0).count());
        if (cohort.isEmpty()) {
            h.append(" · ").append(esc(Texts.t(lang, "іске қосулар", "прогонов", "runs"))).append(": ").append(s.runs());
        }
        s.comparison().ifPresent(c -> h.append(" · ").append(esc(Texts.COMPARE.get(lang))).append(": <strong>")
                .append(esc(c.otherLabel())).append("</strong>"));
        h.append("</p>\n");
        h.append("<p class=\"note\">").append(esc(cohort.isPresent() ? Texts.t(lang,
                "Когорта журналынан оқылды: әр сан жазылған шешімдерден, оны шешкен ережемен (APP, PRE, DEF, ACC, EXT ережелері; Saruar, docs/rules.md).",
                "Прочитано из журнала когорты: каждое число — из записанных решений, с правилом, которое его решило (правила APP, PRE, DEF, ACC, EXT; Saruar, docs/rules.md).",
                "Read from the cohort's journal: every count comes from the recorded decisions, with the rule that decided it (rules APP, PRE, DEF, ACC, EXT; Saruar, docs/rules.md).")
                : Texts.t(lang,
                "Жасанды өтініш берушілердің жасырын сапалары құжатталған үлестірулерден алынады; кім өтетінін әдістеме ережелері шешеді (Saruar, docs/simulation.md).",
                "Скрытые качества синтетических заявителей берутся из документированных распределений; кто проходит, решают правила методики (Saruar, docs/simulation.md).",
                "The synthetic applicants' latent qualities come from documented distributions; the methodology's rules decide who passes (Saruar, docs/simulation.md).")))
                .append("</p>\n");
        h.append(summary(s, lang));
        if (s.runs() > 1) {
            // the means cover every run; the bold counts and every section after the funnel are one run's
            String seed = Texts.label(r, lang);
            h.append("<p class=\"note\" id=\"one-run\">").append(esc(Texts.t(lang,
                    "Қалың сандар мен воронкадан кейінгі бөлімдер — бір іске қосудың нәтижесі (" + seed + "); орташа мәндер "
                            + s.runs() + " іске қосу бойынша.",
                    "Жирные числа и разделы после воронки — один прогон (" + seed + "); средние — по " + s.runs()
                            + " прогонам.",
                    "The bold counts and the sections after the funnel are one run's (" + seed + "); the means are over "
                            + s.runs() + " runs."))).append("</p>\n");
        }
        h.append("</header>\n<main>\n");
        // one run (a real cohort, or a simulation without --runs): the tables over runs would repeat
        // the funnel and the directions, whose charts already set 2020 beside them
        Map<String, ReportTable> t = new LinkedHashMap<>();
        ReportTables.of(s, lang, s.runs() > 1).forEach(x -> t.put(x.id(), x));
        section(h, "funnel", Texts.FUNNEL.get(lang), Charts.funnel(s, lang), tables(t, "funnel", "funnel-spread"), lang);
        section(h, "scores", t.get("scores").title(), Charts.scores(r, lang), tables(t, "scores"), lang);
        section(h, "jurors", t.get("jurors").title(), Charts.jurors(r, lang), tables(t, "jurors"), lang);
        section(h, "calendar", t.get("calendar").title(), Charts.calendar(r, lang), tables(t, "calendar"), lang);
        section(h, "consultations", t.get("consultations").title(), Charts.consultations(r, lang),
                tables(t, "consultations"), lang);
        section(h, "liftcoin", t.get("liftcoin").title(), Charts.market(r, lang), tables(t, "liftcoin"), lang);
        // over several runs, each direction's graduates against 2020's 5/5/8/2 (docs/simulation.md)
        section(h, "directions", t.get("directions").title(), Charts.directions(r, lang),
                tables(t, "directions", "graduates-spread"), lang);
        s.comparison().ifPresent(c -> section(h, "compare", Texts.COMPARE.get(lang), Charts.compare(c, lang),
                tables(t, "compare", "compare-projects"), lang));
        h.append("</main>\n<footer><p>Saruar · ").append(esc(Texts.t(lang,
                "Диаграммалар: JFreeChart, JFreeSVG. Кестелер CSV ретінде де бар (--csv).",
                "Диаграммы: JFreeChart, JFreeSVG. Таблицы есть и в CSV (--csv).",
                "Charts: JFreeChart, JFreeSVG. The tables also export as CSV (--csv).")))
                .append("</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String summary(Simulation s, Language lang) {
        StringBuilder h = new StringBuilder("<ol class=\"funnel\" id=\"summary\">\n");
        CohortRun r = s.detail();
        for (int i = 0; i < r.funnel().size(); i++) {
            CohortRun.Stage st = r.funnel().get(i);
            StageSpread sp = s.spread().get(i);
            h.append("<li data-stage=\"").append(st.code()).append("\"><span class=\"n\" data-count=\"").append(st.count())
                    .append("\">").append(st.count()).append("</span> ").append(esc(st.name().get(lang)))
                    .append(" <span class=\"rules\">").append(esc(String.join(", ", st.rules()))).append("</span>");
            if (s.runs() > 1) {
                h.append(" <span class=\"spread\">").append(esc(Texts.MEAN.get(lang))).append(" ")
                        .append(ReportTables.fmt(sp.mean())).append(" ± ").append(ReportTables.fmt(sp.sd()));
                sp.reference().ifPresent(ref -> h.append(" · 2020: ").append(ref));
                h.append("</span>");
            }
            h.append("</li>\n");
        }
        return h.append("</ol>\n").toString();
    }

    private static void section(StringBuilder h, String id, String title, String svg, List<ReportTable> tables,
            Language lang) {
        String heading = "h-" + id;
        h.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(heading).append("\">\n<h2 id=\"")
                .append(heading).append("\">").append(esc(title)).append("</h2>\n<figure>\n")
                .append(accessible(svg, id, title)).append("\n<figcaption>").append(esc(title)).append("</figcaption>\n</figure>\n");
        for (ReportTable t : tables) {
            h.append(table(t, lang));
        }
        h.append("</section>\n");
    }

    /** The SVG with role, label and a title element, so a screen reader names the chart. */
    private static String accessible(String svg, String id, String title) {
        int end = svg.indexOf('>');
        String open = svg.substring(0, end);
        String rest = svg.substring(end + 1);
        return open + " role=\"img\" aria-labelledby=\"t-" + id + "\" class=\"chart\" data-chart=\"" + id + "\"><title id=\"t-"
                + id + "\">" + esc(title) + "</title>" + rest;
    }

    static String table(ReportTable t, Language lang) {
        StringBuilder h = new StringBuilder();
        h.append("<details class=\"table\" open>\n<summary>")
                .append(esc(Texts.TABLE.get(lang))).append(": ").append(esc(t.title())).append("</summary>\n")
                .append("<table id=\"table-").append(t.id()).append("\">\n<caption>").append(esc(t.title()))
                .append("</caption>\n<thead><tr>");
        for (String c : t.headers()) {
            h.append("<th scope=\"col\">").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows().subList(0, Math.min(MAX_ROWS, t.rows().size()))) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                h.append('<').append(tag).append('>').append(esc(row.get(i))).append("</").append(i == 0 ? "th" : "td").append('>');
            }
            h.append("</tr>\n");
        }
        if (t.rows().size() > MAX_ROWS) {
            // the page may be all the reader has (no --csv given): the note says how to get the rest
            int n = t.rows().size();
            h.append("<tr><td colspan=\"").append(t.headers().size()).append("\">").append(esc(Texts.t(lang,
                    "… барлығы " + n + " жол; толық кестені --csv жазады",
                    "… всего " + n + " " + Texts.russianPlural(n, "строка", "строки", "строк") + "; всю таблицу записывает --csv",
                    "… " + n + " rows in all; --csv writes the whole table")))
                    .append("</td></tr>\n");
        }
        return h.append("</tbody>\n</table>\n</details>\n").toString();
    }

    /** Those of {@code ids} that the report has, in that order. */
    private static List<ReportTable> tables(Map<String, ReportTable> byId, String... ids) {
        return Arrays.stream(ids).filter(byId::containsKey).map(byId::get).toList();
    }

    private static String esc(String s) {
        return HtmlEscapers.htmlEscaper().escape(s);
    }

    private static final String CSS = """
            @page { size: A4; margin: 14mm; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1b1b1b; margin: 0 auto;
                   max-width: 800px; padding: 16px; line-height: 1.4; font-size: 14px; background: #fff; }
            h1 { font-size: 22px; margin: 0 0 4px; color: #1f5f99; }
            h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 2px solid #1f5f99; padding-bottom: 2px; }
            .meta { color: #444; margin: 0 0 8px; }
            .note { color: #555; font-size: 12px; }
            ol.funnel { list-style: none; padding: 0; margin: 8px 0; }
            ol.funnel li { margin: 3px 0; padding: 4px 8px; background: #eef4fa; border-left: 4px solid #1f5f99; }
            ol.funnel .n { font-weight: bold; font-size: 16px; display: inline-block; min-width: 3em; }
            ol.funnel .rules { color: #666; font-size: 11px; }
            ol.funnel .spread { color: #333; font-size: 12px; display: block; margin-left: 3.6em; }
            figure { margin: 0; }
            figcaption { font-size: 11px; color: #666; text-align: center; }
            svg.chart { width: 100%; height: auto; display: block; }
            details.table { margin: 6px 0 10px; }
            details.table summary { cursor: pointer; color: #1f5f99; font-size: 12px; }
            table { border-collapse: collapse; width: 100%; font-size: 11px; margin-top: 4px; }
            caption { text-align: left; font-weight: bold; padding: 2px 0; }
            th, td { border: 1px solid #ccc; padding: 2px 5px; text-align: left; vertical-align: top; }
            thead th { background: #eef4fa; }
            footer { color: #777; font-size: 11px; margin-top: 24px; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11px; }
              section { break-inside: avoid; }
              details.table { display: block; }
              details.table > table { display: table; }
              details.table summary { display: none; }
            }
            """;
}
