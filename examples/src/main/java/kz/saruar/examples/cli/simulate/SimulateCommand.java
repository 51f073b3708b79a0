package kz.saruar.examples.cli.simulate;

import kz.saruar.examples.cli.CliCommand;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ReportFiles;
import kz.saruar.examples.cli.UsageProblem;
import kz.saruar.model.Rules;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.simulation.CohortPlace;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.SimulationParameters;
import kz.saruar.simulation.DirectionSpread;
import kz.saruar.simulation.StageSpread;
import kz.saruar.simulation.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code saruar simulate [--seed N] [--applications 120] [--methodology FILE] [--runs K]
 * [--out report.html] [--json] [--lang kk|ru|en] [--compare OTHER.json] [--csv DIR] [--cohort DIR]}:
 * synthetic applicants through a real cohort on the methodology's rules, against the 2020 cohort
 * (docs/simulation.md), the funnel printed with the rules behind each count, the report written as
 * one HTML file. Exit 0 when simulated, 1 when a methodology is invalid, 2 when a file cannot be
 * read or written.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a cohort on the methodology's rules; print the funnel and write the HTML report.")
public final class SimulateCommand extends CliCommand {
    @Mixin
    MethodologyOption methodology;

    @Option(names = "--seed", description = "Seed of the synthetic applicants (default: ${DEFAULT-VALUE}).")
    long seed = 2020;

    @Option(names = "--applications", description = "Applications in the intake (default: ${DEFAULT-VALUE}, as in 2020).")
    int applications = 120;

    @Option(names = "--runs", description = "Runs for the funnel's mean and spread, seeds N, N+1, … (default: ${DEFAULT-VALUE}).")
    int runs = 1;

    @Mixin
    ReportFiles report = new ReportFiles("saruar-report.html");

    @Option(names = "--compare", paramLabel = "OTHER.json",
            description = "What-if: the same applicants under this methodology too, side by side.")
    Path compare;

    @Option(names = "--cohort", paramLabel = "DIR",
            description = "Keep the simulated cohort's journals here (a new directory), to inspect with saruar cohort verify/report.")
    Path cohort;

    @Override
    protected int run(Console c) {
        if (applications < 1) {
            throw new UsageProblem(spec.commandLine(), CliText.AT_LEAST_ONE, "--applications");
        }
        if (runs < 1) {
            throw new UsageProblem(spec.commandLine(), CliText.AT_LEAST_ONE, "--runs");
        }
        // the outputs are checked first: a refused command has simulated nothing and left no cohort behind
        return report.then(c, () -> methodology.then(c, base -> simulate(base, c)));
    }

    private int simulate(Methodology base, Console c) {
        Language language = c.language();
        Optional<Methodology> other = Optional.empty();
        if (compare != null) {
            Outcome<Methodology> r = Methodology.loader().load(compare);
            if (!r.accepted()) {
                return c.refuse(r.reasons(), CliText.METHODOLOGY_INVALID.get(language, compare));
            }
            other = Optional.of(r.orElseThrow());
        }
        Optional<Reason> cohortDir = cohort == null ? Optional.empty()
                : ReportFiles.folderProblem("--cohort", cohort.toAbsolutePath());
        if (cohortDir.isPresent()) {
            return c.refuse(List.of(cohortDir.get()), ExitCodes.UNREADABLE);
        }
        if (cohort != null && Files.exists(cohort.resolve("journal"))) {
            return c.refuse(List.of(Reason.of("COHORT_EXISTS", Rules.FMT_01, "--cohort",
                    CliText.SIM_COHORT_EXISTS.text(cohort))), ExitCodes.UNREADABLE);
        }
        // the chart library and the fonts load on another thread while the cohort is simulated
        ReportFiles.prepareInBackground();
        Simulation s = Simulation.simulate(base, other, SimulationParameters.calibrated2020(), seed,
                applications, runs, cohort == null ? CohortPlace.memory() : CohortPlace.directory(cohort));
        return report.write(c, s, HtmlReport.render(s, language), x -> {
            print(x, language, c.out());
            return c.done(ExitCodes.OK);
        });
    }

    private void print(Simulation s, Language language, PrintWriter o) {
        CohortRun r = s.detail();
        o.println(CliText.SIM_HEADER.get(language, r.methodologyId(), r.seed(), runs));
        for (int i = 0; i < r.funnel().size(); i++) {
            CohortRun.Stage st = r.funnel().get(i);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%6d  %-52s [%s]", st.count(),
                    st.name().get(language), String.join(", ", st.rules())));
            if (runs > 1) {
                StageSpread sp = s.spread().get(i);
                line.append(CliText.SIM_MEAN.get(language, String.format(Locale.ROOT, "%.1f", sp.mean()),
                        String.format(Locale.ROOT, "%.1f", sp.sd()), sp.min(), sp.max()));
                sp.reference().ifPresent(ref -> line.append(" 2020: ").append(ref)
                        .append(sp.within(0.10) ? " ✓" : " ✗"));
            }
            if (!st.stoppedBy().isEmpty()) {
                line.append(CliText.SIM_STOPPED.get(language, st.stoppedBy()));
            }
            o.println(line);
        }
        if (runs > 1) {
            // the 2020 cohort (docs/simulation.md): its graduates by direction were 5/5/8/2
            o.println(CliText.SIM_GRADUATES.get(language));
            for (DirectionSpread d : s.graduates()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "        %-44s",
                        r.nameOf(CohortRun.Named.DIRECTION, d.direction(), language)));
                line.append(CliText.SIM_MEAN.get(language, String.format(Locale.ROOT, "%.1f", d.mean()),
                        String.format(Locale.ROOT, "%.1f", d.sd()), d.min(), d.max()));
                d.reference().ifPresent(ref -> line.append(" 2020: ").append(ref).append(d.matches2020() ? " ✓" : " ✗"));
                o.println(line);
            }
        }
        s.comparison().ifPresent(c -> {
            o.println();
            o.println(String.format(Locale.ROOT, "%-52s %12s %12s", CliText.SIM_WHAT_IF.get(language), c.baseLabel(), c.otherLabel()));
            for (int i = 0; i < c.base().funnel().size(); i++) {
                o.println(String.format(Locale.ROOT, "%-52s %12d %12d", c.base().funnel().get(i).name().get(language),
                        c.base().funnel().get(i).count(), c.other().funnel().get(i).count()));
            }
            o.println(String.format(Locale.ROOT, "%-52s %12d %12d", CliText.SIM_NEAR.get(language),
                    c.base().nearThreshold(), c.other().nearThreshold()));
            o.println(CliText.SIM_DIFFERENT.get(language, c.different().size()));
        });
        o.println(CliText.SIM_REPORT.get(language, report.out().toAbsolutePath()));
        report.csv().ifPresent(csv -> o.println(CliText.SIM_TABLES.get(language, csv.toAbsolutePath())));
        if (cohort != null) {
            o.println(CliText.SIM_COHORT.get(language, cohort.toAbsolutePath(), cohort));
        }
    }
}
