package kz.saruar.examples.cli.scoring;

import kz.saruar.examples.cli.CliCommand;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.UsageProblem;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.examples.cli.Problems;
import kz.saruar.model.Language;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.BatchSubmission;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.DefenseSession;
import kz.saruar.scoring.ScoreSheet;
import kz.saruar.scoring.render.HtmlProtocolRenderer;
import kz.saruar.scoring.render.MarkdownProtocolRenderer;
import kz.saruar.scoring.render.ProtocolJson;
import kz.saruar.scoring.render.ProtocolRenderer;
import kz.saruar.scoring.sheets.SheetsFile;
import kz.saruar.scoring.sheets.SheetsReader;
import kz.saruar.scoring.stats.ScoringStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar score SHEETS.json [--methodology FILE] [--json] [--html] [--stats] [--lang kk|ru|en]}: the
 * jury's protocol of a defense (DEF-09) from its panel, projects and score sheets. Exit 0 when the
 * protocol is issued, 1 when it is refused (every reason printed, each with its rule and, for a
 * sheet, its JSON path), 2 when the input cannot be read (not JSON, a string for a number…).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Print the jury's protocol (DEF-09) of a defense from SHEETS.json.")
public final class ScoreCommand extends CliCommand {
    @Parameters(paramLabel = "SHEETS.json", description = "The panel, projects and score sheets (see docs/scoring.md).")
    Path sheetsFile;

    @Mixin
    MethodologyOption methodology;

    @Option(names = "--html", description = "Print the protocol as HTML instead of Markdown (not with --json).")
    boolean html;

    @Option(names = "--stats", description = "Add the informational statistics: juror agreement, severity, sensitivity.")
    boolean stats;

    private boolean json;

    /** The clock that dates the protocol when the file has no date (its day is taken in Kazakhstan, whatever the clock's zone). */
    Clock clock = Clock.systemUTC();

    /** A command with the system clock. */
    public ScoreCommand() {
    }

    /** A command whose protocol date, when the file has none, comes from this clock. */
    public ScoreCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected int run(Console c) {
        json = c.json();
        if (json && html) {
            throw new UsageProblem(spec.commandLine(), CliText.EXCLUSIVE_OPTIONS, "--json", "--html");
        }
        PrintWriter out = c.out();
        Language language = c.language();
        Outcome<SheetsFile> read = SheetsReader.read(sheetsFile);
        if (read.refused()) {
            return c.refuse(read.reasons(), Problems.fileHeading(language, sheetsFile, read.reasons()));
        }
        return methodology.then(c, m -> score(read.orElseThrow(), m, c));
    }

    private int score(SheetsFile file, Methodology m, Console c) {
        PrintWriter out = c.out();
        Language language = c.language();
        Outcome<DefenseSession> opened = DefenseSession.open(m, file.panel(), file.projects());
        if (!opened.accepted()) {
            return refused(opened.reasons(), List.of(), file, language);
        }
        BatchSubmission batch = opened.orElseThrow().submitAll(file.sheets());
        DefenseSession session = batch.session();
        Outcome<DefenseProtocol> protocol = file.date().map(session::protocol).orElseGet(() -> session.protocol(clock));
        if (!protocol.accepted()) {
            return refused(protocol.reasons(), batch.reasons(), file, language);
        }
        DefenseProtocol p = protocol.orElseThrow();
        ScoringStatistics statistics = stats ? ScoringStatistics.of(session, p) : null;
        if (json) {
            return c.accepted(p, protocol1 -> {
                ObjectNode tree = ProtocolJson.toTree(protocol1);
                if (statistics != null) {
                    tree.set("statistics", StatisticsText.json(statistics));
                }
                return tree;
            });
        } else {
            ProtocolRenderer r = html ? new HtmlProtocolRenderer() : new MarkdownProtocolRenderer();
            String document = r.render(p, language);
            if (statistics != null) {
                document = html ? document.replace("</body>", StatisticsText.html(statistics, language) + "</body>")
                        : document + StatisticsText.markdown(statistics, language);
            }
            out.print(document);
        }
        return c.done(ExitCodes.OK);
    }

    private int refused(List<Reason> reasons, List<Reason> sheetRefusals, SheetsFile file, Language language) {
        Map<String, List<String>> bySubject = new HashMap<>();
        List<ScoreSheet> sheets = file.sheets();
        for (int i = 0; i < sheets.size(); i++) {
            bySubject.computeIfAbsent(sheets.get(i).subject(), k -> new ArrayList<>()).add("$.sheets[" + i + "]");
        }
        for (int i = 0; i < file.panel().jurors().size(); i++) {
            bySubject.computeIfAbsent("juror:" + file.panel().jurors().get(i).id(), k -> new ArrayList<>())
                    .add("$.panel.jurors[" + i + "]");
        }
        for (int i = 0; i < file.panel().substitutes().size(); i++) {
            bySubject.computeIfAbsent("juror:" + file.panel().substitutes().get(i).id(), k -> new ArrayList<>())
                    .add("$.panel.substitutes[" + i + "]");
        }
        for (int i = 0; i < file.projects().size(); i++) {
            bySubject.computeIfAbsent("project:" + file.projects().get(i).id(), k -> new ArrayList<>())
                    .add("$.projects[" + i + "]");
        }
        bySubject.put("panel", List.of("$.panel"));
        bySubject.put("projects", List.of("$.projects"));
        List<Reason> all = new ArrayList<>(reasons);
        all.addAll(sheetRefusals);
        if (json) {
            ObjectNode root = DecisionJson.refusal(all, language);
            for (int i = 0; i < all.size(); i++) {
                ObjectNode n = (ObjectNode) root.get("reasons").get(i);
                path(all.get(i), bySubject).ifPresent(pth -> n.put("path", pth));
            }
            spec.commandLine().getOut().println(Problems.write(root));
            spec.commandLine().getOut().flush();
        } else {
            PrintWriter err = spec.commandLine().getErr();
            err.println(CliText.PROTOCOL_NOT_ISSUED.get(language, all.size()));
            for (Reason r : all) {
                err.println("  " + path(r, bySubject).map(pth -> pth + " ").orElse("") + r.describe(language));
            }
            err.flush();
        }
        return ExitCodes.REFUSED;
    }

    /** The JSON path(s) of what a refusal concerns, e.g. {@code $.sheets[3]} or {@code $.panel.jurors[1], $.panel.jurors[4]}. */
    private static Optional<String> path(Reason r, Map<String, List<String>> bySubject) {
        List<String> paths = bySubject.get(r.subject());
        return paths == null ? Optional.empty() : Optional.of(String.join(", ", paths));
    }
}
