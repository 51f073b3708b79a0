package kz.saruar.examples.cli.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.Lang;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.Refusal;
import kz.saruar.scheduling.SchedulingZone;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.ConsultationPlan;
import kz.saruar.scheduling.consultation.ConsultationPlanner;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.consultation.ConsultationRequest;
import kz.saruar.scheduling.consultation.ExpertAvailability;
import kz.saruar.scheduling.consultation.ExpertId;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.consultation.PlanChecker;
import kz.saruar.scheduling.consultation.PlannedConsultation;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.consultation.ProjectId;
import kz.saruar.scheduling.consultation.TimeSlot;
import kz.saruar.scheduling.consultation.UnplacedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar consultations plan REQUESTS.json [--json]}: plans a cohort's consultations (PRE-05/06) and verifies the plan. */
@Command(name = "consultations", mixinStandardHelpOptions = true,
        description = "Consultations of pre-acceleration (PRE-05/06/07).", subcommands = ConsultationsCommand.Plan.class)
public final class ConsultationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** {@code consultations plan}: exit 0 when every request is placed, 1 when some are not (each with its reason). */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Place every request into the experts' availability (most constrained first, then repair); "
                    + "exit 1 lists the requests that could not be placed.")
    static final class Plan implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "REQUESTS.json",
                description = "{\"now\": \"2026-03-02T09:00+05:00\", \"experts\": [{\"id\", \"availability\": [{\"start\", \"end\"}]}], "
                        + "\"requests\": [{\"id\", \"project\", \"expert\", \"initiator\": \"PROJECT|EXPERT\"}]}")
        Path file;

        @Option(names = "--json", description = "Print the plan as JSON.")
        boolean json;

        @Option(names = "--lang", description = "Language: ${COMPLETION-CANDIDATES} (default: ru).")
        Lang lang = Lang.ru;

        @Mixin
        MethodologyOption methodologyOption = new MethodologyOption();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Language language = lang.language();
            ZoneId zone = SchedulingZone.ALMATY;
            kz.saruar.model.decision.Outcome<Methodology> m = methodologyOption.resolve();
            if (!(m instanceof kz.saruar.model.decision.Outcome.Accepted<Methodology> valid)) {
                err.println("the methodology file is invalid: " + m);
                return ExitCodes.UNREADABLE;
            }
            ConsultationPolicy policy = ConsultationPolicy.from(valid.result().preAcceleration().consultations());
            PlanningProblem problem;
            List<Refusal> pastWindows = new ArrayList<>();
            try {
                JsonNode root = Inputs.read(file);
                Instant now = Inputs.instant(root, "$", "now");
                List<ExpertAvailability> experts = new ArrayList<>();
                JsonNode ex = Inputs.field(root, "$", "experts");
                for (int i = 0; i < ex.size(); i++) {
                    String path = "$.experts[" + i + "]";
                    JsonNode e = ex.get(i);
                    ExpertId id = ExpertId.of(Inputs.text(e, path, "id"));
                    List<TimeSlot> windows = new ArrayList<>();
                    JsonNode av = Inputs.field(e, path, "availability");
                    for (int j = 0; j < av.size(); j++) {
                        String wp = path + ".availability[" + j + "]";
                        Instant s = Inputs.instant(av.get(j), wp, "start");
                        Instant t = Inputs.instant(av.get(j), wp, "end");
                        if (!t.isAfter(s)) {
                            throw new InputException(wp + " ends " + t + " not after its start " + s);
                        }
                        if (!t.isAfter(now)) {
                            pastWindows.add(Refusal.of("AVAILABILITY_IN_THE_PAST", kz.saruar.model.RuleId.of("PRE-05"),
                                    wp + ": " + id + " бос уақыты өтіп кеткен (" + t + ")",
                                    wp + ": свободное время эксперта " + id + " уже прошло (" + t + ")",
                                    wp + ": availability of expert " + id + " is in the past (" + t + ")"));
                        }
                        windows.add(new TimeSlot(s, t));
                    }
                    experts.add(new ExpertAvailability(id, windows));
                }
                List<ConsultationRequest> requests = new ArrayList<>();
                Set<String> ids = new HashSet<>();
                JsonNode rq = Inputs.field(root, "$", "requests");
                for (int i = 0; i < rq.size(); i++) {
                    String path = "$.requests[" + i + "]";
                    JsonNode r = rq.get(i);
                    String id = Inputs.text(r, path, "id");
                    if (!ids.add(id)) {
                        throw new InputException(path + ".id appears twice: \"" + id + "\"");
                    }
                    String initiator = r.has("initiator") ? Inputs.text(r, path, "initiator") : "PROJECT";
                    Initiator in;
                    try {
                        in = Initiator.valueOf(initiator.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new InputException(path + ".initiator is not PROJECT or EXPERT: \"" + initiator + "\"", e);
                    }
                    requests.add(new ConsultationRequest(id, ProjectId.of(Inputs.text(r, path, "project")),
                            ExpertId.of(Inputs.text(r, path, "expert")), in));
                }
                problem = new PlanningProblem(now, zone, policy, experts, requests);
            } catch (InputException e) {
                err.println(e.getMessage());
                return ExitCodes.UNREADABLE;
            }
            if (!pastWindows.isEmpty()) {
                err.println("refused:");
                Inputs.printRefusals(err, pastWindows, language);
                return ExitCodes.REFUSED;
            }
            WorkingCalendar calendar = WorkingCalendar.kazakhstan();
            ConsultationPlan plan = new ConsultationPlanner(calendar).plan(problem);
            List<String> violations = new PlanChecker(calendar).violations(problem, plan);
            if (json) {
                printJson(out, plan, violations, language, zone);
            } else {
                out.println("placed: " + plan.placed().size() + ", not placed: " + plan.unplaced().size()
                        + ", constraint violations: " + violations.size());
                for (PlannedConsultation p : plan.placed()) {
                    out.println(p.slot().start().atZone(zone).toLocalDateTime() + "  " + p.request().id() + "  project "
                            + p.request().project() + "  expert " + p.request().expert());
                }
                for (UnplacedRequest u : plan.unplaced()) {
                    out.println("NOT PLACED " + u.request().id() + ": " + u.reason().describe(language));
                }
                violations.forEach(v -> out.println("VIOLATION " + v));
            }
            return plan.unplaced().isEmpty() && violations.isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED;
        }

        private static void printJson(PrintWriter out, ConsultationPlan plan, List<String> violations, Language language,
                ZoneId zone) throws Exception {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            ArrayNode placed = root.putArray("placed");
            for (PlannedConsultation p : plan.placed()) {
                placed.addObject().put("request", p.request().id()).put("project", p.request().project().value())
                        .put("expert", p.request().expert().value())
                        .put("start", p.slot().start().atZone(zone).toOffsetDateTime().toString())
                        .put("end", p.slot().end().atZone(zone).toOffsetDateTime().toString());
            }
            ArrayNode unplaced = root.putArray("unplaced");
            for (UnplacedRequest u : plan.unplaced()) {
                ObjectNode n = unplaced.addObject().put("request", u.request().id()).put("code", u.reason().code())
                        .put("message", u.reason().message().get(language));
                ArrayNode rules = n.putArray("rules");
                u.reason().rules().forEach(r -> rules.add(r.value()));
            }
            ArrayNode v = root.putArray("violations");
            violations.forEach(v::add);
            out.println(mapper.writeValueAsString(root));
        }
    }
}
