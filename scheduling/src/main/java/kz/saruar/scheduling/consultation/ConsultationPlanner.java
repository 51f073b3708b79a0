package kz.saruar.scheduling.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.scheduling.calendar.WorkingCalendar;

/**
 * Places a whole cohort's consultation requests into the experts' availability (PRE-05) under the
 * PRE-06 rules and the center's consultation hours [default]: a consultation starts at any
 * multiple of the policy's start step (counted from local midnight) such that it lies inside one
 * published window of its expert, inside one open period of the consultation hours, on a working
 * day, after the agenda lead, and overlaps no other consultation of its expert or project.
 *
 * <p>Most-constrained request first (the expert with the least spare capacity), at its earliest
 * legal start; then a repair pass that moves one placed consultation of the same expert or
 * project to make room; then the still unplaced ones are retried until nothing changes. A request
 * reported unplaced has no legal start in the final plan, and its reason names what blocks it.
 * Deterministic: the same problem gives the same plan.
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

    /** No consultation is treated as moved away. */
    private static final long NONE = Long.MIN_VALUE;

    /** One stretch of time in which starts are legal apart from other consultations. */
    private record Segment(long start, long end, long midnight) {
    }

    /** One planning run's mutable state, confined to the calling thread. */
    private final class Run {
        private final PlanningProblem problem;
        private final ZoneId zone;
        private final long length;
        private final long step;
        private final Map<ExpertId, ExpertSegments> experts = new HashMap<>();
        // Placed consultations by start; all have the policy's length, so the end is start + length.
        private final Map<ExpertId, TreeMap<Long, ConsultationRequest>> expertBusy = new HashMap<>();
        private final Map<ProjectId, TreeMap<Long, ConsultationRequest>> projectBusy = new HashMap<>();
        // Bumped on every booking change of an expert; keys the cache of experts no repair can help.
        private final Map<ExpertId, Long> expertVersion = new HashMap<>();
        private final Map<ExpertId, Long> beyondRepairAt = new HashMap<>();
        private final Map<LocalDate, Boolean> workingDay = new HashMap<>();
        private final List<UnplacedRequest> unplaced = new ArrayList<>();
        private final Map<ConsultationRequest, Long> placedAt = new HashMap<>();

        Run(PlanningProblem problem) {
            this.problem = Objects.requireNonNull(problem, "problem");
            this.zone = problem.zone();
            this.length = problem.policy().length().getSeconds();
            this.step = problem.policy().startStep().getSeconds();
        }

        ConsultationPlan run() {
            Map<ExpertId, List<TimeSlot>> windows = new HashMap<>();
            for (ExpertAvailability a : problem.experts()) {
                windows.computeIfAbsent(a.expert(), e -> new ArrayList<>()).addAll(a.windows());
            }
            windows.forEach((e, ws) -> experts.put(e, segments(ws)));

            List<ConsultationRequest> valid = new ArrayList<>();
            Map<String, Integer> perPair = new HashMap<>();
            Map<ExpertId, Integer> demand = new HashMap<>();
            Map<ProjectId, Integer> projectLoad = new HashMap<>();
            Set<String> ids = new HashSet<>();
            for (ConsultationRequest r : problem.requests()) {
                if (!ids.add(r.id())) {
                    unplaced.add(new UnplacedRequest(r, SchedulingReason.DUPLICATE_REQUEST_ID.reason("request:" + r.id(),
                            Figure.of("request", r.id()))));
                    continue;
                }
                if (!experts.containsKey(r.expert())) {
                    unplaced.add(new UnplacedRequest(r, ConsultationReasons.unknownExpert(r.expert())));
                    continue;
                }
                if (r.initiator() == Initiator.PROJECT) {
                    int n = perPair.merge(r.project().value() + "\u0000" + r.expert().value(), 1, Integer::sum);
                    if (n > problem.policy().maxPerExpertPerProject()) {
                        unplaced.add(new UnplacedRequest(r, ConsultationReasons.limitReached(r.project(), r.expert(),
                                problem.policy().maxPerExpertPerProject())));
                        continue;
                    }
                }
                valid.add(r);
                demand.merge(r.expert(), 1, Integer::sum);
                projectLoad.merge(r.project(), 1, Integer::sum);
            }
            // Most constrained first: least spare capacity of the expert, then least capacity,
            // then the busiest project, then the order received (a stable tie-break). The keys are
            // read once per request, not in every comparison (a national intake sorts thousands).
            List<Ranked> ranked = new ArrayList<>(valid.size());
            for (int i = 0; i < valid.size(); i++) {
                ConsultationRequest r = valid.get(i);
                long capacity = experts.get(r.expert()).capacity;
                ranked.add(new Ranked(r, capacity - demand.get(r.expert()), capacity, projectLoad.get(r.project()), i));
            }
            ranked.sort(Comparator.comparingLong(Ranked::spare).thenComparingLong(Ranked::capacity)
                    .thenComparing(Comparator.comparingInt(Ranked::projectLoad).reversed())
                    .thenComparingInt(Ranked::received));

            List<ConsultationRequest> failed = new ArrayList<>();
            for (Ranked k : ranked) {
                ConsultationRequest r = k.request();
                if (!place(r)) {
                    failed.add(r);
                }
            }
            failed.removeIf(this::repair);
            // Repairs move consultations; a request that failed earlier may fit now.
            boolean progress = true;
            while (progress && !failed.isEmpty()) {
                progress = failed.removeIf(this::place);
            }
            for (ConsultationRequest r : failed) {
                unplaced.add(new UnplacedRequest(r, reason(r)));
            }
            List<PlannedConsultation> placed = new ArrayList<>(placedAt.size());
            placedAt.forEach((r, at) -> placed.add(new PlannedConsultation(r,
                    new TimeSlot(Instant.ofEpochSecond(at), Instant.ofEpochSecond(at + length)))));
            placed.sort(Comparator.comparing((PlannedConsultation p) -> p.slot().start())
                    .thenComparing(p -> p.request().expert().value()).thenComparing(p -> p.request().id()));
            return new ConsultationPlan(placed, unplaced);
        }

        /** A request with its place in the planning order. */
        private record Ranked(ConsultationRequest request, long spare, long capacity, int projectLoad, int received) {
        }

        /** The stretches of the windows on working days, inside the hours, after the agenda lead. */
        private ExpertSegments segments(List<TimeSlot> windows) {
            ExpertSegments out = new ExpertSegments();
            long earliest = earliestStart();
            List<ConsultationHours.Break> open = problem.policy().hours().openPeriods();
            List<TimeSlot> sorted = new ArrayList<>(windows);
            sorted.sort(Comparator.naturalOrder());
            for (TimeSlot w : sorted) {
                LocalDate last = w.end().atZone(zone).toLocalDate();
                for (LocalDate d = w.start().atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
                    OptionalInt missing = missingYear(d);
                    if (missing.isPresent()) {
                        out.missingYear = missing;
                        continue;
                    }
                    if (!isWorkingDay(d)) {
                        continue;
                    }
                    long midnight = d.atStartOfDay(zone).toEpochSecond();
                    for (ConsultationHours.Break p : open) {
                        long from = Math.max(Math.max(w.start().getEpochSecond(), epoch(d, p.start())), earliest);
                        long to = Math.min(w.end().getEpochSecond(), epoch(d, p.end()));
                        long s = align(from, midnight);
                        while (s + length <= to && !leadKept(s)) {
                            s += step;
                        }
                        if (s + length <= to) {
                            out.segments.add(new Segment(s, to, midnight));
                            out.capacity += (to - s) / length;
                        }
                    }
                }
            }
            out.segments.sort(Comparator.comparingLong(Segment::start).thenComparingLong(Segment::end));
            return out;
        }

        private long epoch(LocalDate d, java.time.LocalTime t) {
            return d.atTime(t).atZone(zone).toEpochSecond();
        }

        private long earliestStart() {
            int days = problem.policy().agendaDaysBefore();
            ZonedDateTime now = problem.now().atZone(zone);
            return Math.max(problem.now().getEpochSecond() + 1, now.plusDays(days).toEpochSecond());
        }

        private boolean leadKept(long t) {
            Instant start = Instant.ofEpochSecond(t);
            return start.isAfter(problem.now()) && !start.atZone(zone)
                    .minusDays(problem.policy().agendaDaysBefore()).toInstant().isBefore(problem.now());
        }

        private long align(long t, long midnight) {
            long off = t - midnight;
            return midnight + ((off + step - 1) / step) * step;
        }

        private OptionalInt missingYear(LocalDate d) {
            return calendar.covers(d) ? OptionalInt.empty() : OptionalInt.of(d.getYear());
        }

        private boolean isWorkingDay(LocalDate d) {
            return workingDay.computeIfAbsent(d, calendar::isWorkingDay);
        }

        /**
         * The end of a consultation in {@code busy} overlapping {@code [t, t + length)}, or -1; the
         * consultation starting at {@code ignore} is treated as moved away.
         */
        private long clash(TreeMap<Long, ConsultationRequest> busy, long t, long ignore) {
            if (busy == null) {
                return -1;
            }
            Long s = busy.floorKey(t + length - 1);
            if (s != null && s == ignore) {
                s = busy.lowerKey(s);
            }
            return s != null && s + length > t ? s + length : -1;
        }

        /** The earliest legal start for {@code r} in the current plan, or -1. */
        private long earliest(ConsultationRequest r) {
            return earliest(r.expert(), expertBusy.get(r.expert()), projectBusy.get(r.project()), Long.MIN_VALUE,
                    Long.MAX_VALUE, NONE);
        }

        /**
         * The earliest start in {@code [lo, hi]} inside the expert's segments that overlaps nothing in
         * {@code eb} or {@code pb} (either may be null), or -1. Segments may overlap but start in
         * order, so the first start found is the earliest.
         */
        private long earliest(ExpertId e, TreeMap<Long, ConsultationRequest> eb, TreeMap<Long, ConsultationRequest> pb,
                long lo, long hi, long ignore) {
            for (Segment seg : experts.get(e).segments) {
                if (seg.start() > hi) {
                    break;
                }
                long t = lo > seg.start() ? align(lo, seg.midnight()) : seg.start();
                while (t + length <= seg.end() && t <= hi) {
                    long until = Math.max(clash(eb, t, ignore), clash(pb, t, ignore));
                    if (until < 0) {
                        return t;
                    }
                    t = align(until, seg.midnight());
                }
            }
            return -1;
        }

        private boolean place(ConsultationRequest r) {
            long t = earliest(r);
            if (t < 0) {
                return false;
            }
            put(r, t);
            return true;
        }

        private void put(ConsultationRequest r, long t) {
            placedAt.put(r, t);
            expertBusy.computeIfAbsent(r.expert(), e -> new TreeMap<>()).put(t, r);
            projectBusy.computeIfAbsent(r.project(), p -> new TreeMap<>()).put(t, r);
            expertVersion.merge(r.expert(), 1L, Long::sum);
        }

        private void remove(ConsultationRequest r) {
            long t = placedAt.remove(r);
            expertBusy.get(r.expert()).remove(t);
            projectBusy.get(r.project()).remove(t);
            expertVersion.merge(r.expert(), 1L, Long::sum);
        }

        /**
         * Moves one placed consultation of the same expert or project elsewhere to make room for
         * {@code r}. Only the moved consultation's time {@code [a, a + length)} is freed, so while
         * {@code r} has no legal start, a start for it after the move must overlap that time: the
         * search for {@code r} looks there only, and a move is tried only when it can succeed.
         */
        private boolean repair(ConsultationRequest r) {
            if (place(r)) {
                // An earlier repair freed a start for it.
                return true;
            }
            if (beyondRepair(r.expert())) {
                return false;
            }
            TreeMap<Long, ConsultationRequest> eb = expertBusy.get(r.expert());
            TreeMap<Long, ConsultationRequest> pb = projectBusy.get(r.project());
            Set<ConsultationRequest> relatedSet = new HashSet<>();
            if (eb != null) {
                relatedSet.addAll(eb.values());
            }
            if (pb != null) {
                relatedSet.addAll(pb.values());
            }
            List<ConsultationRequest> related = new ArrayList<>(relatedSet);
            related.sort(Comparator.<ConsultationRequest>comparingLong(placedAt::get).thenComparing(ConsultationRequest::id));
            for (ConsultationRequest q : related) {
                long a = placedAt.get(q);
                remove(q);
                long t = earliest(r.expert(), expertBusy.get(r.expert()), projectBusy.get(r.project()), a - length + 1,
                        a + length - 1, NONE);
                if (t >= 0) {
                    put(r, t);
                    if (place(q)) {
                        return true;
                    }
                    remove(r);
                }
                put(q, a);
            }
            return false;
        }

        /**
         * Whether no move can make room with this expert: no start of the expert is free (whatever
         * the project), and moving any one of its consultations frees room for at most one. Moving a
         * consultation of another expert leaves this expert's time as it is. Cached per booking state.
         */
        private boolean beyondRepair(ExpertId e) {
            long version = expertVersion.getOrDefault(e, 0L);
            Long known = beyondRepairAt.get(e);
            if (known != null && known == version) {
                return true;
            }
            TreeMap<Long, ConsultationRequest> eb = expertBusy.getOrDefault(e, new TreeMap<>());
            if (earliest(e, eb, null, Long.MIN_VALUE, Long.MAX_VALUE, NONE) >= 0) {
                return false;
            }
            for (long a : eb.keySet()) {
                // Two consultations must now fit where only the moved one's time was freed.
                long first = earliest(e, eb, null, a - length + 1, a + length - 1, a);
                if (first >= 0 && earliest(e, eb, null, first + length, a + length - 1, a) >= 0) {
                    return false;
                }
            }
            beyondRepairAt.put(e, version);
            return true;
        }

        /** Why no start is legal for {@code r} in the final plan: what blocks its expert's usable starts. */
        private Reason reason(ConsultationRequest r) {
            ExpertSegments s = experts.get(r.expert());
            if (s.segments.isEmpty()) {
                if (s.missingYear.isPresent()) {
                    LocalDate d = LocalDate.of(s.missingYear.getAsInt(), 1, 1);
                    return calendar.checkCovered(d, d, ConsultationReasons.PRE_05).orElseThrow();
                }
                return SchedulingReason.NO_USABLE_AVAILABILITY.reason(ConsultationReasons.expertSubject(r.expert()),
                        Figure.of("expert", r.expert().value()),
                        Figure.of("agendaDaysBefore", problem.policy().agendaDaysBefore()));
            }
            TreeMap<Long, ConsultationRequest> eb = expertBusy.get(r.expert());
            for (Segment seg : s.segments) {
                for (long t = seg.start(); t + length <= seg.end(); t += step) {
                    if (clash(eb, t, NONE) < 0) {
                        return SchedulingReason.PROJECT_BUSY_AT_FREE_SLOTS.reason("project:" + r.project().value(),
                                Figure.of("expert", r.expert().value()), Figure.of("project", r.project().value()));
                    }
                }
            }
            return SchedulingReason.EXPERT_FULLY_BOOKED.reason(ConsultationReasons.expertSubject(r.expert()),
                    Figure.of("expert", r.expert().value()), Figure.of("placed", eb == null ? 0 : eb.size()));
        }
    }

    private static final class ExpertSegments {
        final List<Segment> segments = new ArrayList<>();
        long capacity;
        OptionalInt missingYear = OptionalInt.empty();
    }
}
