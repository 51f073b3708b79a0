package kz.saruar.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.ToIntFunction;
import kz.saruar.model.Rules;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.report.CsvExport;
import kz.saruar.simulation.report.ReportTables;
import kz.saruar.simulation.report.SummaryJson;
import picocli.CommandLine.Option;

/**
 * The files a cohort's report is written to (METHODOLOGY.md section 11) — {@code --out} the HTML
 * page, {@code --csv} its tables — shared by {@code saruar simulate} and {@code saruar cohort report}:
 * written the same way, refused the same way (exit 2) when they cannot be, summarized the same way
 * under {@code --json}.
 */
public final class ReportFiles {
    @Option(names = "--out", paramLabel = "FILE", description = "The HTML report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--csv", paramLabel = "DIR", description = "Also write the report's tables as CSV files here.")
    Path csv;

    /** The options with {@code defaultOut} as the HTML report's default file. */
    public ReportFiles(String defaultOut) {
        this.out = Path.of(defaultOut);
    }

    /** The HTML report. */
    public Path out() {
        return out;
    }

    /** The CSV tables' directory, if asked for. */
    public Optional<Path> csv() {
        return Optional.ofNullable(csv);
    }

    /**
     * Writes {@code html} and the tables of {@code s}, then prints the summary under {@code --json}
     * or as {@code text} prints it; a file that cannot be written is refused (exit 2).
     */
    public int write(Console c, Simulation s, String html, ToIntFunction<Simulation> text) {
        try {
            Files.writeString(out, html, StandardCharsets.UTF_8);
            if (csv != null) {
                CsvExport.write(ReportTables.of(s, c.language()), csv);
            }
        } catch (IOException | RuntimeException e) {
            return c.refuse(InputFiles.cannotWrite(csv != null && Files.exists(out) ? csv : out, Rules.FMT_01),
                    ExitCodes.UNREADABLE);
        }
        return c.show(s, x -> SummaryJson.tree(x, c.language()).put("report", out.toAbsolutePath().toString()), text);
    }
}
