package kz.saruar.examples.cli.cohort;

import java.nio.file.Path;
import java.time.Clock;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.examples.cli.Console;
import kz.saruar.model.Rules;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code saruar cohort apply LOCATION APPLICATION.json}: submits an application (APP-03) to the cohort. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Submit APPLICATION.json to the cohort at LOCATION (APP-03); the same file twice is one submission.")
public final class CohortApplyCommand extends CohortSubcommand {
    /** {@code --holidays DIR}: the working days the cohort decides on (PRE-05). */
    @Mixin
    CohortCalendar calendar = new CohortCalendar();

    @Parameters(index = "1", paramLabel = "APPLICATION.json", description = "The application.")
    Path file;

    @Option(names = "--project", paramLabel = "ID", description = "The project's id (default: P-NN, the next number).")
    String project;

    @Option(names = "--key", paramLabel = "KEY", description = "The idempotency key (default: from the file's SHA-256).")
    String key;

    @Option(names = "--actor", paramLabel = "ID", description = "The submitting account (role TEAM; default: cli).")
    String actor = "cli";

    @Override
    protected int run(Console c) {
        Clock clock = Clock.system(Kazakhstan.ZONE);
        Outcome<ProjectApplication> read = ApplicationJson.read(file, clock);
        if (read.refused()) {
            return c.refuse(read.reasons());
        }
        return c.then(CohortOptions.digest(file, Rules.APP_03), digest -> submit(read.orElseThrow(), digest, clock, c));
    }

    private int submit(ProjectApplication application, String digest, Clock clock, Console c) {
        String k = key != null ? key : "apply:" + digest;
        return options.submit(c, clock, calendar, cohort -> {
            String p = project != null ? project : String.format("P-%02d", cohort.state().projects().size() + 1);
            if (key == null && project == null && cohort.state().projects().size() > 0) {
                // the same file again: keep the project id of its first submission
                p = CohortSheetsCommand.projectOfKey(cohort, k).orElse(p);
            }
            return new CohortCommand.SubmitApplication(k, Actor.of(actor, ActorRole.TEAM), p, application);
        });
    }
}
