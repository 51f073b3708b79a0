package kz.saruar.examples.cli.application;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.SupportMeasureGroup;
import kz.saruar.model.diagnostics.DiagnosticReport;
import kz.saruar.model.diagnostics.Diagnostics;
import kz.saruar.model.diagnostics.TrajectoryItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar diagnose ANSWERS.json [--lang kk|ru|en] [--json]}: the maturity diagnostics report
 * of a project (MAT-01..07). Exit 0 with the report, 1 when the answers are refused, 2 when the
 * file cannot be read.
 */
@Command(name = "diagnose", description = "Maturity diagnostics (MAT-01..07): stage, support, problems, trajectory.")
public final class DiagnoseCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "ANSWERS.json", description = "The diagnostic answers as JSON.")
    Path file;

    @Mixin
    MethodologyOption methodology;

    @Override
    protected int run(Console c) {
        return methodology.then(c, m -> c.print(Diagnostics.of(m).diagnose(file, Output.clock(Optional.empty())),
                DiagnoseCommand::toJson, d -> {
                    print(d, c.language(), c.out());
                    return c.done(ExitCodes.OK);
                }));
    }

    private static void print(DiagnosticReport d, Language l, PrintWriter out) {
        out.println(d.project());
        out.println(CliText.DIAG_STAGE.get(l) + ": " + d.stageNumber() + ". " + d.lifecycleStage().name().get(l) + " [" + d.basis() + "]");
        out.println("  " + CliText.DIAG_FACTORS.get(l) + ": " + String.join("; ", d.lifecycleStage().factors().stream().map(f -> f.get(l)).toList()));
        out.println("  " + CliText.DIAG_RISK.get(l) + ": " + d.lifecycleStage().risk().get(l));
        out.println(CliText.DIAG_PHASE.get(l) + ": " + d.supportPhase().map(p -> p.name().get(l)).orElse(CliText.NONE.get(l)));
        for (SupportMeasureGroup g : d.supportMeasures()) {
            out.println("  " + g.type() + ": " + String.join("; ", g.measures().stream().map(m -> m.get(l)).toList()));
        }
        out.println(CliText.DIAG_TABLE1.get(l) + ": " + d.maturityStage().name().get(l));
        out.println(CliText.DIAG_PROBLEMS.get(l) + ": " + (d.problemsObserved().isEmpty() ? CliText.NONE.get(l)
                : String.join("; ", d.problemsObserved().stream().map(p -> p.name().get(l)).toList())));
        out.println(CliText.DIAG_TEAM.get(l) + ": " + d.teamMaturity().map(t -> t.displayName().get(l)).orElse(CliText.NONE.get(l))
                + (d.meanScore().isPresent() ? String.format(java.util.Locale.ROOT, " (%.2f / 3)", d.meanScore().getAsDouble()) : ""));
        out.println(CliText.DIAG_TRAJECTORY.get(l) + ":");
        for (TrajectoryItem t : d.trajectory()) {
            out.println("  - " + t.focusArea().name().get(l) + ": "
                    + String.join("; ", t.focusArea().results().stream().map(x -> x.get(l)).toList()));
        }
    }

    private static ObjectNode toJson(DiagnosticReport d) {
        ObjectNode o = Output.F.objectNode().put("project", d.project());
        ObjectNode s = o.putObject("lifecycleStage").put("code", d.lifecycleStage().code()).put("number", d.stageNumber())
                .put("basis", d.basis().name());
        s.set("name", Output.text(d.lifecycleStage().name()));
        s.set("risk", Output.text(d.lifecycleStage().risk()));
        ArrayNode factors = s.putArray("factors");
        d.lifecycleStage().factors().forEach(f -> factors.add(Output.text(f)));
        d.supportPhase().ifPresent(p -> o.put("supportPhase", p.code()));
        ArrayNode measures = o.putArray("supportMeasures");
        for (SupportMeasureGroup g : d.supportMeasures()) {
            ObjectNode gn = measures.addObject().put("type", g.type());
            ArrayNode ms = gn.putArray("measures");
            g.measures().forEach(m -> ms.add(Output.text(m)));
        }
        o.put("maturityStage", d.maturityStage().code());
        ArrayNode problems = o.putArray("problemsObserved");
        d.problemsObserved().stream().map(CatalogEntry::code).forEach(problems::add);
        d.teamMaturity().ifPresent(t -> o.put("teamMaturity", t.name()));
        d.meanScore().ifPresent(m -> o.put("meanScore", m));
        ArrayNode tr = o.putArray("trajectory");
        d.trajectory().forEach(t -> tr.add(t.focusArea().code()));
        ArrayNode un = o.putArray("unanswered");
        d.unanswered().forEach(un::add);
        return o;
    }
}
