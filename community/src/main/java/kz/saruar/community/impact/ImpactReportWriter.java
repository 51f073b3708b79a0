package kz.saruar.community.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * The impact report's forms (HUB-03): a self-contained HTML page with one inline SVG chart per
 * indicator (measurements over the project's life, baseline and target lines; no script, no
 * network), and CSV files of progress, measurements and the cohort and region summaries.
 */
public final class ImpactReportWriter {
    private static final LocalizedText TITLE = LocalizedText.message("Әлеуметтік әсер: көрсеткіштер барысы (HUB-03)",
            "Социальный эффект: ход показателей (HUB-03)", "Social impact: indicator progress (HUB-03)");
    private static final LocalizedText BASELINE = LocalizedText.message("базалық", "база", "baseline");
    private static final LocalizedText TARGET = LocalizedText.message("мақсат", "цель", "target");
    private static final LocalizedText LATEST = LocalizedText.message("соңғы", "последнее", "latest");
    private static final LocalizedText PROGRESS = LocalizedText.message("барысы", "прогресс", "progress");
    private static final LocalizedText REACHED = LocalizedText.message("мақсатқа жетті", "цель достигнута", "target reached");
    private static final LocalizedText NOT_MEASURED = LocalizedText.message("өлшенбеген", "не измерялся", "not measured");
    private static final LocalizedText BY_COHORT = LocalizedText.message("Топтар бойынша", "По потокам", "By cohort");
    private static final LocalizedText BY_REGION = LocalizedText.message("Өңірлер бойынша", "По регионам", "By region");
    private static final int W = 480;
    private static final int H = 200;
    private static final int PAD = 36;

    private ImpactReportWriter() {
    }

    /** The report as one HTML page in the language. */
    public static String html(ImpactReport report, Language language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(esc(TITLE.get(language))).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}</style></head>\n<body>\n<h1>")
                .append(esc(TITLE.get(language))).append("</h1>\n");
        for (TheoryOfChange t : report.theories()) {
            b.append("<h2>").append(esc(t.title())).append(" (").append(esc(t.project())).append(", ").append(esc(t.cohort()))
                    .append(", ").append(esc(t.region())).append(")</h2>\n");
            for (IndicatorProgress p : report.progress()) {
                if (!p.project().equals(t.project())) {
                    continue;
                }
                Indicator i = p.indicator();
                b.append("<h3>").append(esc(i.name())).append(" [").append(esc(i.unit())).append("]")
                        .append(i.irisMetric().map(m -> " IRIS+ " + esc(m)).orElse("")).append("</h3>\n<p>")
                        .append(esc(BASELINE.get(language))).append(": ").append(plain(i.baseline())).append("; ")
                        .append(esc(TARGET.get(language))).append(": ").append(plain(i.target())).append(" (").append(i.direction())
                        .append("); ");
                if (p.latest().isPresent()) {
                    b.append(esc(LATEST.get(language))).append(": ").append(plain(p.latest().get().value())).append(" (")
                            .append(p.latest().get().date()).append("); ").append(esc(PROGRESS.get(language))).append(": ")
                            .append(plain(p.percent().orElseThrow())).append("%").append(p.reached() ? "; " + esc(REACHED.get(language)) : "");
                } else {
                    b.append(esc(NOT_MEASURED.get(language)));
                }
                b.append("</p>\n").append(svg(t, p)).append('\n');
            }
        }
        summaryTable(b, BY_COHORT.get(language), report.byCohort());
        summaryTable(b, BY_REGION.get(language), report.byRegion());
        return b.append("</body>\n</html>\n").toString();
    }

    private static void summaryTable(StringBuilder b, String title, List<ImpactReport.Summary> rows) {
        b.append("<h2>").append(esc(title)).append("</h2>\n<table><tr><th></th><th>projects</th><th>indicators</th><th>measured</th>"
                + "<th>reached</th><th>mean %</th></tr>\n");
        for (ImpactReport.Summary s : rows) {
            b.append("<tr><td>").append(esc(s.group())).append("</td><td>").append(s.projects()).append("</td><td>")
                    .append(s.indicators()).append("</td><td>").append(s.measured()).append("</td><td>").append(s.reached())
                    .append("</td><td>").append(s.meanPercent().map(ImpactReportWriter::plain).orElse("")).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** One indicator's chart: x = days of the project's life, y = value; baseline and target dashed. */
    static String svg(TheoryOfChange t, IndicatorProgress p) {
        Indicator i = p.indicator();
        double lo = Math.min(i.baseline().doubleValue(), i.target().doubleValue());
        double hi = Math.max(i.baseline().doubleValue(), i.target().doubleValue());
        for (Measurement m : p.series()) {
            lo = Math.min(lo, m.value().doubleValue());
            hi = Math.max(hi, m.value().doubleValue());
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(t.start(), t.end()));
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\"><title>").append(esc(i.name()))
                .append("</title>");
        s.append("<rect x=\"").append(PAD).append("\" y=\"8\" width=\"").append(W - PAD - 8).append("\" height=\"").append(H - PAD - 8)
                .append("\" fill=\"none\" stroke=\"#999\"/>");
        line(s, "baseline", y(i.baseline().doubleValue(), lo, hi), "#888", i.baseline());
        line(s, "target", y(i.target().doubleValue(), lo, hi), "#2a7", i.target());
        StringBuilder pts = new StringBuilder();
        for (Measurement m : p.series()) {
            double x = x(ChronoUnit.DAYS.between(t.start(), m.date()), days);
            double y = y(m.value().doubleValue(), lo, hi);
            pts.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            s.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3\" fill=\"#258\"><title>")
                    .append(m.date()).append(": ").append(plain(m.value())).append(' ').append(esc(m.unit())).append(" — ")
                    .append(esc(m.source())).append("</title></circle>");
        }
        if (p.series().size() > 1) {
            s.append("<polyline points=\"").append(pts.toString().trim()).append("\" fill=\"none\" stroke=\"#258\" stroke-width=\"2\"/>");
        }
        s.append("<text x=\"").append(PAD).append("\" y=\"").append(H - 8).append("\" font-size=\"11\">").append(t.start())
                .append("</text><text x=\"").append(W - 8).append("\" y=\"").append(H - 8).append("\" font-size=\"11\" text-anchor=\"end\">")
                .append(t.end()).append("</text></svg>");
        return s.toString();
    }

    private static void line(StringBuilder s, String cls, double y, String colour, BigDecimal value) {
        s.append("<line class=\"").append(cls).append("\" x1=\"").append(PAD).append("\" x2=\"").append(W - 8).append("\" y1=\"")
                .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(colour)
                .append("\" stroke-dasharray=\"4 3\"/><text x=\"2\" y=\"").append(fmt(y + 4)).append("\" font-size=\"10\">")
                .append(plain(value)).append("</text>");
    }

    private static double x(long day, long days) {
        return PAD + (W - PAD - 8) * (double) day / days;
    }

    private static double y(double v, double lo, double hi) {
        return 8 + (H - PAD - 8) * (1 - (v - lo) / (hi - lo));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** The CSV files by name: {@code progress.csv}, {@code measurements.csv}, {@code summary.csv}. */
    public static Map<String, String> csv(ImpactReport report) {
        Objects.requireNonNull(report, "report");
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder p = new StringBuilder("project,indicator,name,unit,direction,baseline,target,latest_date,latest,progress_percent,reached,iris_metric\r\n");
        StringBuilder m = new StringBuilder("project,indicator,date,value,unit,source,evidence\r\n");
        for (IndicatorProgress ip : report.progress()) {
            Indicator i = ip.indicator();
            row(p, ip.project(), i.code(), i.name(), i.unit(), i.direction().name(), plain(i.baseline()), plain(i.target()),
                    ip.latest().map(x -> x.date().toString()).orElse(""), ip.latest().map(x -> plain(x.value())).orElse(""),
                    ip.percent().map(ImpactReportWriter::plain).orElse(""), String.valueOf(ip.reached()), i.irisMetric().orElse(""));
            for (Measurement x : ip.series()) {
                row(m, ip.project(), i.code(), x.date().toString(), plain(x.value()), x.unit(), x.source(), x.evidence().orElse(""));
            }
        }
        StringBuilder s = new StringBuilder("by,group,projects,indicators,measured,reached,mean_percent\r\n");
        report.byCohort().forEach(x -> summaryRow(s, "cohort", x));
        report.byRegion().forEach(x -> summaryRow(s, "region", x));
        files.put("progress.csv", p.toString());
        files.put("measurements.csv", m.toString());
        files.put("summary.csv", s.toString());
        return files;
    }

    private static void summaryRow(StringBuilder s, String by, ImpactReport.Summary x) {
        row(s, by, x.group(), String.valueOf(x.projects()), String.valueOf(x.indicators()), String.valueOf(x.measured()),
                String.valueOf(x.reached()), x.meanPercent().map(ImpactReportWriter::plain).orElse(""));
    }

    private static void row(StringBuilder b, String... cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            // RFC 4180 quoting; a leading =,+,-,@ is neutralized so that a spreadsheet never runs it as a formula
            String v = !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !isNumber(c) ? "'" + c : c;
            out.add(v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                    ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        b.append(String.join(",", out)).append("\r\n");
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
