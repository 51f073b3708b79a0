package kz.saruar.examples.cli.cohort;

import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import kz.saruar.examples.cli.CliText;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortJson;
import kz.saruar.cohort.UnreadableEventException;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import picocli.CommandLine.Command;

/** {@code saruar cohort events LOCATION}: every event as one JSON line (docs/events.md); personal data stays sealed. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Print every event of the cohort as JSON lines (personal data stays sealed).")
public final class CohortEventsCommand extends CohortSubcommand {
    @Override
    protected int run(Console c) {
        return options.open(c, true, true, o -> {
            try {
                return c.show(Cohort.events(o.store()), es -> {
                    ArrayNode a = JsonNodeFactory.instance.arrayNode();
                    es.forEach(e -> a.add(CohortJson.toJson(e)));
                    return a;
                }, es -> {
                    es.forEach(e -> c.out().println(CohortJson.toJson(e).toString()));
                    return c.done(ExitCodes.OK);
                });
            } catch (UnreadableEventException e) {
                c.out().flush();
                return c.refuse(List.of(Reason.of("EVENT_UNREADABLE", Rules.LFT_06, "$",
                        CliText.EVENT_UNREADABLE.text(e.text()))), ExitCodes.REFUSED);
            }
        });
    }
}
