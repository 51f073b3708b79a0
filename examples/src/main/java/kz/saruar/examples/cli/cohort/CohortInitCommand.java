package kz.saruar.examples.cli.cohort;

import java.util.Optional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.cohort.Cohort;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar cohort init LOCATION}: a new cohort pinned to a methodology version (its JSON and SHA-256 are the first event). */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a cohort at LOCATION (a directory, or a store URI with --keys), pinning the methodology.")
public final class CohortInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOCATION", description = "A directory, or a store URI such as a PostgreSQL JDBC URL.")
    String location;

    @Option(names = "--id", paramLabel = "COHORT-ID", description = "The cohort's id (default: the directory's name).")
    String id;

    @Option(names = "--actor", paramLabel = "ID", description = "The organizer's account id (default: cli).")
    String actor = "cli";

    @Mixin
    MethodologyOption methodology;

    @Mixin
    CohortOptions options;

    @Override
    public Integer call() {
        Outcome<Methodology> m = methodology.resolve();
        if (m.refused()) {
            return Console.of(spec).refuse(m.reasons(), methodology.refusedHeading(Console.of(spec).language()));
        }
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), false, false, Console.of(spec));
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        try (CohortLocation.Opened o = opened.get()) {
            String cohortId = id != null ? id : CohortLocation.isUri(location) ? "cohort"
                    : String.valueOf(Path.of(location).toAbsolutePath().getFileName());
            Outcome<Cohort> c = Cohort.create(o.store(), cohortId, m.orElseThrow(), Actor.of(actor, ActorRole.ORGANIZER),
                    Clock.system(Kazakhstan.ZONE), o.keys());
            return options.print(c.map(x -> new kz.saruar.cohort.CohortReceipt("create:" + cohortId, "CreateCohort", 0,
                    java.util.List.of("CohortCreated"))), Console.of(spec));
        }
    }

}
