package kz.saruar.examples.cli.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.saruar.examples.cli.CliText;
import kz.saruar.model.Language;
import kz.saruar.scoring.stats.JurorSeverity;
import kz.saruar.scoring.stats.ScoringStatistics;
import kz.saruar.scoring.stats.Sensitivity;

/** The informational statistics of a defense (beyond DEF-09; never an official total) as text and JSON for {@code saruar score --stats}. */
final class StatisticsText {
    private StatisticsText() {
    }

    private static List<String> lines(ScoringStatistics s, Language l) {
        List<String> out = new ArrayList<>();
        out.add(CliText.STATS_AGREEMENT.get(l, s.agreement().isPresent()
                ? String.format(Locale.ROOT, "%.3f", s.agreement().getAsDouble()) : CliText.STATS_UNDEFINED.get(l)));
        for (JurorSeverity j : s.severities()) {
            out.add(CliText.STATS_SEVERITY.get(l, j.jurorId(), String.format(Locale.ROOT, "%+.2f", j.meanDeviation()),
                    j.projectsCompared()));
        }
        for (Sensitivity x : s.sensitivities()) {
            out.add(x.line().get(l));
        }
        return out;
    }

    private static String heading(Language l) {
        return CliText.STATS_HEADING.get(l);
    }

    static String markdown(ScoringStatistics s, Language l) {
        StringBuilder b = new StringBuilder("\n## ").append(heading(l)).append("\n\n");
        lines(s, l).forEach(x -> b.append("- ").append(x).append('\n'));
        return b.toString();
    }

    static String html(ScoringStatistics s, Language l) {
        StringBuilder b = new StringBuilder("<h2>").append(esc(heading(l))).append("</h2>\n<ul>\n");
        lines(s, l).forEach(x -> b.append("<li>").append(esc(x)).append("</li>\n"));
        return b.append("</ul>\n").toString();
    }

    static ObjectNode json(ScoringStatistics s) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("informational", true);
        n.set("krippendorffAlphaOrdinal", s.agreement().isPresent() ? n.numberNode(s.agreement().getAsDouble()) : n.nullNode());
        ArrayNode sev = n.putArray("severities");
        for (JurorSeverity j : s.severities()) {
            sev.addObject().put("jurorId", j.jurorId()).put("projectsCompared", j.projectsCompared())
                    .put("meanDeviation", j.meanDeviation());
        }
        ArrayNode sen = n.putArray("sensitivity");
        for (Sensitivity x : s.sensitivities()) {
            ObjectNode o = sen.addObject().put("projectId", x.projectId()).put("passed", x.passed());
            o.set("changesToFlip", x.changesToFlip().isPresent() ? o.numberNode(x.changesToFlip().getAsInt()) : o.nullNode());
            ObjectNode line = o.putObject("line");
            for (Language l : Language.values()) {
                line.put(l.tag(), x.line().get(l));
            }
        }
        return n;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
