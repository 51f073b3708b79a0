package kz.saruar.examples.cli.cohort;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortJson;
import kz.saruar.cohort.CohortState;
import kz.saruar.cohort.PendingDeadline;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.model.Kazakhstan;
import kz.saruar.examples.cli.CliText;
import kz.saruar.model.lifecycle.ProjectState;
import picocli.CommandLine.Command;

/** {@code saruar cohort status LOCATION}: projects by state and the open deadlines (APP-10, DEF-11); no personal data. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print the cohort's projects by state and its pending deadlines (APP-10, DEF-11).")
public final class CohortStatusCommand extends CohortSubcommand {
    @Override
    protected int run(Console c) {
        return options.open(c, true, true, o -> options.withCohort(c, o, Clock.system(Kazakhstan.ZONE), CohortCalendar.BUILT_IN, cohort -> c.show(cohort.state(),
                CohortStatusCommand::json, s -> {
                    c.line(CliText.COHORT_STATUS, s.cohortId(), s.methodologyId(), s.methodologySha256(), s.position());
                    for (Map.Entry<ProjectState, List<String>> e : s.byState().entrySet()) {
                        c.out().println("  " + e.getKey() + " (" + e.getValue().size() + "): " + String.join(", ", e.getValue()));
                    }
                    for (PendingDeadline d : s.pendingDeadlines()) {
                        c.line(CliText.COHORT_DUE, d.due(), d.description(), d.rule(), d.project());
                    }
                    return c.done(ExitCodes.OK);
                })));
    }

    static ObjectNode json(CohortState s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cohort", s.cohortId());
        o.put("methodology", s.methodologyId());
        o.put("methodologySha256", s.methodologySha256());
        o.put("position", s.position());
        o.put("lastHash", s.lastHash());
        ObjectNode states = o.putObject("byState");
        s.byState().forEach((state, ids) -> {
            ArrayNode a = states.putArray(state.name());
            ids.forEach(a::add);
        });
        o.set("pendingDeadlines", CohortJson.toJson(s.pendingDeadlines()));
        o.put("consultations", s.consultations().size());
        o.set("defenseSessions", CohortJson.toJson(s.defenseSessions()));
        o.put("erasedPersons", s.erasedPersons().size());
        return o;
    }
}
