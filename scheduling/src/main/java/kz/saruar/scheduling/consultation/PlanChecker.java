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
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.scheduling.calendar.WorkingCalendar;

/**
 * Checks a consultation plan against every rule, independently of the planner (PRE-05, PRE-06):
 * each request placed or reported exactly once; placed consultations of the policy's length,
 * inside one published window of their expert and the center's consultation hours, on a working day, after the planning moment with
 * the agenda lead kept; no expert and no project booked twice at once; at most the limit of
 * project-requested consultations per expert and project. Written for clarity, not speed. Each
 * broken constraint is a kk/ru/en line (Saruar's own wording, the seeds have none:
 * {@link LocalizedText#message} marks Kazakh and English as translations).
 */
public final class PlanChecker {
    private final WorkingCalendar calendar;

    /** A checker on this holiday calendar. */
    public PlanChecker(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Every broken constraint, one English line each; empty when the plan keeps them all. */
    public List<String> violations(PlanningProblem problem, ConsultationPlan plan) {
        return violationTexts(problem, plan).stream().map(t -> t.get(Language.EN)).toList();
    }

    /** Every broken constraint, one line each in kk/ru/en; empty when the plan keeps them all. */
    public List<LocalizedText> violationTexts(PlanningProblem problem, ConsultationPlan plan) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(plan, "plan");
        List<LocalizedText> v = new ArrayList<>();
        Map<String, ConsultationRequest> requests = new HashMap<>();
        for (ConsultationRequest r : problem.requests()) {
            if (requests.put(r.id(), r) != null) {
                v.add(LocalizedText.message("Сұраныс идентификаторы есепте екі рет қолданылған: {0}",
                        "Идентификатор запроса дважды встречается в задаче: {0}", "request id used twice in the problem: {0}", r.id()));
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
                v.add(LocalizedText.message("сұраныс орналастырылмаған да, хабарланбаған да: {0}",
                        "запрос не размещён и не указан как неразмещённый: {0}", "request neither placed nor reported: {0}", id));
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
            if (!s.length().equals(problem.policy().length())) {
                v.add(LocalizedText.message("PRE-06 {0}, {1}: ұзақтығы {2}, {3} емес", "PRE-06 {0} в {1}: длительность {2}, а не {3}",
                        "PRE-06 {0} at {1}: length {2} is not {3}", r.id(), s.start(), s.length(), problem.policy().length()));
            }
            List<TimeSlot> ws = windows.getOrDefault(r.expert(), List.of());
            if (ws.stream().noneMatch(w -> !s.start().isBefore(w.start()) && !s.end().isAfter(w.end()))) {
                v.add(LocalizedText.message("PRE-05 {0}: {1} сарапшысының бос уақытынан тыс", "PRE-05 {0}: вне доступного времени эксперта {1}",
                        "PRE-05 {0}: outside the availability of expert {1}", r.id(), r.expert()));
            }
            if (!problem.policy().hours().contains(s, problem.zone())) {
                v.add(LocalizedText.message("PRE-05 {0}: кеңес беру сағаттарынан ({1}) тыс", "PRE-05 {0}: вне часов консультаций {1}",
                        "PRE-05 {0}: outside the consultation hours {1}", r.id(), problem.policy().hours()));
            }
            if (!s.start().isAfter(problem.now())) {
                v.add(LocalizedText.message("PRE-06 {0}, {1}: жоспарлау сәтінен ({2}) кейін емес", "PRE-06 {0} в {1}: не позже момента планирования {2}",
                        "PRE-06 {0} at {1}: not after the planning moment {2}", r.id(), s.start(), problem.now()));
            }
            if (s.start().atZone(problem.zone()).minusDays(problem.policy().agendaDaysBefore()).toInstant()
                    .isBefore(problem.now())) {
                v.add(LocalizedText.message("PRE-06 {0}, {1}: күн тәртібіне {2} күннен аз қалады", "PRE-06 {0} в {1}: на повестку остаётся меньше {2} дн.",
                        "PRE-06 {0} at {1}: leaves less than {2} days for the agenda", r.id(), s.start(), problem.policy().agendaDaysBefore()));
            }
            LocalDate day = s.start().atZone(problem.zone()).toLocalDate();
            if (!calendar.covers(day) || !calendar.isWorkingDay(day)) {
                v.add(LocalizedText.message("PRE-05 {0}: {1} — белгілі жұмыс күні емес", "PRE-05 {0}: {1} — не известный рабочий день",
                        "PRE-05 {0}: {1} is not a known working day", r.id(), day));
            }
            byExpert.computeIfAbsent(r.expert(), k -> new ArrayList<>()).add(s);
            byProject.computeIfAbsent(r.project(), k -> new ArrayList<>()).add(s);
            if (r.initiator() == Initiator.PROJECT) {
                limit.merge(List.of(r.project().value(), r.expert().value()), 1, Integer::sum);
            }
        }
        byExpert.forEach((e, slots) -> overlaps(true, e, slots, v));
        byProject.forEach((p, slots) -> overlaps(false, p, slots, v));
        limit.forEach((pair, n) -> {
            if (n > problem.policy().maxPerExpertPerProject()) {
                v.add(LocalizedText.message("PRE-06 {0} жобасының {2} сарапшысымен {1} кеңесі бар, {3}-ден көп",
                        "PRE-06 у проекта {0} {1} консультаций с экспертом {2}, больше {3}",
                        "PRE-06 project {0} has {1} consultations with expert {2}, more than {3}",
                        pair.get(0), n, pair.get(1), problem.policy().maxPerExpertPerProject()));
            }
        });
        return List.copyOf(v);
    }

    private static void account(ConsultationRequest r, Map<String, ConsultationRequest> requests, Set<String> seen,
            List<LocalizedText> v) {
        ConsultationRequest known = requests.get(r.id());
        if (known == null || !known.equals(r)) {
            v.add(LocalizedText.message("сұраныс есепте жоқ немесе өзгертілген: {0}", "запроса нет в задаче или он изменён: {0}",
                    "request not in the problem or altered: {0}", r.id()));
        }
        if (!seen.add(r.id())) {
            v.add(LocalizedText.message("сұраныс бірнеше рет орналастырылған немесе хабарланған: {0}",
                    "запрос размещён или указан больше одного раза: {0}", "request placed or reported more than once: {0}", r.id()));
        }
    }

    /** Slots of one expert ({@code expert}) or one project that overlap. */
    private static void overlaps(boolean expert, Object who, List<TimeSlot> slots, List<LocalizedText> v) {
        List<TimeSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.naturalOrder());
        java.time.Instant busyUntil = java.time.Instant.MIN;
        for (TimeSlot s : sorted) {
            if (s.start().isBefore(busyUntil)) {
                v.add(expert
                        ? LocalizedText.message("PRE-05 {0} сарапшысы {1} уақытында екі рет жазылған", "PRE-05 эксперт {0} занят дважды в {1}",
                                "PRE-05 expert {0} is booked twice at {1}", who, s.start())
                        : LocalizedText.message("PRE-05 {0} жобасы {1} уақытында екі рет жазылған", "PRE-05 проект {0} занят дважды в {1}",
                                "PRE-05 project {0} is booked twice at {1}", who, s.start()));
            }
            busyUntil = s.end().isAfter(busyUntil) ? s.end() : busyUntil;
        }
    }
}
