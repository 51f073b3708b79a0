package kz.saruar.examples.cli.scheduling;

import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.CommandGroup;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.calendar.HolidayCalendars;
import kz.saruar.scheduling.input.SchedulingInputs;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.ConsultationPlanner;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.consultation.PlanChecker;
import kz.saruar.scheduling.consultation.PlannedConsultation;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.consultation.UnplacedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code saruar consultations plan REQUESTS.json [--json]}: plans a cohort's consultations (PRE-05/06) and verifies the plan. */
@Command(name = "consultations", mixinStandardHelpOptions = true,
        description = "Consultations of pre-acceleration (PRE-05/06/07).", subcommands = ConsultationsCommand.Plan.class)
public final class ConsultationsCommand extends CommandGroup {
    /** {@code consultations plan}: exit 0 when every request is placed, 1 when some are not (each with its reason). */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Place every request into the experts' availability (most constrained first, then repair); "
                    + "exit 1 lists the requests that could not be placed.")
    static final class Plan extends CliCommand {
        @Parameters(index = "0", paramLabel = "REQUESTS.json",
                description = "{\"now\": \"2026-03-02T09:00+05:00\", \"experts\": [{\"id\", \"availability\": [{\"start\", \"end\"}]}], "
                        + "\"requests\": [{\"id\", \"project\", \"expert\", \"initiator\": \"PROJECT|EXPERT\"}]}")
        Path file;

        @Mixin
        HolidaysOption holidays = new HolidaysOption();

        @Mixin
        MethodologyOption methodologyOption = new MethodologyOption();

        @Override
        protected int run(Console c) {
            return methodologyOption.then(c, m -> plan(m, c));
        }

        private int plan(Methodology m, Console c) {
            Language language = c.language();
            ZoneId zone = Kazakhstan.ZONE;
            ConsultationPolicy policy = ConsultationPolicy.from(m.preAcceleration().consultations());
            Outcome<PlanningProblem> read = SchedulingInputs.readRequests(file, policy, zone);
            if (read.refused()) {
                return Decisions.refuse(read.reasons(), c);
            }
            PlanningProblem problem = read.orElseThrow();
            Outcome<HolidayCalendars> cals = holidays.calendars();
            if (cals.refused()) {
                return Decisions.refuse(cals.reasons(), c);
            }
            WorkingCalendar calendar = cals.orElseThrow().kazakhstan();
            ConsultationPlan plan = new ConsultationPlanner(calendar).plan(problem);
            List<String> violations = new PlanChecker(calendar).violationTexts(problem, plan).stream().map(t -> t.get(language)).toList();
            int code = plan.unplaced().isEmpty() && violations.isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED;
            if (c.json()) {
                c.accepted(plan, p -> planJson(p, violations, language, zone));
                return code;
            }
            c.line(CliText.PLAN_SUMMARY, plan.placed().size(), plan.unplaced().size(), violations.size());
            for (PlannedConsultation p : plan.placed()) {
                c.line(CliText.PLAN_PLACED, p.slot().start().atZone(zone).toLocalDateTime(), p.request().id(),
                        p.request().project(), p.request().expert());
            }
            for (UnplacedRequest u : plan.unplaced()) {
                c.line(CliText.PLAN_NOT_PLACED, u.request().id(), u.reason().code() + " " + u.reason().describe(language));
            }
            violations.forEach(v -> c.line(CliText.PLAN_VIOLATION, v));
            return c.done(code);
        }

        private static ObjectNode planJson(ConsultationPlan plan, List<String> violations, Language language, ZoneId zone) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            ArrayNode placed = root.putArray("placed");
            for (PlannedConsultation p : plan.placed()) {
                placed.addObject().put("request", p.request().id()).put("project", p.request().project().value())
                        .put("expert", p.request().expert().value())
                        .put("start", p.slot().start().atZone(zone).toOffsetDateTime().toString())
                        .put("end", p.slot().end().atZone(zone).toOffsetDateTime().toString());
            }
            ArrayNode unplaced = root.putArray("unplaced");
            for (UnplacedRequest u : plan.unplaced()) {
                unplaced.addObject().put("request", u.request().id()).set("reason", DecisionJson.reason(u.reason(), language));
            }
            ArrayNode v = root.putArray("violations");
            violations.forEach(v::add);
            return root;
        }
    }
}
