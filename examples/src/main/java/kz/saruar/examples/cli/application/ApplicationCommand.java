package kz.saruar.examples.cli.application;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.CommandGroup;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.Problems;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityChecks;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.application.RuleCheck;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.Methodology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code saruar application check FILE.json [--lang kk|ru|en] [--json] [--on DATE]}: reads an
 * application and prints its eligibility verdict (APP-01..08, DEF-12). Exit 0 when every check
 * passed, 1 when the application is refused, a check failed or needs evidence, 2 when the file
 * cannot be read.
 */
@Command(name = "application", description = "Applications to the competition (APP-01..08, DEF-12).",
        subcommands = {ApplicationCommand.Check.class, CommandLine.HelpCommand.class})
public final class ApplicationCommand extends CommandGroup {
    /** {@code application check}: the verdict of the competition checks, and of APP-08 and DEF-12 when their facts are in the file. */
    @Command(name = "check", description = "Check an application: every rule PASSED, FAILED or NEEDS_EVIDENCE, with its figures.")
    public static final class Check extends CliCommand {
        @Parameters(index = "0", paramLabel = "FILE.json", description = "The application as JSON.")
        Path file;

        @Option(names = "--on", paramLabel = "DATE", description = "The decision date, YYYY-MM-DD (default: today in Kazakhstan).")
        LocalDate on;

        @Mixin
        MethodologyOption methodology;

        @Override
        protected int run(Console console) {
            Clock clock = Output.clock(Optional.ofNullable(on));
            return methodology.then(console, m -> console.then(ApplicationJson.read(file, clock), a -> check(a, m, clock, console)));
        }

        private static int check(ProjectApplication a, Methodology m, Clock clock, Console console) {
            PrintWriter out = console.out();
            Language language = console.language();
            EligibilityVerdict v = EligibilityChecks.competition(a, m, clock);
            if (a.admission().isPresent()) {
                v = v.and(EligibilityChecks.preAccelerationAdmission(a, m, clock));
            }
            if (a.preAcceleration().isPresent()) {
                v = v.and(EligibilityChecks.accelerationAdmission(a, m, clock));
            }
            if (console.json()) {
                // a failed check is a refusal in the one reason shape; the value lists every check
                LocalDate day = EligibilityChecks.decisionDate(clock);
                out.println(Problems.write(DecisionJson.toJson(Outcome.of(v, v.reasons()), verdict -> toJson(verdict, day),
                        language)));
                out.flush();
            } else {
                for (RuleCheck c : v.checks()) {
                    out.println(c.rule() + " " + c.requirement() + " " + status(c.status(), language) + " " + c.subject() + ": "
                            + c.message().get(language));
                }
                out.println(status(v.status(), language));
            }
            return v.status() == CheckStatus.PASSED ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }

    /** A check's status in words. */
    static String status(CheckStatus s, Language language) {
        return (switch (s) {
            case PASSED -> CliText.STATUS_PASSED;
            case FAILED -> CliText.STATUS_FAILED;
            case NEEDS_EVIDENCE -> CliText.STATUS_NEEDS_EVIDENCE;
        }).get(language);
    }

    /** The verdict as JSON: its status, decision date and every check with its figures and kk/ru/en message. */
    static ObjectNode toJson(EligibilityVerdict v, LocalDate day) {
        ObjectNode o = Output.F.objectNode().put("status", v.status().name()).put("decisionDate", day.toString());
        ArrayNode checks = o.putArray("checks");
        for (RuleCheck c : v.checks()) {
            ObjectNode n = checks.addObject().put("rule", c.rule().value()).put("requirement", c.requirement())
                    .put("subject", c.subject()).put("status", c.status().name());
            ObjectNode f = n.putObject("figures");
            c.figures().forEach(f::put);
            n.set("message", Output.text(c.message()));
        }
        return o;
    }
}
