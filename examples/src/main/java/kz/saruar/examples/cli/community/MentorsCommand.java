package kz.saruar.examples.cli.community;

import kz.saruar.examples.cli.CommandGroup;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;
import kz.saruar.community.matching.CohortAssignment;
import kz.saruar.community.matching.Exclusion;
import kz.saruar.community.matching.Fit;
import kz.saruar.community.matching.MentorMatcher;
import kz.saruar.community.matching.Suggestion;
import kz.saruar.community.registry.Need;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.model.Language;
import kz.saruar.model.decision.DecisionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar mentors suggest|assign}: mentor matching (HUB-01, M II.2.2) on a registry (PLT-01).
 * Exit 0 with the result, 1 when the registry or the request is refused, 2 when the file cannot
 * be read.
 */
@Command(name = "mentors", mixinStandardHelpOptions = true,
        description = "Mentor matching (HUB-01): explained suggestions and the optimal cohort assignment.",
        subcommands = {MentorsCommand.Suggest.class, MentorsCommand.Assign.class})
public final class MentorsCommand extends CommandGroup {
    static ObjectNode fitJson(Fit f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("project", f.project()).put("expert", f.expert()).put("score", f.score());
        ArrayNode cov = o.putArray("covered");
        f.covered().forEach(n -> cov.add(n.label()));
        ArrayNode mis = o.putArray("missed");
        f.missed().forEach(n -> mis.add(n.label()));
        o.putObject("points").put("needs", f.needsPoints()).put("direction", f.directionPoints())
                .put("region", f.regionPoints()).put("freeCapacity", f.loadPoints());
        o.put("currentLoad", f.currentLoad()).put("capacity", f.capacity());
        return o;
    }

    /** Prints a HUB-01 result: its heading, its lines, and the reminder that a match needs both sides' consent. */
    private static int print(Console c, Object heading, Consumer<PrintWriter> lines) {
        c.out().println("HUB-01 " + heading);
        lines.accept(c.out());
        c.line(CliText.MENTORS_CONSENT);
        return c.done(ExitCodes.OK);
    }

    private static String needs(java.util.List<Need> needs) {
        return needs.isEmpty() ? "-" : String.join(", ", needs.stream().map(Need::label).toList());
    }

    /** {@code saruar mentors suggest REGISTRY.json PROJECT-ID}. */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Mentor-experts for one project, ranked and explained, with every exclusion's reasons.")
    static final class Suggest extends RegistryCommand {
        @Parameters(index = "1", paramLabel = "PROJECT-ID", description = "The project's identifier.")
        String project;

        @Override
        protected int run(Console c) {
            return c.print(registry().flatMap(r -> MentorMatcher.of(r).suggest(project)), v -> {
                ObjectNode n = JsonNodeFactory.instance.objectNode().put("project", v.project());
                ArrayNode ranked = n.putArray("ranked");
                v.ranked().forEach(f -> ranked.add(fitJson(f)));
                ArrayNode ex = n.putArray("excluded");
                for (Exclusion x : v.excluded()) {
                    ex.addObject().put("expert", x.expert()).set("reasons", DecisionJson.reasons(x.reasons(), c.language()));
                }
                return n;
            }, s -> print(c, s.project(), out -> lines(s, c.language(), out)));
        }

        private static void lines(Suggestion s, Language l, PrintWriter out) {
            int rank = 1;
            for (Fit f : s.ranked()) {
                out.printf("%d. %s  %d  (%s: %s; %s: %s; %s %d/%d)%n", rank++, f.expert(), f.score(), CliText.MENTORS_COVERS.get(l),
                        needs(f.covered()), CliText.MENTORS_MISSES.get(l), needs(f.missed()), CliText.MENTORS_LOAD.get(l), f.currentLoad(), f.capacity());
            }
            if (!s.excluded().isEmpty()) {
                out.println(CliText.MENTORS_EXCLUDED.get(l) + ":");
                for (Exclusion x : s.excluded()) {
                    x.reasons().forEach(r -> out.println("  " + x.expert() + ": [" + r.rule() + "] " + r.message().get(l)));
                }
            }
        }
    }

    /** {@code saruar mentors assign REGISTRY.json [--json]}. */
    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "The optimal assignment of mentors to the whole cohort under every hard constraint.")
    static final class Assign extends RegistryCommand {
        @Override
        protected int run(Console c) {
            return c.print(registry().map(r -> MentorMatcher.of(r).assign()), v -> {
                ObjectNode n = JsonNodeFactory.instance.objectNode().put("objective", v.objective().name()).put("totalFit", v.totalFit());
                ArrayNode pairs = n.putArray("pairs");
                v.pairs().forEach(f -> pairs.add(fitJson(f)));
                ArrayNode un = n.putArray("unassigned");
                v.unassigned().forEach(un::add);
                return n;
            }, a -> print(c, a.objective(), out -> lines(a, c.language(), out)));
        }

        private static void lines(CohortAssignment a, Language l, PrintWriter out) {
            for (Fit f : a.pairs()) {
                out.printf("%s <- %s  %d  (%s: %s)%n", f.project(), f.expert(), f.score(), CliText.MENTORS_COVERS.get(l), needs(f.covered()));
            }
            out.println(CliText.MENTORS_UNASSIGNED.get(l) + ": " + (a.unassigned().isEmpty() ? "-" : String.join(", ", a.unassigned())));
            out.println(CliText.MENTORS_TOTAL.get(l) + ": " + a.totalFit());
        }
    }
}
