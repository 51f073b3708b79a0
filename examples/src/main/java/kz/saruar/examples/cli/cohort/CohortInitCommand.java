package kz.saruar.examples.cli.cohort;

import java.nio.file.Path;
import java.time.Clock;
import kz.saruar.examples.cli.Console;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortReceipt;
import java.util.List;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code saruar cohort init LOCATION}: a new cohort pinned to a methodology version (its JSON and SHA-256 are the first event). */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a cohort at LOCATION (a directory, or a store URI with --keys), pinning the methodology.")
public final class CohortInitCommand extends CohortSubcommand {
    @Option(names = "--id", paramLabel = "COHORT-ID", description = "The cohort's id (default: the directory's name).")
    String id;

    @Option(names = "--actor", paramLabel = "ID", description = "The organizer's account id (default: cli).")
    String actor = "cli";

    @Mixin
    MethodologyOption methodology;

    @Override
    protected int run(Console c) {
        return methodology.then(c, m -> options.open(c, false, false, o -> {
            String location = options.location;
            String cohortId = id != null ? id : CohortLocation.isUri(location) ? "cohort"
                    : String.valueOf(Path.of(location).toAbsolutePath().getFileName());
            Outcome<Cohort> created = Cohort.create(o.store(), cohortId, m, Actor.of(actor, ActorRole.ORGANIZER),
                    Clock.system(Kazakhstan.ZONE), o.keys());
            return options.print(created.map(x -> new CohortReceipt("create:" + cohortId, "CreateCohort", 0,
                    List.of("CohortCreated"))), c);
        }));
    }

}
