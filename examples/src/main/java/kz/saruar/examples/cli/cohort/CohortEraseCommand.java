package kz.saruar.examples.cli.cohort;

import java.time.Clock;
import kz.saruar.examples.cli.Console;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saruar cohort erase LOCATION PERSON-ID}: erases a person's personal data by deleting their key (crypto-shredding). */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = "Erase PERSON-ID's personal data (e.g. P-01/applicant): the key is deleted, the journal still verifies.")
public final class CohortEraseCommand extends CohortSubcommand {
    @Parameters(index = "1", paramLabel = "PERSON-ID", description = "The person, e.g. P-01/applicant or P-01/team/0.")
    String person;

    @Option(names = "--actor", paramLabel = "ID", description = "The organizer's account (default: cli).")
    String actor = "cli";

    @Override
    protected int run(Console c) {
        return options.submit(c, Clock.system(Kazakhstan.ZONE), CohortCalendar.BUILT_IN, cohort -> new CohortCommand.ErasePersonalData("erase:" + person,
                Actor.of(actor, ActorRole.ORGANIZER), person));
    }
}
