package kz.saruar.scheduling.consultation;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.SchedulingReason;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.GroupOrigin.ExpertInitiated;
import kz.saruar.scheduling.consultation.GroupOrigin.WrittenRequest;

/**
 * The organizers' consultation calendar (PRE-05): experts publish availability, projects book
 * consultations under the PRE-06 rules, experts hold group consultations (PRE-07), bookings are
 * cancelled or rescheduled under the declared notice policy, no-shows are recorded.
 *
 * <p>Every change is atomic: the checks and the change happen under one lock, so two threads
 * booking the last free slot cannot both win. Times come from the injected {@link Clock}.
 */
public final class ConsultationBook {
    private final Clock clock;
    private final ZoneId zone;
    private final ConsultationPolicy policy;
    private final WorkingCalendar calendar;
    private final Object lock = new Object();
    private final Map<ExpertId, List<TimeSlot>> availability = new HashMap<>();
    private final Map<String, Consultation> consultations = new LinkedHashMap<>();
    // Indexes by expert and by project (a consultation's expert and projects never change): a
    // booking checks only the consultations it can collide with, not a whole cohort's book.
    private final Map<ExpertId, List<String>> byExpert = new HashMap<>();
    private final Map<ProjectId, List<String>> byProject = new HashMap<>();
    private long nextId = 1;

    /** A book with this clock, zone, policy and holiday calendar (consultations on working days only). */
    public ConsultationBook(Clock clock, ZoneId zone, ConsultationPolicy policy, WorkingCalendar calendar) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The policy in force. */
    public ConsultationPolicy policy() {
        return policy;
    }

    /** Publishes an expert's free time (PRE-05: experts correct the dates); refuses a window already over. */
    public Outcome<TimeSlot> publishAvailability(ExpertId expert, TimeSlot window) {
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(window, "window");
        Instant now = clock.instant();
        if (!window.end().isAfter(now)) {
            return Outcome.refused(SchedulingReason.AVAILABILITY_IN_THE_PAST.reason(ConsultationReasons.expertSubject(expert),
                    Figure.of("expert", expert.value()), Figure.of("end", ConsultationReasons.local(window.end(), zone))));
        }
        synchronized (lock) {
            availability.computeIfAbsent(expert, k -> new ArrayList<>()).add(window);
        }
        return Outcome.accepted(window);
    }

    /** Books an individual consultation of the policy's length (PRE-06). */
    public Outcome<Consultation> book(ProjectId project, ExpertId expert, Instant start, Initiator initiator) {
        return book(project, expert, start, initiator, true);
    }

    /**
     * Books again a consultation that a journal recorded as booked, to rebuild the book: every
     * check of {@link #book} except the working day (PRE-05), which the holiday data of its time
     * passed. Holiday data changes with the law (APP-11) (a day declared a holiday, a transfer order); a
     * booking made before that stays what it was, and the journal stays readable.
     */
    public Outcome<Consultation> replayBooking(ProjectId project, ExpertId expert, Instant start, Initiator initiator) {
        return book(project, expert, start, initiator, false);
    }

    private Outcome<Consultation> book(ProjectId project, ExpertId expert, Instant start, Initiator initiator,
            boolean workingDay) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(initiator, "initiator");
        TimeSlot slot = TimeSlot.of(start, policy.length());
        synchronized (lock) {
            List<Reason> refusals = check(expert, List.of(project), slot, Optional.empty(), workingDay);
            if (initiator == Initiator.PROJECT && countTowardLimit(project, expert) >= policy.maxPerExpertPerProject()) {
                refusals.add(ConsultationReasons.limitReached(project, expert, policy.maxPerExpertPerProject()));
            }
            if (!refusals.isEmpty()) {
                return Outcome.refused(refusals);
            }
            return Outcome.accepted(store(new Consultation(newId(), expert, List.of(project), slot,
                    ConsultationKind.INDIVIDUAL, initiator, ConsultationStatus.BOOKED)));
        }
    }

    /** Books a group consultation (PRE-07): the expert's initiative, or a written, motivated request the expert accepted. */
    public Outcome<Consultation> bookGroup(ExpertId expert, List<ProjectId> projects, Instant start, GroupOrigin origin) {
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(origin, "origin");
        List<Reason> refusals = new ArrayList<>();
        if (projects.size() < 2 || projects.stream().distinct().count() != projects.size()) {
            refusals.add(SchedulingReason.GROUP_NEEDS_PROJECTS.reason(ConsultationReasons.expertSubject(expert),
                    Figure.of("projects", projects.toString())));
        }
        if (origin instanceof WrittenRequest w) {
            if (w.motivation().isBlank()) {
                refusals.add(SchedulingReason.GROUP_REQUEST_NOT_MOTIVATED.reason(ConsultationReasons.expertSubject(expert)));
            }
            if (!w.acceptedByExpert()) {
                refusals.add(SchedulingReason.GROUP_REQUEST_NOT_ACCEPTED.reason(ConsultationReasons.expertSubject(expert),
                        Figure.of("expert", expert.value())));
            }
        }
        Initiator initiator = origin instanceof ExpertInitiated ? Initiator.EXPERT : Initiator.PROJECT;
        TimeSlot slot = TimeSlot.of(start, policy.length());
        synchronized (lock) {
            if (refusals.isEmpty()) {
                refusals.addAll(check(expert, projects, slot, Optional.empty(), true));
            }
            if (!refusals.isEmpty()) {
                return Outcome.refused(refusals);
            }
            return Outcome.accepted(store(new Consultation(newId(), expert, projects, slot, ConsultationKind.GROUP,
                    initiator, ConsultationStatus.BOOKED)));
        }
    }

    /** Lengthens a consultation on the expert's decision (PRE-06: "extendable by the expert"). */
    public Outcome<Consultation> extend(String consultationId, ExpertId by, Duration extra) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(extra, "extra");
        if (extra.isNegative() || extra.isZero()) {
            throw new IllegalArgumentException("extension is not positive: " + extra);
        }
        return change(consultationId, c -> {
            if (!c.expert().equals(by)) {
                return Outcome.refused(SchedulingReason.ONLY_EXPERT_EXTENDS.reason("consultation:" + c.id()));
            }
            TimeSlot longer = new TimeSlot(c.slot().start(), c.slot().end().plus(extra));
            List<Reason> refusals = overlaps(c.expert(), c.projects(), longer, Optional.of(c.id()));
            if (!refusals.isEmpty()) {
                return Outcome.refused(refusals);
            }
            return Outcome.accepted(store(c.withSlot(longer)));
        });
    }

    /**
     * Cancels a booking: with at least the policy's notice it is cancelled; with less it is
     * counted as held [default 24 h]. Either way the time is freed.
     */
    public Outcome<Consultation> cancel(String consultationId) {
        return change(consultationId, c -> {
            Instant now = clock.instant();
            if (c.status() != ConsultationStatus.BOOKED || !c.slot().start().isAfter(now)) {
                return Outcome.refused(notCancellable(c));
            }
            boolean inTime = !Duration.between(now, c.slot().start()).minus(policy.cancellationNotice()).isNegative();
            return Outcome.accepted(store(c.withStatus(inTime ? ConsultationStatus.CANCELLED : ConsultationStatus.CANCELLED_LATE)));
        });
    }

    /** Moves a booking to a new start, if the policy's notice is kept and the new time is free (PRE-06 policy). */
    public Outcome<Consultation> reschedule(String consultationId, Instant newStart) {
        Objects.requireNonNull(newStart, "newStart");
        return change(consultationId, c -> {
            Instant now = clock.instant();
            if (c.status() != ConsultationStatus.BOOKED || !c.slot().start().isAfter(now)) {
                return Outcome.refused(notCancellable(c));
            }
            if (Duration.between(now, c.slot().start()).compareTo(policy.cancellationNotice()) < 0) {
                long h = policy.cancellationNotice().toHours();
                return Outcome.refused(SchedulingReason.LATE_RESCHEDULE.reason("consultation:" + c.id(),
                        Figure.of("cancellationNoticeHours", h)));
            }
            TimeSlot slot = TimeSlot.of(newStart, c.slot().length());
            List<Reason> refusals = check(c.expert(), c.projects(), slot, Optional.of(c.id()), true);
            if (!refusals.isEmpty()) {
                return Outcome.refused(refusals);
            }
            return Outcome.accepted(store(c.withSlot(slot)));
        });
    }

    /** Records that the consultation took place. */
    public Outcome<Consultation> markHeld(String consultationId) {
        return change(consultationId, c -> {
            if (c.status() != ConsultationStatus.BOOKED || c.slot().start().isAfter(clock.instant())) {
                return Outcome.refused(notYet(c));
            }
            return Outcome.accepted(store(c.withStatus(ConsultationStatus.HELD)));
        });
    }

    /** Records a no-shows after the start: a project's counts as held [default], an expert's does not. */
    public Outcome<Consultation> recordNoShow(String consultationId, NoShowParty party) {
        Objects.requireNonNull(party, "party");
        return change(consultationId, c -> {
            if (c.status() != ConsultationStatus.BOOKED || c.slot().start().isAfter(clock.instant())) {
                return Outcome.refused(notYet(c));
            }
            return Outcome.accepted(store(c.withStatus(party == NoShowParty.PROJECT
                    ? ConsultationStatus.NO_SHOW_PROJECT : ConsultationStatus.NO_SHOW_EXPERT)));
        });
    }

    /** The consultation with this ID, if any. */
    public Optional<Consultation> consultation(String consultationId) {
        synchronized (lock) {
            return Optional.ofNullable(consultations.get(Objects.requireNonNull(consultationId, "consultationId")));
        }
    }

    /** All consultations, in booking order. */
    public List<Consultation> consultations() {
        synchronized (lock) {
            return ImmutableList.copyOf(consultations.values());
        }
    }

    /** How many consultations of this project with this expert count toward the PRE-06 limit. */
    public int countTowardLimit(ProjectId project, ExpertId expert) {
        synchronized (lock) {
            int n = 0;
            for (String id : byProject.getOrDefault(project, List.of())) {
                Consultation c = consultations.get(id);
                if (c.kind() == ConsultationKind.INDIVIDUAL && c.initiator() == Initiator.PROJECT
                        && c.expert().equals(expert) && c.projects().contains(project) && c.status().countsTowardLimit()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** A change to the consultation with this ID, under the lock; an ID the book does not hold is refused. */
    private Outcome<Consultation> change(String consultationId, Function<Consultation, Outcome<Consultation>> change) {
        Objects.requireNonNull(consultationId, "consultationId");
        synchronized (lock) {
            Consultation c = consultations.get(consultationId);
            return c == null ? Outcome.refused(SchedulingReason.UNKNOWN_CONSULTATION.reason(
                    "consultation:" + consultationId, Figure.of("consultation", consultationId))) : change.apply(c);
        }
    }

    private Consultation store(Consultation c) {
        if (consultations.put(c.id(), c) == null) {
            byExpert.computeIfAbsent(c.expert(), k -> new ArrayList<>()).add(c.id());
            for (ProjectId p : c.projects()) {
                byProject.computeIfAbsent(p, k -> new ArrayList<>()).add(c.id());
            }
        }
        return c;
    }

    private String newId() {
        return "C" + nextId++;
    }

    private List<Reason> check(ExpertId expert, List<ProjectId> projects, TimeSlot slot, Optional<String> except,
            boolean workingDay) {
        List<Reason> refusals = new ArrayList<>();
        List<TimeSlot> windows = availability.get(expert);
        if (windows == null) {
            refusals.add(ConsultationReasons.unknownExpert(expert));
            return refusals;
        }
        Instant now = clock.instant();
        if (!slot.start().isAfter(now)) {
            refusals.add(ConsultationReasons.inThePast(expert, slot.start(), now, zone));
            return refusals;
        }
        if (slot.start().atZone(zone).minusDays(policy.agendaDaysBefore()).toInstant().isBefore(now)) {
            refusals.add(ConsultationReasons.agendaLeadTime(expert, slot.start(), policy.agendaDaysBefore(), zone));
        }
        LocalDate day = slot.start().atZone(zone).toLocalDate();
        if (workingDay) {
            Optional<Reason> missing = calendar.checkCovered(day, day, ConsultationReasons.PRE_05);
            if (missing.isPresent()) {
                refusals.add(missing.get());
            } else if (!calendar.isWorkingDay(day)) {
                refusals.add(ConsultationReasons.nonWorkingDay(expert, slot.start(), zone));
            }
        }
        if (windows.stream().noneMatch(w -> w.contains(slot))) {
            refusals.add(ConsultationReasons.outsideAvailability(expert, slot.start(), zone));
        }
        if (!policy.hours().contains(slot, zone)) {
            refusals.add(ConsultationReasons.outsideHours(expert, slot, policy.hours(), zone));
        }
        refusals.addAll(overlaps(expert, projects, slot, except));
        return refusals;
    }

    private List<Reason> overlaps(ExpertId expert, List<ProjectId> projects, TimeSlot slot, Optional<String> except) {
        List<Reason> refusals = new ArrayList<>();
        boolean expertBusy = false;
        List<ProjectId> busy = new ArrayList<>();
        // the expert's and the projects' consultations merged in booking order (ids C1, C2, …), as a
        // scan of the whole book would meet them: each list is in that order already (store())
        List<List<String>> lists = new ArrayList<>(1 + projects.size());
        lists.add(byExpert.getOrDefault(expert, List.of()));
        for (ProjectId p : projects) {
            lists.add(byProject.getOrDefault(p, List.of()));
        }
        int[] next = new int[lists.size()];
        while (true) {
            String id = null;
            for (int i = 0; i < next.length; i++) {
                if (next[i] < lists.get(i).size() && (id == null || earlier(lists.get(i).get(next[i]), id))) {
                    id = lists.get(i).get(next[i]);
                }
            }
            if (id == null) {
                break;
            }
            for (int i = 0; i < next.length; i++) {
                if (next[i] < lists.get(i).size() && lists.get(i).get(next[i]).equals(id)) {
                    next[i]++;
                }
            }
            Consultation c = consultations.get(id);
            if (!c.status().occupiesTime() || except.map(c.id()::equals).orElse(false) || !c.slot().overlaps(slot)) {
                continue;
            }
            expertBusy |= c.expert().equals(expert);
            for (ProjectId p : projects) {
                if (c.projects().contains(p) && !busy.contains(p)) {
                    busy.add(p);
                }
            }
        }
        if (expertBusy) {
            refusals.add(ConsultationReasons.expertBusy(expert, slot.start(), zone));
        }
        for (ProjectId p : busy) {
            refusals.add(ConsultationReasons.projectBusy(p, slot.start(), zone));
        }
        return refusals;
    }

    /** Whether consultation {@code a} was booked before {@code b}: "C" and a number without leading zeros. */
    private static boolean earlier(String a, String b) {
        return a.length() != b.length() ? a.length() < b.length() : a.compareTo(b) < 0;
    }

    private static Reason notCancellable(Consultation c) {
        return SchedulingReason.NOT_CHANGEABLE.reason("consultation:" + c.id(), Figure.of("consultation", c.id()),
                Figure.of("status", c.status().name()));
    }

    private static Reason notYet(Consultation c) {
        return SchedulingReason.NOT_STARTED_OR_CLOSED.reason("consultation:" + c.id(), Figure.of("consultation", c.id()),
                Figure.of("status", c.status().name()));
    }
}
