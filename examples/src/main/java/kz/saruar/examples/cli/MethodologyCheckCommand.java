package kz.saruar.examples.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import kz.saruar.jqwik.ConsistencyCheck;
import kz.saruar.jqwik.ConsistencyProperties;
import kz.saruar.jqwik.ConsistencyReport;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.Methodology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar methodology check FILE}: runs the rule-consistency properties of the kit
 * (saruar-jqwik) against a methodology and prints each failure with its rules and its shrunk
 * counterexample; exit 0 all hold, 1 some fail, 2 unreadable.
 */
@Command(name = "check", description = "Check that the rules of a methodology file agree with each other "
        + "(bands, threshold, proration, calendars, deadlines, lifecycle).")
public final class MethodologyCheckCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", description = "The methodology file (JSON).")
    Path file;

    @Option(names = "--tries", description = "Cases tried per property (default: ${DEFAULT-VALUE}).")
    int tries = 200;

    @Option(names = "--seed", description = "The seed of the run; the same seed gives the same report (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    protected int run(Console console) {
        PrintWriter out = console.out();
        Language language = console.language();
        boolean json = console.json();
        if (tries < 1) {
            throw new UsageProblem(spec.commandLine(), CliText.AT_LEAST_ONE, "--tries");
        }
        Outcome<Methodology> loaded = Methodology.loader().load(file);
        if (loaded.refused()) {
            return Problems.report(loaded.reasons(), CliText.NOT_A_METHODOLOGY.get(language, file), language, json, out, out);
        }
        ConsistencyReport report = ConsistencyCheck.of(ConsistencyProperties.standard())
                .run(loaded.orElseThrow(), tries, seed);
        List<Reason> failures = report.failures().stream().map(r -> reason(report, r)).toList();
        if (json) {
            return failures.isEmpty() ? console.accepted(report, x -> toJson(x, language)) : console.refuse(failures);
        }
        for (ConsistencyReport.Result r : report.results()) {
            // the property's name is a code (as in --json); its promise says it in the chosen language
            out.println(console.text(r.held() ? CliText.PROPERTY_HOLDS : CliText.PROPERTY_FAILED) + "  " + r.property() + " "
                    + r.rules() + ": " + r.promiseText().get(language));
            r.counterexampleText().ifPresent(c -> out.println("        " + console.text(CliText.COUNTEREXAMPLE, r.triesRun(), c)));
            r.violationText().ifPresent(v -> out.println("        " + v.get(language)));
        }
        console.line(CliText.CHECK_SUMMARY, report.results().size() - failures.size(), failures.size(), tries, seed);
        return console.done(failures.isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED);
    }

    /** A failed property as a reason: its subject the methodology, its message the promise, the violation and the counterexample. */
    private static Reason reason(ConsistencyReport report, ConsistencyReport.Result r) {
        LocalizedText message = CliText.RULES_DISAGREE_ON.text(r.promiseText(), r.violationText().orElseThrow(),
                r.counterexampleText().orElseThrow());
        return new Reason(r.property(), r.rules(), report.methodologyId(), List.of(Figure.of("try", r.triesRun())), message);
    }

    /** Each property's promise as DecisionJson gives a message: {@code promise} in kk/ru/en, {@code text} in the chosen language. */
    private static ObjectNode toJson(ConsistencyReport report, Language language) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("methodology", report.methodologyId())
                .put("tries", report.tries()).put("seed", report.seed());
        for (ConsistencyReport.Result r : report.results()) {
            ObjectNode p = n.withArray("properties").addObject().put("property", r.property()).put("held", r.held());
            ObjectNode promise = p.putObject("promise");
            for (Language l : Language.values()) {
                promise.put(l.tag(), r.promiseText().get(l));
            }
            p.put("text", r.promiseText().get(language));
            r.rules().forEach(id -> p.withArray("rules").add(id.value()));
        }
        return n;
    }
}
