package kz.saruar.examples.cli.community;

import kz.saruar.examples.cli.CommandGroup;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.saruar.community.matching.CohortAssignment;
import kz.saruar.community.matching.Exclusion;
import kz.saruar.community.matching.Fit;
import kz.saruar.community.matching.MentorMatcher;
import kz.saruar.community.matching.Suggestion;
import kz.saruar.community.registry.Need;
import kz.saruar.community.registry.Registry;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saruar mentors suggest|assign}: mentor matching (HUB-01, M II.2.2) on a registry (PLT-01).
 * Exit 0 with the result, 1 when the registry or the request is refused, 2 when the file cannot
 * be read.
 */
@Command(name = "mentors", mixinStandardHelpOptions = true,
        description = "Mentor matching (HUB-01): explained suggestions and the optimal cohort assignment.",
        subcommands = {MentorsCommand.Suggest.class, MentorsCommand.Assign.class})
public final class MentorsCommand extends CommandGroup {
    /** The option both subcommands share ({@code --lang} and {@code --json} are global). */
    static class Common {
        @Mixin
        MethodologyOption methodology;
    }

    private static Outcome<Registry> registry(Path file, Common c) {
        return c.methodology.resolve().flatMap(m -> Registry.read(file, m));
    }

    static ObjectNode fitJson(Fit f) {
        ObjectNode o = CommunityIo.F.objectNode().put("project", f.project()).put("expert", f.expert()).put("score", f.score());
        ArrayNode cov = o.putArray("covered");
        f.covered().forEach(n -> cov.add(n.label()));
        ArrayNode mis = o.putArray("missed");
        f.missed().forEach(n -> mis.add(n.label()));
        o.putObject("points").put("needs", f.needsPoints()).put("direction", f.directionPoints())
                .put("region", f.regionPoints()).put("freeCapacity", f.loadPoints());
        o.put("currentLoad", f.currentLoad()).put("capacity", f.capacity());
        return o;
    }

    private static String needs(java.util.List<Need> needs) {
        return needs.isEmpty() ? "-" : String.join(", ", needs.stream().map(Need::label).toList());
    }

    /** {@code saruar mentors suggest REGISTRY.json PROJECT-ID}. */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Mentor-experts for one project, ranked and explained, with every exclusion's reasons.")
    static final class Suggest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "REGISTRY.json", description = "The expert and project registry.")
        Path file;

        @Parameters(index = "1", paramLabel = "PROJECT-ID", description = "The project's identifier.")
        String project;

        @Mixin
        Common common = new Common();

        @Override
        public Integer call() {
            Console c = Console.of(spec);
            PrintWriter out = c.out();
            Language l = c.language();
            Outcome<Suggestion> o = registry(file, common).flatMap(r -> MentorMatcher.of(r).suggest(project));
            if (o.refused()) {
                return c.refuse(o.reasons());
            }
            Suggestion s = o.orElseThrow();
            if (c.json()) {
                out.println(CommunityIo.write(DecisionJson.toJson(o, v -> {
                    ObjectNode n = CommunityIo.F.objectNode().put("project", v.project());
                    ArrayNode ranked = n.putArray("ranked");
                    v.ranked().forEach(f -> ranked.add(fitJson(f)));
                    ArrayNode ex = n.putArray("excluded");
                    for (Exclusion x : v.excluded()) {
                        ex.addObject().put("expert", x.expert()).set("reasons", DecisionJson.reasons(x.reasons(), l));
                    }
                    return n;
                }, l)));
                return ExitCodes.OK;
            }
            out.println("HUB-01 " + s.project());
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
            out.println(CliText.MENTORS_CONSENT.get(l));
            return ExitCodes.OK;
        }
    }

    /** {@code saruar mentors assign REGISTRY.json [--json]}. */
    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "The optimal assignment of mentors to the whole cohort under every hard constraint.")
    static final class Assign implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "REGISTRY.json", description = "The expert and project registry.")
        Path file;

        @Mixin
        Common common = new Common();

        @Override
        public Integer call() {
            Console c = Console.of(spec);
            PrintWriter out = c.out();
            Language l = c.language();
            Outcome<CohortAssignment> o = registry(file, common).map(r -> MentorMatcher.of(r).assign());
            if (o.refused()) {
                return c.refuse(o.reasons());
            }
            CohortAssignment a = o.orElseThrow();
            if (c.json()) {
                out.println(CommunityIo.write(DecisionJson.toJson(o, v -> {
                    ObjectNode n = CommunityIo.F.objectNode().put("objective", v.objective().name()).put("totalFit", v.totalFit());
                    ArrayNode pairs = n.putArray("pairs");
                    v.pairs().forEach(f -> pairs.add(fitJson(f)));
                    ArrayNode un = n.putArray("unassigned");
                    v.unassigned().forEach(un::add);
                    return n;
                }, l)));
                return ExitCodes.OK;
            }
            out.println("HUB-01 " + a.objective());
            for (Fit f : a.pairs()) {
                out.printf("%s <- %s  %d  (%s: %s)%n", f.project(), f.expert(), f.score(), CliText.MENTORS_COVERS.get(l), needs(f.covered()));
            }
            out.println(CliText.MENTORS_UNASSIGNED.get(l) + ": " + (a.unassigned().isEmpty() ? "-" : String.join(", ", a.unassigned())));
            out.println(CliText.MENTORS_TOTAL.get(l) + ": " + a.totalFit());
            out.println(CliText.MENTORS_CONSENT.get(l));
            return ExitCodes.OK;
        }
    }
}
