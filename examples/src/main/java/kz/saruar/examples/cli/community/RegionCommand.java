package kz.saruar.examples.cli.community;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.saruar.community.region.FactorRating;
import kz.saruar.community.region.ReadinessReport;
import kz.saruar.community.region.RegionReadiness;
import kz.saruar.community.region.RegionalRole;
import kz.saruar.community.region.RegionalTask;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.Lang;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saruar region readiness CHECKLIST.json}: a region's readiness to start an accelerator
 * (REG-03) and its gaps against REG-01's tasks and REG-02's roles. Exit 0 with the report (ready
 * or not), 1 when the checklist is refused, 2 when it cannot be read.
 */
@Command(name = "region", mixinStandardHelpOptions = true, description = "Regional rollout (REG-01..04).",
        subcommands = RegionCommand.Readiness.class)
public final class RegionCommand implements Runnable {
    private static final LocalizedText WEAK = LocalizedText.of("Әлсіз факторлар", "Слабые факторы", "Weak factors");
    private static final LocalizedText ROLES = LocalizedText.of("Ешкім атқармайтын рөлдер (REG-02)", "Роли, которые никто не выполняет (REG-02)", "Roles nobody holds (REG-02)");
    private static final LocalizedText TASKS = LocalizedText.of("Жабылмаған міндеттер (REG-01)", "Непокрытые задачи (REG-01)", "Tasks not covered (REG-01)");
    private static final LocalizedText READY = LocalizedText.of("Өңір дайын", "Регион готов", "The region is ready");
    private static final LocalizedText NOT_READY = LocalizedText.of("Өңір әлі дайын емес", "Регион пока не готов", "The region is not ready yet");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code saruar region readiness}. */
    @Command(name = "readiness", mixinStandardHelpOptions = true,
            description = "The six REG-03 factors with evidence and rating, and the gaps against REG-01 tasks and REG-02 roles.")
    static final class Readiness implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CHECKLIST.json", description = "The region's readiness checklist.")
        Path file;

        @Option(names = "--lang", description = "Language: ${COMPLETION-CANDIDATES} (default: ru).")
        Lang lang = Lang.ru;

        @Option(names = "--json", description = "Print the decision as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Language l = lang.language();
            Outcome<ReadinessReport> o = RegionReadiness.read(file);
            if (o.refused()) {
                return CommunityIo.refused(o.reasons(), l, json, out, err);
            }
            ReadinessReport r = o.orElseThrow();
            if (json) {
                out.println(CommunityIo.write(DecisionJson.toJson(o, RegionCommand::toJson, l)));
                return ExitCodes.OK;
            }
            out.println("REG-03 " + r.region());
            for (FactorRating f : r.factors()) {
                out.println("  " + f.rating() + "/" + RegionReadiness.MAX_RATING + "  " + f.factor().displayName().get(l)
                        + "  — " + String.join("; ", f.evidence()));
            }
            out.println(WEAK.get(l) + ": " + (r.weakFactors().isEmpty() ? "-"
                    : String.join(", ", r.weakFactors().stream().map(f -> f.displayName().get(l)).toList())));
            out.println(ROLES.get(l) + ": " + (r.missingRoles().isEmpty() ? "-"
                    : String.join(", ", r.missingRoles().stream().map(x -> x.displayName().get(l)).toList())));
            out.println(TASKS.get(l) + ": " + (r.uncoveredTasks().isEmpty() ? "-"
                    : String.join(", ", r.uncoveredTasks().stream().map(x -> x.displayName().get(l)).toList())));
            out.println(r.ready() ? READY.get(l) : NOT_READY.get(l));
            return ExitCodes.OK;
        }
    }

    private static ObjectNode toJson(ReadinessReport r) {
        ObjectNode n = CommunityIo.F.objectNode().put("region", r.region()).put("ready", r.ready());
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
