package kz.saruar.examples.cli.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.Lang;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.examples.cli.Problems;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.simulation.CohortPlace;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import kz.saruar.simulation.StageSpread;
import kz.saruar.simulation.report.CsvExport;
import kz.saruar.simulation.report.HtmlReport;
import kz.saruar.simulation.report.ReportTables;
import kz.saruar.simulation.report.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code saruar simulate [--seed N] [--applications 120] [--methodology FILE] [--runs K]
 * [--out report.html] [--json] [--lang kk|ru|en] [--compare OTHER.json] [--csv DIR] [--cohort DIR]}:
 * synthetic applicants through a real cohort on the methodology's rules (METHODOLOGY.md section 11),
 * the funnel printed with
 * the rules behind each count, the report written as one HTML file. Exit 0 when simulated, 1 when
 * a methodology is invalid, 2 when a file cannot be read or written.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a cohort on the methodology's rules; print the funnel and write the HTML report.")
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MethodologyOption methodology;

    @Option(names = "--seed", description = "Seed of the synthetic applicants (default: ${DEFAULT-VALUE}).")
    long seed = 2020;

    @Option(names = "--applications", description = "Applications in the intake (default: ${DEFAULT-VALUE}, as in 2020).")
    int applications = 120;

    @Option(names = "--runs", description = "Runs for the funnel's mean and spread, seeds N, N+1, … (default: ${DEFAULT-VALUE}).")
    int runs = 1;

    @Option(names = "--out", paramLabel = "FILE", description = "The HTML report (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("saruar-report.html");

    @Option(names = "--json", description = "Print the summary as JSON instead of the funnel.")
    boolean json;

    @Option(names = "--lang", description = "Language of the report and the funnel: ${COMPLETION-CANDIDATES} (default: en).")
    Lang lang = Lang.en;

    @Option(names = "--compare", paramLabel = "OTHER.json",
            description = "What-if: the same applicants under this methodology too, side by side.")
    Path compare;

    @Option(names = "--csv", paramLabel = "DIR", description = "Also write the report's tables as CSV files here.")
    Path csv;

    @Option(names = "--cohort", paramLabel = "DIR",
            description = "Keep the simulated cohort's journals here (a new directory), to inspect with saruar cohort verify/report.")
    Path cohort;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = lang.language();
        if (applications < 1 || runs < 1) {
            err.println("--applications and --runs must be at least 1");
            err.flush();
            return ExitCodes.REFUSED;
        }
        Outcome<Methodology> base = methodology.resolve();
        if (!base.accepted()) {
            return invalid(methodology.file().map(Path::toString).orElse("standard"), base.reasons(), err, language);
        }
        Optional<Methodology> other = Optional.empty();
        if (compare != null) {
            Outcome<Methodology> r = Methodology.loader().load(compare);
            if (!r.accepted()) {
                return invalid(compare.toString(), r.reasons(), err, language);
            }
            other = Optional.of(r.orElseThrow());
        }
        if (cohort != null && Files.exists(cohort.resolve("journal"))) {
            err.println(cohort + " already holds a cohort journal: give a new directory to --cohort");
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        Simulation s = Simulation.simulate(base.orElseThrow(), other, SimulationParameters.calibrated2020(), seed,
                applications, runs, cohort == null ? CohortPlace.memory() : CohortPlace.directory(cohort));
        try {
            Files.writeString(out, HtmlReport.render(s, language), StandardCharsets.UTF_8);
            if (csv != null) {
                CsvExport.write(ReportTables.of(s, language), csv);
            }
        } catch (IOException | RuntimeException e) {
            err.println(out + ": cannot be written: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        if (json) {
            o.println(SummaryJson.write(s, language));
        } else {
            print(s, language, o);
        }
        o.flush();
        return ExitCodes.OK;
    }

    private void print(Simulation s, Language language, PrintWriter o) {
        CohortRun r = s.detail();
        o.println(r.methodologyId() + " · seed " + r.seed() + " · " + runs + (runs == 1 ? " run" : " runs"));
        for (int i = 0; i < r.funnel().size(); i++) {
            CohortRun.Stage st = r.funnel().get(i);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%6d  %-52s [%s]", st.count(),
                    st.name().get(language), String.join(", ", st.rules())));
            if (runs > 1) {
                StageSpread sp = s.spread().get(i);
                line.append(String.format(Locale.ROOT, "  mean %.1f ± %.1f (%d–%d)", sp.mean(), sp.sd(), sp.min(), sp.max()));
                sp.reference().ifPresent(ref -> line.append(" 2020: ").append(ref)
                        .append(sp.within(0.10) ? " ✓" : " ✗"));
            }
            if (!st.stoppedBy().isEmpty()) {
                line.append("  stopped: ").append(st.stoppedBy());
            }
            o.println(line);
        }
        s.comparison().ifPresent(c -> {
            o.println();
            o.println(String.format(Locale.ROOT, "%-52s %12s %12s", "what-if", c.baseLabel(), c.otherLabel()));
            for (int i = 0; i < c.base().funnel().size(); i++) {
                o.println(String.format(Locale.ROOT, "%-52s %12d %12d", c.base().funnel().get(i).name().get(language),
                        c.base().funnel().get(i).count(), c.other().funnel().get(i).count()));
            }
            o.println(String.format(Locale.ROOT, "%-52s %12d %12d", "within one point per juror of the threshold",
                    c.base().nearThreshold(), c.other().nearThreshold()));
            o.println(c.different().size() + " project(s) take a different path");
        });
        o.println("report: " + out.toAbsolutePath());
        if (csv != null) {
            o.println("tables: " + csv.toAbsolutePath());
        }
        if (cohort != null) {
            o.println("cohort: " + cohort.toAbsolutePath() + " (saruar cohort verify/report " + cohort + ")");
        }
    }

    private static int invalid(String name, List<Reason> problems, PrintWriter err, Language language) {
        err.println("the methodology " + name + " is invalid:");
        problems.forEach(p -> err.println("  " + p.describe(language)));
        err.flush();
        return Problems.exitCode(problems);
    }
}
