package kz.saruar.examples.cli.cohort;

import java.util.Optional;
import java.time.Clock;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar cohort erase LOCATION PERSON-ID}: erases a person's personal data by deleting their key (crypto-shredding). */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = "Erase PERSON-ID's personal data (e.g. P-01/applicant): the key is deleted, the journal still verifies.")
public final class CohortEraseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOCATION", description = "The cohort's directory or store URI.")
    String location;

    @Parameters(index = "1", paramLabel = "PERSON-ID", description = "The person, e.g. P-01/applicant or P-01/team/0.")
    String person;

    @Option(names = "--actor", paramLabel = "ID", description = "The organizer's account (default: cli).")
    String actor = "cli";

    @Mixin
    CohortOptions options;

    @Override
    public Integer call() {
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), false, true, Console.of(spec));
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        try (CohortLocation.Opened o = opened.get()) {
            Cohort cohort = Cohort.open(o.store(), Clock.system(Kazakhstan.ZONE), o.keys());
            return options.print(cohort.submit(new CohortCommand.ErasePersonalData("erase:" + person,
                    Actor.of(actor, ActorRole.ORGANIZER), person)), Console.of(spec));
        }
    }
}
