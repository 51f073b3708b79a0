package kz.saruar.scheduling.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kz.saruar.model.RuleId;
import kz.saruar.scheduling.Refusal;
import kz.saruar.scheduling.calendar.WorkingCalendar;

/**
 * Places a whole cohort's consultation requests into the experts' availability (PRE-05) under the
 * PRE-06 rules: most-constrained request first (the expert with the least spare slots), earliest
 * free slot, then a repair pass that moves one placed consultation to make room. Each request it
 * cannot place is reported with the reason. Deterministic: the same problem gives the same plan.
 */
public final class ConsultationPlanner {
    private final WorkingCalendar calendar;

    /** A planner that places consultations on working days of this calendar only. */
    public ConsultationPlanner(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The plan for this problem. */
    public ConsultationPlan plan(PlanningProblem problem) {
        return new Run(problem).run();
    }

    /** One planning run's mutable state, confined to the calling thread. */
    private final class Run {
        private final PlanningProblem problem;
        private final ZoneId zone;
        private final long length;
        private final Map<ExpertId, ExpertSlots> experts = new HashMap<>();
        // Per project, its placed consultations by start (all have the policy's length).
        private final Map<ProjectId, TreeMap<Long, ConsultationRequest>> projectBusy = new HashMap<>();
        private final Map<LocalDate, Boolean> workingDay = new HashMap<>();
        private final List<UnplacedRequest> unplaced = new ArrayList<>();
        private final Map<ConsultationRequest, long[]> placedAt = new HashMap<>();
        private boolean missingHolidayData;
        private int missingYear;

        Run(PlanningProblem problem) {
            this.problem = Objects.requireNonNull(problem, "problem");
            this.zone = problem.zone();
            this.length = problem.policy().length().getSeconds();
        }

        ConsultationPlan run() {
            for (ExpertAvailability a : problem.experts()) {
                experts.computeIfAbsent(a.expert(), e -> new ExpertSlots()).windows.addAll(a.windows());
            }
            experts.values().forEach(this::buildSlots);

            List<ConsultationRequest> valid = new ArrayList<>();
            Map<String, Integer> perPair = new HashMap<>();
            Map<ExpertId, Integer> demand = new HashMap<>();
            Map<ProjectId, Integer> projectLoad = new HashMap<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (ConsultationRequest r : problem.requests()) {
                if (!ids.add(r.id())) {
                    unplaced.add(new UnplacedRequest(r, Refusal.ofInput("DUPLICATE_REQUEST_ID",
                            "Өтінім ID қайталанады: " + r.id(), "ID запроса повторяется: " + r.id(),
                            "Request ID appears twice: " + r.id())));
                    continue;
                }
                if (!experts.containsKey(r.expert())) {
                    unplaced.add(new UnplacedRequest(r, ConsultationRefusals.unknownExpert(r.expert())));
                    continue;
                }
                if (r.initiator() == Initiator.PROJECT) {
                    int n = perPair.merge(r.project().value() + "\u0000" + r.expert().value(), 1, Integer::sum);
                    if (n > problem.policy().maxPerExpertPerProject()) {
                        unplaced.add(new UnplacedRequest(r, ConsultationRefusals.limitReached(r.project(), r.expert(),
                                problem.policy().maxPerExpertPerProject())));
                        continue;
                    }
                }
                valid.add(r);
                demand.merge(r.expert(), 1, Integer::sum);
                projectLoad.merge(r.project(), 1, Integer::sum);
            }
            // Most constrained first: least spare capacity of the expert, then fewest slots,
            // then the busiest project, then the order received (a stable tie-break).
            Map<ConsultationRequest, Integer> order = new HashMap<>();
            for (int i = 0; i < valid.size(); i++) {
                order.put(valid.get(i), i);
            }
            valid.sort(Comparator.<ConsultationRequest>comparingInt(r -> experts.get(r.expert()).count - demand.get(r.expert()))
                    .thenComparingInt(r -> experts.get(r.expert()).count)
                    .thenComparing(Comparator.<ConsultationRequest>comparingInt(r -> projectLoad.get(r.project())).reversed())
                    .thenComparingInt(order::get));

            List<ConsultationRequest> failed = new ArrayList<>();
            for (ConsultationRequest r : valid) {
                if (!placeGreedy(r)) {
                    failed.add(r);
                }
            }
            for (ConsultationRequest r : failed) {
                if (!repair(r)) {
                    unplaced.add(new UnplacedRequest(r, reason(r)));
                }
            }
            List<PlannedConsultation> placed = new ArrayList<>(placedAt.size());
            placedAt.forEach((r, at) -> placed.add(new PlannedConsultation(r,
                    new TimeSlot(Instant.ofEpochSecond(at[0]), Instant.ofEpochSecond(at[0] + length)))));
            placed.sort(Comparator.comparing((PlannedConsultation p) -> p.slot().start())
                    .thenComparing(p -> p.request().expert().value()).thenComparing(p -> p.request().id()));
            return new ConsultationPlan(placed, unplaced);
        }

        private void buildSlots(ExpertSlots s) {
            s.windows.sort(Comparator.naturalOrder());
            long earliest = problem.now().getEpochSecond();
            List<Long> starts = new ArrayList<>();
            long lastEnd = Long.MIN_VALUE;
            for (TimeSlot w : s.windows) {
                long end = w.end().getEpochSecond();
                for (long t = w.start().getEpochSecond(); t + length <= end; t += length) {
                    if (t < lastEnd || t <= earliest || !usable(t)) {
                        continue;
                    }
                    starts.add(t);
                    lastEnd = t + length;
                }
            }
            s.starts = starts.stream().mapToLong(Long::longValue).toArray();
            s.occupant = new ConsultationRequest[s.starts.length];
            s.count = s.starts.length;
        }

        private boolean usable(long t) {
            Instant start = Instant.ofEpochSecond(t);
            if (start.atZone(zone).minusDays(problem.policy().agendaDaysBefore()).toInstant().isBefore(problem.now())) {
                return false;
            }
            LocalDate day = start.atZone(zone).toLocalDate();
            return workingDay.computeIfAbsent(day, d -> {
                if (!calendar.covers(d)) {
                    missingHolidayData = true;
                    missingYear = d.getYear();
                    return false;
                }
                return calendar.isWorkingDay(d);
            });
        }

        private boolean projectFree(ProjectId p, long start, ConsultationRequest ignore) {
            TreeMap<Long, ConsultationRequest> busy = projectBusy.get(p);
            if (busy == null) {
                return true;
            }
            Map.Entry<Long, ConsultationRequest> e = busy.floorEntry(start + length - 1);
            if (e == null || e.getKey() + length <= start) {
                return true;
            }
            // The only overlap may be the consultation being moved.
            if (ignore != null && e.getValue().equals(ignore)) {
                Map.Entry<Long, ConsultationRequest> before = busy.lowerEntry(e.getKey());
                return before == null || before.getKey() + length <= start;
            }
            return false;
        }

        private boolean placeGreedy(ConsultationRequest r) {
            ExpertSlots s = experts.get(r.expert());
            for (int i = s.firstFree; i < s.starts.length; i++) {
                if (s.occupant[i] != null) {
                    if (i == s.firstFree) {
                        s.firstFree++;
                    }
                    continue;
                }
                if (projectFree(r.project(), s.starts[i], null)) {
                    put(r, s, i);
                    return true;
                }
            }
            return false;
        }

        private void put(ConsultationRequest r, ExpertSlots s, int i) {
            s.occupant[i] = r;
            placedAt.put(r, new long[] {s.starts[i], i});
            projectBusy.computeIfAbsent(r.project(), p -> new TreeMap<>()).put(s.starts[i], r);
        }

        private void remove(ConsultationRequest r) {
            long[] at = placedAt.remove(r);
            ExpertSlots s = experts.get(r.expert());
            s.occupant[(int) at[1]] = null;
            s.firstFree = Math.min(s.firstFree, (int) at[1]);
            projectBusy.get(r.project()).remove(at[0]);
        }

        /** Moves one placed consultation elsewhere to make room for {@code r}. */
        private boolean repair(ConsultationRequest r) {
            ExpertSlots s = experts.get(r.expert());
            for (int i = 0; i < s.starts.length; i++) {
                long t = s.starts[i];
                ConsultationRequest q = s.occupant[i];
                if (q != null) {
                    // The expert is the bottleneck: move q to another free slot of the same expert.
                    if (q.project().equals(r.project()) || !projectFree(r.project(), t, null)) {
                        continue;
                    }
                    for (int j = 0; j < s.starts.length; j++) {
                        if (s.occupant[j] == null && projectFree(q.project(), s.starts[j], q)) {
                            remove(q);
                            put(q, s, j);
                            put(r, s, i);
                            return true;
                        }
                    }
                } else {
                    // The project is the bottleneck: move its clashing consultation with another expert.
                    ConsultationRequest clash = clashOf(r.project(), t);
                    if (clash == null || clash.expert().equals(r.expert())) {
                        continue;
                    }
                    ExpertSlots other = experts.get(clash.expert());
                    for (int j = 0; j < other.starts.length; j++) {
                        long t2 = other.starts[j];
                        boolean apart = t2 + length <= t || t + length <= t2;
                        if (other.occupant[j] == null && apart && projectFree(r.project(), t2, clash)) {
                            int original = (int) placedAt.get(clash)[1];
                            remove(clash);
                            put(clash, other, j);
                            if (projectFree(r.project(), t, null)) {
                                put(r, s, i);
                                return true;
                            }
                            // Another clash remains (misaligned grids): undo the move.
                            remove(clash);
                            put(clash, other, original);
                            break;
                        }
                    }
                }
            }
            return false;
        }

        private ConsultationRequest clashOf(ProjectId p, long start) {
            TreeMap<Long, ConsultationRequest> busy = projectBusy.get(p);
            if (busy == null) {
                return null;
            }
            Map.Entry<Long, ConsultationRequest> e = busy.floorEntry(start + length - 1);
            return e == null || e.getKey() + length <= start ? null : e.getValue();
        }

        private Refusal reason(ConsultationRequest r) {
            ExpertSlots s = experts.get(r.expert());
            RuleId pre05 = ConsultationRefusals.PRE_05;
            if (s.starts.length == 0) {
                if (missingHolidayData) {
                    return calendar.checkCovered(LocalDate.of(missingYear, 1, 1), LocalDate.of(missingYear, 1, 1), pre05)
                            .orElseThrow();
                }
                int d = problem.policy().agendaDaysBefore();
                return new Refusal("NO_USABLE_AVAILABILITY", List.of(pre05, ConsultationRefusals.PRE_06),
                        kz.saruar.model.LocalizedText.of(
                                "Сарапшы " + r.expert() + " бос уақыты жұмыс күндерінде күн тәртібіне " + d + " күн қалдырмайды",
                                "У эксперта " + r.expert() + " нет свободного времени в рабочие дни не ранее чем через " + d + " дн. (повестка)",
                                "Expert " + r.expert() + " has no availability on working days that leaves " + d + " days for the agenda"));
            }
            boolean anyFree = Arrays.stream(s.occupant).anyMatch(Objects::isNull);
            if (!anyFree) {
                return Refusal.of("EXPERT_FULLY_BOOKED", pre05,
                        "Сарапшы " + r.expert() + " бос уақытының бәрі (" + s.starts.length + " кеңес) толы",
                        "Всё свободное время эксперта " + r.expert() + " (" + s.starts.length + " консультаций) занято",
                        "All " + s.starts.length + " consultation slots of expert " + r.expert() + " are taken");
            }
            return Refusal.of("PROJECT_BUSY_AT_FREE_SLOTS", pre05,
                    "Сарапшы " + r.expert() + " бос уақытында жоба " + r.project() + " басқа кеңестерде",
                    "В свободное время эксперта " + r.expert() + " проект " + r.project() + " занят другими консультациями",
                    "Project " + r.project() + " is busy at every free slot of expert " + r.expert());
        }
    }

    private static final class ExpertSlots {
        final List<TimeSlot> windows = new ArrayList<>();
        long[] starts;
        ConsultationRequest[] occupant;
        int count;
        int firstFree;
    }
}
