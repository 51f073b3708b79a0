package kz.saruar.examples.cli.cohort;

import java.util.Optional;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.RecordedEvent;
import kz.saruar.cohort.UnreadableEventException;
import kz.saruar.examples.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar cohort events LOCATION}: every event as one JSON line (docs/events.md); personal data stays sealed. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Print every event of the cohort as JSON lines (personal data stays sealed).")
public final class CohortEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOCATION", description = "The cohort's directory or store URI.")
    String location;

    @Mixin
    CohortOptions options;

    @Override
    public Integer call() {
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), true, true, spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (CohortLocation.Opened o = opened.get()) {
            for (RecordedEvent e : Cohort.events(o.store())) {
                out.println(e.toJson().toString());
            }
            out.flush();
            return ExitCodes.OK;
        } catch (UnreadableEventException e) {
            out.flush();
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.REFUSED;
        }
    }
}
