package kz.saruar.examples.cli.community;

import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.CommandGroup;
import kz.saruar.model.Rules;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.community.impact.ImpactReport;
import kz.saruar.community.impact.ImpactReportWriter;
import kz.saruar.community.impact.IndicatorProgress;
import kz.saruar.community.impact.TheoryOfChangeCheck;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Reason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar impact report THEORY.json [--html FILE] [--csv DIR]}: indicator progress of the
 * projects' theories of change (HUB-03), with a cohort and region summary. Exit 0 with the report,
 * 1 when the file is refused, 2 when it (or an output) cannot be read or written.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, description = "Social impact by the theory of change (HUB-03).",
        subcommands = ImpactCommand.Report.class)
public final class ImpactCommand extends CommandGroup {
    /** {@code saruar impact report}. */
    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Progress of every indicator vs baseline and target; HTML with SVG charts, CSV.")
    static final class Report extends CliCommand {
        @Parameters(index = "0", paramLabel = "THEORY.json", description = "One or more theories of change.")
        Path file;

        @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML report (inline SVG charts) to FILE.")
        Optional<Path> html = Optional.empty();

        @Option(names = "--csv", paramLabel = "DIR", description = "Write progress.csv, measurements.csv, summary.csv into DIR.")
        Optional<Path> csv = Optional.empty();

        @Override
        protected int run(Console c) {
            return c.then(TheoryOfChangeCheck.read(file).map(ImpactReport::of), r -> report(r, c));
        }

        private int report(ImpactReport r, Console c) {
            Language l = c.language();
            try {
                if (html.isPresent()) {
                    Files.writeString(html.get(), ImpactReportWriter.html(r, l), StandardCharsets.UTF_8);
                }
                if (csv.isPresent()) {
                    Files.createDirectories(csv.get());
                    for (Map.Entry<String, String> e : ImpactReportWriter.csv(r).entrySet()) {
                        Files.writeString(csv.get().resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException e) {
                return c.refuse(List.of(Reason.of("FILE_UNREADABLE", Rules.HUB_03, "$",
                        CliText.REPORT_NOT_WRITTEN.text(html.or(() -> csv).map(Path::toString).orElse("")))));
            }
            return c.show(r, ImpactCommand::toJson, x -> print(x, c));
        }

        private static int print(ImpactReport r, Console c) {
            PrintWriter out = c.out();
            out.println("HUB-03");
            for (IndicatorProgress p : r.progress()) {
                out.printf("%s %s [%s]: %s -> %s, %s%n", p.project(), p.indicator().code(), p.indicator().unit(),
                        p.indicator().baseline().toPlainString(), p.indicator().target().toPlainString(),
                        p.latest().map(m -> m.value().toPlainString() + " (" + m.date() + "), " + p.percent().orElseThrow().toPlainString()
                                + "%" + (p.reached() ? " ✓" : "")).orElse("-"));
            }
            r.byCohort().forEach(s -> c.line(CliText.IMPACT_COHORT, s.group(), s.projects(), s.measured(), s.indicators(),
                    s.reached(), s.meanPercent().map(x -> x.toPlainString()).orElse("-")));
            r.byRegion().forEach(s -> c.line(CliText.IMPACT_REGION, s.group(), s.projects(), s.measured(), s.indicators(),
                    s.reached(), s.meanPercent().map(x -> x.toPlainString()).orElse("-")));
            return c.done(ExitCodes.OK);
        }
    }

    private static ObjectNode toJson(ImpactReport r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode progress = n.putArray("progress");
        for (IndicatorProgress p : r.progress()) {
            ObjectNode o = progress.addObject().put("project", p.project()).put("indicator", p.indicator().code())
                    .put("unit", p.indicator().unit()).put("baseline", p.indicator().baseline()).put("target", p.indicator().target())
                    .put("direction", p.indicator().direction().name()).put("reached", p.reached());
            p.latest().ifPresent(m -> o.put("latest", m.value()).put("latestDate", m.date().toString()));
            p.percent().ifPresent(x -> o.put("percent", x));
            p.indicator().irisMetric().ifPresent(x -> o.put("irisMetric", x));
        }
        summaries(n.putArray("byCohort"), r.byCohort());
        summaries(n.putArray("byRegion"), r.byRegion());
        return n;
    }

    private static void summaries(ArrayNode a, List<ImpactReport.Summary> rows) {
        for (ImpactReport.Summary s : rows) {
            ObjectNode o = a.addObject().put("group", s.group()).put("projects", s.projects()).put("indicators", s.indicators())
                    .put("measured", s.measured()).put("reached", s.reached());
            s.meanPercent().ifPresent(x -> o.put("meanPercent", x));
        }
    }
}
