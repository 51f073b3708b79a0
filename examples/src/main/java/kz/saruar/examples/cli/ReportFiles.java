package kz.saruar.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.report.CsvExport;
import kz.saruar.simulation.report.HtmlReport;
import kz.saruar.simulation.report.ReportTables;
import kz.saruar.simulation.report.SummaryJson;
import picocli.CommandLine.Option;

/**
 * The files a cohort's report is written to (docs/simulation.md, "The report") — {@code --out} the
 * HTML page, {@code --csv} its tables — shared by {@code saruar simulate} and
 * {@code saruar cohort report}: written the same way, refused the same way (exit 2) when they
 * cannot be, summarized the same way under {@code --json}.
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

    /**
     * Starts loading what rendering the report needs on a daemon thread ({@link HtmlReport#prepare}),
     * for a command that simulates or reads a cohort first; a failure there only loses the head start.
     */
    public static void prepareInBackground() {
        Thread t = new Thread(() -> {
            try {
                HtmlReport.prepare();
            } catch (RuntimeException | LinkageError ignored) {
                // the render on the main thread loads the same classes and reports any real failure
            }
        }, "saruar-report-prepare");
        t.setDaemon(true);
        t.start();
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
     * Why {@code --out} or {@code --csv} cannot be written, checked before any work so that a
     * refused command leaves nothing behind: {@code --out} names a directory or a file in a missing
     * directory, {@code --csv} names a file (or a path under one).
     */
    public Optional<Reason> problem() {
        Path absolute = out.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return Optional.of(reason("--out", CliText.OUT_IS_DIRECTORY.text("--out", out)));
        }
        // a folder that does not exist yet is made when the page is written (e.g. inside --cohort DIR)
        Optional<Reason> folder = folderProblem("--out", absolute.getParent());
        if (folder.isPresent()) {
            return folder;
        }
        return csv == null ? Optional.empty() : folderProblem("--csv", csv.toAbsolutePath());
    }

    /**
     * Why {@code option}'s directory {@code dir} (made if missing) cannot be written: a path
     * component that is a file, or a nearest existing directory this process may not write in.
     */
    public static Optional<Reason> folderProblem(String option, Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return Optional.of(reason(option, CliText.DIR_IS_FILE.text(option, p)));
            }
            if (Files.isDirectory(p)) {
                return Files.isWritable(p) ? Optional.empty()
                        : Optional.of(reason(option, CliText.CANNOT_WRITE.text(p)));
            }
        }
        return Optional.empty();
    }

    /** Refuses with {@link #problem()} (exit 2), or runs {@code body}. */
    public int then(Console c, IntSupplier body) {
        Optional<Reason> p = problem();
        return p.isPresent() ? c.refuse(List.of(p.get()), ExitCodes.UNREADABLE) : body.getAsInt();
    }

    private static Reason reason(String option, kz.saruar.model.LocalizedText text) {
        return InputFiles.unwritable(option, Rules.FMT_01, text);
    }

    /**
     * Writes {@code html} and the tables of {@code s}, then prints the summary under {@code --json}
     * or as {@code text} prints it; a file that cannot be written is refused (exit 2). The page is
     * written beside its place and moved there only after the tables are written, so a failure
     * leaves no new page.
     */
    public int write(Console c, Simulation s, String html, ToIntFunction<Simulation> text) {
        return write(c, s, html, Optional.empty(), text);
    }

    /**
     * As {@link #write(Console, Simulation, String, ToIntFunction)} for the real cohort
     * {@code cohortId} ({@code saruar cohort report}): no tables or figures of a spread over runs,
     * and the cohort named instead of a seed.
     */
    public int writeCohort(Console c, Simulation s, String html, String cohortId, ToIntFunction<Simulation> text) {
        return write(c, s, html, Optional.of(cohortId), text);
    }

    private int write(Console c, Simulation s, String html, Optional<String> cohortId, ToIntFunction<Simulation> text) {
        // the commands checked problem() before their work (then); a file that fails now is refused below
        Path target = out.toAbsolutePath();
        Path draft = null;
        boolean tables = false;
        try {
            target = linked(target);
            Files.createDirectories(target.getParent());
            // a plain new file (not a temp file, whose owner-only permissions the page would keep),
            // named for this process and moment so that two runs never move each other's draft
            draft = Files.createFile(target.resolveSibling("." + target.getFileName() + "."
                    + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part"));
            Files.writeString(draft, html, StandardCharsets.UTF_8);
            if (csv != null) {
                tables = true;
                CsvExport.write(cohortId.isPresent() ? ReportTables.ofCohort(s, c.language())
                        : ReportTables.of(s, c.language()), csv);
                tables = false;
            }
            keepPermissions(target, draft);
            try {
                Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(draft);
            return c.refuse(List.of(reason(tables ? "--csv" : "--out", CliText.CANNOT_WRITE.text(tables ? csv : out))),
                    ExitCodes.UNREADABLE);
        }
        return c.show(s, x -> (cohortId.isPresent() ? SummaryJson.cohortTree(x, cohortId.get(), c.language())
                : SummaryJson.tree(x, c.language())).put("report", out.toAbsolutePath().toString()), text);
    }

    /**
     * The file that {@code path} names through its links: the page replaces that file, as writing
     * through the link would, instead of the link itself (a link into a web folder stays a link).
     */
    private static Path linked(Path path) throws IOException {
        Path p = path;
        // bounded as the kernel bounds a chain of links (40 on Linux); a loop then fails at the move
        for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
            p = p.resolveSibling(Files.readSymbolicLink(p)); // a relative link is read from the link's folder
        }
        return p;
    }

    /** The replaced page's permissions go to its draft, so a page kept private (or shared) stays so. */
    private static void keepPermissions(Path target, Path draft) throws IOException {
        try {
            Files.setPosixFilePermissions(draft, Files.getPosixFilePermissions(target));
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            // a new page, or a file system without POSIX permissions: the draft's own are right
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the draft's name starts with a dot: a leftover is hidden and names itself a part
        }
    }
}
