package kz.saruar.scheduling.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.saruar.scheduling.calendar.WorkingCalendar;

/**
 * Checks a consultation plan against every rule, independently of the planner (PRE-05, PRE-06):
 * each request placed or reported exactly once; placed consultations of the policy's length,
 * inside one published window of their expert and the center's consultation hours, on a working day, after the planning moment with
 * the agenda lead kept; no expert and no project booked twice at once; at most the limit of
 * project-requested consultations per expert and project. Written for clarity, not speed.
 */
public final class PlanChecker {
    private final WorkingCalendar calendar;

    /** A checker on this holiday calendar. */
    public PlanChecker(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Every broken constraint, one line each; empty when the plan keeps them all. */
    public List<String> violations(PlanningProblem problem, ConsultationPlan plan) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(plan, "plan");
        List<String> v = new ArrayList<>();
        Map<String, ConsultationRequest> requests = new HashMap<>();
        for (ConsultationRequest r : problem.requests()) {
            if (requests.put(r.id(), r) != null) {
                v.add("request id used twice in the problem: " + r.id());
            }
        }
        Set<String> seen = new HashSet<>();
        for (PlannedConsultation p : plan.placed()) {
            account(p.request(), requests, seen, v);
        }
        for (UnplacedRequest u : plan.unplaced()) {
            account(u.request(), requests, seen, v);
        }
        for (String id : requests.keySet()) {
            if (!seen.contains(id)) {
                v.add("request neither placed nor reported: " + id);
            }
        }
        Map<ExpertId, List<TimeSlot>> windows = new HashMap<>();
        for (ExpertAvailability a : problem.experts()) {
            windows.computeIfAbsent(a.expert(), k -> new ArrayList<>()).addAll(a.windows());
        }
        Map<ExpertId, List<TimeSlot>> byExpert = new HashMap<>();
        Map<ProjectId, List<TimeSlot>> byProject = new HashMap<>();
        Map<List<String>, Integer> limit = new HashMap<>();
        for (PlannedConsultation p : plan.placed()) {
            ConsultationRequest r = p.request();
            TimeSlot s = p.slot();
            String what = "PRE-06 " + r.id() + " at " + s.start();
            if (!s.length().equals(problem.policy().length())) {
                v.add(what + ": length " + s.length() + " is not " + problem.policy().length());
            }
            List<TimeSlot> ws = windows.getOrDefault(r.expert(), List.of());
            if (ws.stream().noneMatch(w -> !s.start().isBefore(w.start()) && !s.end().isAfter(w.end()))) {
                v.add("PRE-05 " + r.id() + ": outside the availability of expert " + r.expert());
            }
            if (!problem.policy().hours().contains(s, problem.zone())) {
                v.add("PRE-05 " + r.id() + ": outside the consultation hours " + problem.policy().hours());
            }
            if (!s.start().isAfter(problem.now())) {
                v.add(what + ": not after the planning moment " + problem.now());
            }
            if (s.start().atZone(problem.zone()).minusDays(problem.policy().agendaDaysBefore()).toInstant()
                    .isBefore(problem.now())) {
                v.add(what + ": leaves less than " + problem.policy().agendaDaysBefore() + " days for the agenda");
            }
            LocalDate day = s.start().atZone(problem.zone()).toLocalDate();
            if (!calendar.covers(day) || !calendar.isWorkingDay(day)) {
                v.add("PRE-05 " + r.id() + ": " + day + " is not a known working day");
            }
            byExpert.computeIfAbsent(r.expert(), k -> new ArrayList<>()).add(s);
            byProject.computeIfAbsent(r.project(), k -> new ArrayList<>()).add(s);
            if (r.initiator() == Initiator.PROJECT) {
                limit.merge(List.of(r.project().value(), r.expert().value()), 1, Integer::sum);
            }
        }
        byExpert.forEach((e, slots) -> overlaps("expert " + e, slots, v));
        byProject.forEach((p, slots) -> overlaps("project " + p, slots, v));
        limit.forEach((pair, n) -> {
            if (n > problem.policy().maxPerExpertPerProject()) {
                v.add("PRE-06 project " + pair.get(0) + " has " + n + " consultations with expert " + pair.get(1)
                        + ", more than " + problem.policy().maxPerExpertPerProject());
            }
        });
        return v;
    }

    private static void account(ConsultationRequest r, Map<String, ConsultationRequest> requests, Set<String> seen,
            List<String> v) {
        ConsultationRequest known = requests.get(r.id());
        if (known == null || !known.equals(r)) {
            v.add("request not in the problem or altered: " + r.id());
        }
        if (!seen.add(r.id())) {
            v.add("request placed or reported more than once: " + r.id());
        }
    }

    private static void overlaps(String who, List<TimeSlot> slots, List<String> v) {
        List<TimeSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.naturalOrder());
        java.time.Instant busyUntil = java.time.Instant.MIN;
        for (TimeSlot s : sorted) {
            if (s.start().isBefore(busyUntil)) {
                v.add("PRE-05 " + who + " is booked twice at " + s.start());
            }
            busyUntil = s.end().isAfter(busyUntil) ? s.end() : busyUntil;
        }
    }
}
