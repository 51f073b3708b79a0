package kz.saruar.examples.cli.cohort;

import java.util.Optional;
import java.io.PrintWriter;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import kz.saruar.examples.cli.CliText;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.journal.RecordedEvent;
import java.util.concurrent.Callable;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortEvent;
import kz.saruar.cohort.CohortJson;
import kz.saruar.cohort.UnreadableEventException;
import kz.saruar.examples.cli.Console;
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
        Optional<CohortLocation.Opened> opened = CohortLocation.open(location, options.keys(), true, true, Console.of(spec));
        if (opened.isEmpty()) {
            return ExitCodes.UNREADABLE;
        }
        Console c = Console.of(spec);
        PrintWriter out = c.out();
        try (CohortLocation.Opened o = opened.get()) {
            List<RecordedEvent<CohortEvent>> events = Cohort.events(o.store());
            if (c.json()) {
                return c.accepted(events, es -> {
                    ArrayNode a = JsonNodeFactory.instance.arrayNode();
                    es.forEach(e -> a.add(e.toJson(CohortJson.MAPPER)));
                    return a;
                });
            }
            for (RecordedEvent<CohortEvent> e : events) {
                out.println(e.toJson(CohortJson.MAPPER).toString());
            }
            out.flush();
            return ExitCodes.OK;
        } catch (UnreadableEventException e) {
            out.flush();
            return c.refuse(List.of(Reason.of("EVENT_UNREADABLE", Rules.LFT_06, "$",
                    CliText.EVENT_UNREADABLE.text(Console.clean(e.getMessage())))), ExitCodes.REFUSED);
        }
    }
}
