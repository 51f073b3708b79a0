package kz.saruar.scheduling.input;

import kz.saruar.model.Rules;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.consultation.ConsultationRequest;
import kz.saruar.scheduling.consultation.ExpertAvailability;
import kz.saruar.scheduling.consultation.ExpertId;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.consultation.PlanningProblem;
import kz.saruar.scheduling.consultation.ProjectId;
import kz.saruar.scheduling.consultation.TimeSlot;
import kz.saruar.scheduling.program.ProgramSettings;

/**
 * The readers of the scheduling inputs (PRE-01 cohort calendar files, PRE-05/06 consultation
 * requests): strict JSON by {@link JsonReader}, then the checks the structure cannot express
 * (windows in order and not past, request IDs unique, IDs not blank), each refusal at its JSON path.
 */
public final class SchedulingInputs {
    private static final JsonReader COHORT = JsonReader.forRule(Rules.PRE_01);
    private static final JsonReader REQUESTS = JsonReader.forRule(Rules.PRE_05);

    private SchedulingInputs() {
    }

    /** Reads a cohort calendar file; working hours that do not end after they start are refused. */
    public static Outcome<CohortCalendarFile> readCohort(Path file) {
        return COHORT.read(file, CohortCalendarFile.class).flatMap(SchedulingInputs::checkCohort);
    }

    /** Reads a cohort calendar file from its JSON text. */
    public static Outcome<CohortCalendarFile> readCohort(String json) {
        return COHORT.read(json, CohortCalendarFile.class).flatMap(SchedulingInputs::checkCohort);
    }

    private static Outcome<CohortCalendarFile> checkCohort(CohortCalendarFile f) {
        List<Reason> reasons = new ArrayList<>();
        if (f.cohort().isBlank()) {
            reasons.add(SchedulingReason.BLANK_ID.citing(List.of(Rules.PRE_01), "$.cohort"));
        }
        f.workingHours().ifPresent(h -> {
            if (!h.end().isAfter(h.start())) {
                reasons.add(SchedulingReason.WINDOW_OUT_OF_ORDER.citing(List.of(Rules.PRE_01), "$.workingHours",
                        Figure.of("start", h.start().toString()), Figure.of("end", h.end().toString())));
            }
        });
        return Outcome.of(f, reasons);
    }

    /** The program settings of the file: the standard ones with the file's working hours, if any. */
    public static ProgramSettings settings(CohortCalendarFile f) {
        ProgramSettings s = ProgramSettings.standard();
        return f.workingHours().map(h -> s.withWorkingHours(h.start(), h.end())).orElse(s);
    }

    /** Reads consultation requests into a planning problem under {@code policy} in {@code zone}. */
    public static Outcome<PlanningProblem> readRequests(Path file, ConsultationPolicy policy, ZoneId zone) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(zone, "zone");
        return REQUESTS.read(file, ConsultationRequestsFile.class).flatMap(f -> problem(f, policy, zone));
    }

    /** Reads consultation requests from their JSON text into a planning problem. */
    public static Outcome<PlanningProblem> readRequests(String json, ConsultationPolicy policy, ZoneId zone) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(zone, "zone");
        return REQUESTS.read(json, ConsultationRequestsFile.class).flatMap(f -> problem(f, policy, zone));
    }

    /** The planning problem of a file already read: windows in order and not past, IDs not blank and unique. */
    public static Outcome<PlanningProblem> problem(ConsultationRequestsFile f, ConsultationPolicy policy, ZoneId zone) {
        List<Reason> reasons = new ArrayList<>();
        Instant now = f.now().toInstant();
        List<ExpertAvailability> experts = new ArrayList<>();
        for (int i = 0; i < f.experts().size(); i++) {
            ConsultationRequestsFile.Expert e = f.experts().get(i);
            String path = "$.experts[" + i + "]";
            if (e.id().isBlank()) {
                reasons.add(blank(path + ".id"));
                continue;
            }
            List<TimeSlot> windows = new ArrayList<>();
            for (int j = 0; j < e.availability().size(); j++) {
                ConsultationRequestsFile.Window w = e.availability().get(j);
                String wp = path + ".availability[" + j + "]";
                Instant s = w.start().toInstant();
                Instant t = w.end().toInstant();
                if (!t.isAfter(s)) {
                    reasons.add(SchedulingReason.WINDOW_OUT_OF_ORDER.reason(wp, Figure.of("start", w.start().toString()),
                            Figure.of("end", w.end().toString())));
                } else if (!t.isAfter(now)) {
                    reasons.add(SchedulingReason.AVAILABILITY_IN_THE_PAST.reason(wp, Figure.of("expert", e.id()),
                            Figure.of("end", w.end().toString())));
                } else {
                    windows.add(new TimeSlot(s, t));
                }
            }
            experts.add(new ExpertAvailability(ExpertId.of(e.id()), windows));
        }
        List<ConsultationRequest> requests = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < f.requests().size(); i++) {
            ConsultationRequestsFile.Request r = f.requests().get(i);
            String path = "$.requests[" + i + "]";
            boolean ok = true;
            for (String[] field : new String[][] {{"id", r.id()}, {"project", r.project()}, {"expert", r.expert()}}) {
                if (field[1].isBlank()) {
                    reasons.add(blank(path + "." + field[0]));
                    ok = false;
                }
            }
            if (ok && !ids.add(r.id())) {
                reasons.add(SchedulingReason.DUPLICATE_REQUEST_ID.reason(path + ".id", Figure.of("request", r.id())));
                ok = false;
            }
            if (ok) {
                requests.add(new ConsultationRequest(r.id(), ProjectId.of(r.project()), ExpertId.of(r.expert()),
                        r.initiator().orElse(Initiator.PROJECT)));
            }
        }
        if (!reasons.isEmpty()) {
            return Outcome.refused(reasons);
        }
        return Outcome.accepted(new PlanningProblem(now, zone, policy, experts, requests));
    }

    private static Reason blank(String path) {
        return SchedulingReason.BLANK_ID.reason(path);
    }
}
