package kz.saruar.examples.cli.community;

import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.CommandGroup;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import kz.saruar.community.region.FactorRating;
import kz.saruar.community.region.ReadinessReport;
import kz.saruar.community.region.RegionReadiness;
import kz.saruar.community.region.RegionalRole;
import kz.saruar.community.region.RegionalTask;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar region readiness CHECKLIST.json}: a region's readiness to start an accelerator
 * (REG-03) and its gaps against REG-01's tasks and REG-02's roles. Exit 0 with the report (ready
 * or not), 1 when the checklist is refused, 2 when it cannot be read.
 */
@Command(name = "region", mixinStandardHelpOptions = true, description = "Regional rollout (REG-01..04).",
        subcommands = RegionCommand.Readiness.class)
public final class RegionCommand extends CommandGroup {
    /** {@code saruar region readiness}. */
    @Command(name = "readiness", mixinStandardHelpOptions = true,
            description = "The six REG-03 factors with evidence and rating, and the gaps against REG-01 tasks and REG-02 roles.")
    static final class Readiness extends CliCommand {
        @Parameters(index = "0", paramLabel = "CHECKLIST.json", description = "The region's readiness checklist.")
        Path file;

        @Override
        protected int run(Console c) {
            return c.print(RegionReadiness.read(file), RegionCommand::toJson, r -> print(r, c));
        }

        private static int print(ReadinessReport r, Console c) {
            PrintWriter out = c.out();
            Language l = c.language();
            out.println("REG-03 " + r.region());
            for (FactorRating f : r.factors()) {
                out.println("  " + f.rating() + "/" + RegionReadiness.MAX_RATING + "  " + f.factor().displayName().get(l)
                        + "  — " + String.join("; ", f.evidence()));
            }
            out.println(CliText.REGION_WEAK.get(l) + ": " + (r.weakFactors().isEmpty() ? "-"
                    : String.join(", ", r.weakFactors().stream().map(f -> f.displayName().get(l)).toList())));
            out.println(CliText.REGION_ROLES.get(l) + ": " + (r.missingRoles().isEmpty() ? "-"
                    : String.join(", ", r.missingRoles().stream().map(x -> x.displayName().get(l)).toList())));
            out.println(CliText.REGION_TASKS.get(l) + ": " + (r.uncoveredTasks().isEmpty() ? "-"
                    : String.join(", ", r.uncoveredTasks().stream().map(x -> x.displayName().get(l)).toList())));
            out.println(r.ready() ? CliText.REGION_READY.get(l) : CliText.REGION_NOT_READY.get(l));
            return c.done(ExitCodes.OK);
        }
    }

    private static ObjectNode toJson(ReadinessReport r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("region", r.region()).put("ready", r.ready());
        ArrayNode fs = n.putArray("factors");
        r.factors().forEach(f -> {
            ObjectNode o = fs.addObject().put("factor", f.factor().name()).put("rating", f.rating());
            ArrayNode ev = o.putArray("evidence");
            f.evidence().forEach(ev::add);
        });
        ArrayNode weak = n.putArray("weakFactors");
        r.weakFactors().forEach(f -> weak.add(f.name()));
        ArrayNode roles = n.putArray("missingRoles");
        r.missingRoles().stream().map(RegionalRole::name).forEach(roles::add);
        ArrayNode tasks = n.putArray("uncoveredTasks");
        r.uncoveredTasks().stream().map(RegionalTask::name).forEach(tasks::add);
        return n;
    }
}
