package kz.saruar.examples.cli.cohort;

import java.util.Optional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.InputFiles;
import java.util.List;
import kz.saruar.model.Rules;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar cohort apply LOCATION APPLICATION.json}: submits an application (APP-03) to the cohort. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Submit APPLICATION.json to the cohort at LOCATION (APP-03); the same file twice is one submission.")
public final class CohortApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOCATION", description = "The cohort's directory or store URI.")
    String location;

    @Parameters(index = "1", paramLabel = "APPLICATION.json", description = "The application.")
    Path file;

    @Option(names = "--project", paramLabel = "ID", description = "The project's id (default: P-NN, the next number).")
    String project;

    @Option(names = "--key", paramLabel = "KEY", description = "The idempotency key (default: from the file's SHA-256).")
    String key;

    @Option(names = "--actor", paramLabel = "ID", description = "The submitting account (role TEAM; default: cli).")
    String actor = "cli";

    @Mixin
    CohortOptions options;

    @Override
    public Integer call() {
        Clock clock = Clock.system(Kazakhstan.ZONE);
        Outcome<ProjectApplication> read = ApplicationJson.read(file, clock);
        if (read.refused()) {
            return Console.of(spec).refuse(read.reasons());
        }
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), false, true, Console.of(spec));
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        try (CohortLocation.Opened o = opened.get()) {
            Cohort cohort = Cohort.open(o.store(), clock, o.keys());
            String k = key != null ? key : "apply:" + CohortSheetsCommand.sha256(Files.readAllBytes(file));
            String p = project != null ? project : String.format("P-%02d", cohort.state().projects().size() + 1);
            if (key == null && project == null && cohort.state().projects().size() > 0) {
                // the same file again: keep the project id of its first submission
                p = CohortSheetsCommand.projectOfKey(cohort, k).orElse(p);
            }
            return options.print(cohort.submit(new CohortCommand.SubmitApplication(k, Actor.of(actor, ActorRole.TEAM), p,
                    read.orElseThrow())), Console.of(spec));
        } catch (IOException e) {
            return Console.of(spec).refuse(List.of(InputFiles.unreadable(file, Rules.APP_03)), ExitCodes.UNREADABLE);
        }
    }
}
