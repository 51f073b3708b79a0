package kz.saruar.model.lifecycle;

import static kz.saruar.model.Rules.APP_03;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;

/**
 * A project's way through the program (APP-03, APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03,
 * EXT-02, EXT-04): its state, what was recorded on the way (rejection, defense, expulsion), and
 * the events that led there, under a methodology that says who may give each command and the
 * numbers the guards use. Immutable; {@link #decide} returns the next step or the reasons of a
 * refusal; replaying the events gives an equal project.
 */
public final class ProjectLifecycle {
    private final Methodology methodology;
    private final String projectId;
    private final ProjectState state;
    private final Optional<Rejection> rejection;
    private final Optional<DefenseOutcome> defense;
    private final Optional<String> expulsionExplanation;
    private final Optional<String> characteristic;
    private final Optional<LocalDate> accelerationApplication;
    private final boolean mentorRecommended;
    private final ImmutableList<String> ambassadorSteps;
    private final ImmutableList<LifecycleEvent> events;

    private ProjectLifecycle(Methodology methodology, String projectId, ProjectState state, Optional<Rejection> rejection,
            Optional<DefenseOutcome> defense, Optional<String> expulsionExplanation, Optional<String> characteristic,
            Optional<LocalDate> accelerationApplication, boolean mentorRecommended, List<String> ambassadorSteps,
            List<LifecycleEvent> events) {
        this.methodology = methodology;
        this.projectId = projectId;
        this.state = state;
        this.rejection = rejection;
        this.defense = defense;
        this.expulsionExplanation = expulsionExplanation;
        this.characteristic = characteristic;
        this.accelerationApplication = accelerationApplication;
        this.mentorRecommended = mentorRecommended;
        this.ambassadorSteps = ImmutableList.copyOf(ambassadorSteps);
        this.events = ImmutableList.copyOf(events);
    }

    /**
     * A project whose application was just submitted by an actor (APP-03): state APPLIED, one
     * event; later commands are decided under {@code methodology}.
     */
    public static ProjectLifecycle submit(String projectId, Actor actor, Clock clock, Methodology methodology) {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
        if (projectId.isBlank()) {
            throw new IllegalArgumentException("project id is blank: \"" + projectId + "\"");
        }
        LifecycleEvent e = new LifecycleEvent(1, projectId, actor, clock.instant(), Optional.empty(), Optional.empty(),
                ProjectState.APPLIED, "application submitted", List.of(APP_03));
        return replay(List.of(e), methodology);
    }

    /**
     * The project that these events describe, later commands decided under {@code methodology}.
     * Replay checks the transitions of {@link LifecycleTable}, not roles or guards: those were
     * decided when the events were accepted.
     *
     * @throws SaruarException when the events are not a history of one project (a broken
     *     invariant: wrong order, a transition that no command makes)
     */
    public static ProjectLifecycle replay(List<LifecycleEvent> events, Methodology methodology) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(methodology, "methodology");
        if (events.isEmpty() || events.get(0).command().isPresent()) {
            throw new SaruarException("a project's history starts with its submission");
        }
        LifecycleEvent first = events.get(0);
        ProjectLifecycle p = new ProjectLifecycle(methodology, first.projectId(), first.to(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(), List.of(first));
        for (int i = 1; i < events.size(); i++) {
            p = p.apply(events.get(i));
        }
        return p;
    }

    private ProjectLifecycle apply(LifecycleEvent e) {
        LifecycleCommand c = e.command().orElseThrow(() -> new SaruarException(
                "event " + e.sequence() + " of " + projectId + " has no command"));
        if (!e.projectId().equals(projectId) || e.sequence() != events.size() + 1
                || !e.from().equals(Optional.of(state)) || !LifecycleTable.of(c).from().contains(state)
                || !LifecycleTable.of(c).targets(state).contains(e.to()) || c.target(state) != e.to()) {
            throw new SaruarException("event " + e.sequence() + " (" + e.what() + " " + e.from().orElse(null) + " -> "
                    + e.to() + ") does not follow " + projectId + " at " + events.size() + " in state " + state);
        }
        Optional<Rejection> rej = rejection;
        Optional<DefenseOutcome> def = defense;
        Optional<String> exp = expulsionExplanation;
        Optional<String> ch = characteristic;
        List<String> steps = new ArrayList<>(ambassadorSteps);
        Optional<LocalDate> applied = accelerationApplication;
        boolean recommended = mentorRecommended;
        if (c instanceof Commands.ApplyForAcceleration x) {
            applied = Optional.of(x.applicationDate());
        } else if (c instanceof Commands.RecommendForAcceleration) {
            recommended = true;
        } else if (c instanceof Commands.RecordCharacteristic x) {
            ch = Optional.of(x.text());
        } else if (c instanceof Commands.RecordAmbassadorStep x) {
            steps.add(x.step());
        } else if (c instanceof Commands.Reject r) {
            rej = Optional.of(new Rejection(r.reasonCode(), r.shownToApplicant()));
        } else if (c instanceof Commands.RecordDefense d) {
            def = Optional.of(d.outcome());
        } else if (c instanceof Commands.Expel x) {
            exp = x.motivatedExplanation();
        }
        List<LifecycleEvent> all = new ArrayList<>(events);
        all.add(e);
        return new ProjectLifecycle(methodology, projectId, e.to(), rej, def, exp, ch, applied, recommended, steps, all);
    }

    /**
     * Decides a command given by an actor now: accepted with the project after it and the event
     * it yields, or refused with every reason ({@link LifecycleRefusal}: a role the methodology
     * does not allow, a state the table does not allow, evidence the guard misses), each citing
     * its rule; a refusal leaves this project as it is.
     */
    public Outcome<LifecycleStep> decide(LifecycleCommand command, Actor actor, Clock clock) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
        LifecycleTable.Transition row = LifecycleTable.of(command);
        RuleId main = row.rules().get(0);
        List<Reason> missing = new ArrayList<>();
        Set<ActorRole> roles = row.roles(methodology);
        if (!roles.contains(actor.role())) {
            missing.add(LifecycleRefusal.ROLE.about(this, command, main, Figure.of("role", actor.role().name()),
                    Figure.of("command", row.code().name()), Figure.of("allowed", roles.toString())));
        }
        if (!row.from().contains(state)) {
            missing.add(LifecycleRefusal.STATE.about(this, command, main, Figure.of("state", state.name()),
                    Figure.of("command", row.code().name()), Figure.of("possibleIn", row.from().toString())));
        }
        missing.addAll(command.unmet(this));
        if (!missing.isEmpty()) {
            return Outcome.refused(missing);
        }
        ProjectState to = command.target(state);
        if (!row.targets(state).contains(to)) {
            throw new SaruarException(row.code() + " leads from " + state + " to " + to + ", which its row does not allow");
        }
        LifecycleEvent e = new LifecycleEvent(events.size() + 1L, projectId, actor, clock.instant(), Optional.of(command),
                Optional.of(state), to, command.why(), row.rules());
        return Outcome.accepted(new LifecycleStep(apply(e), e));
    }

    /** The methodology the project's commands are decided under (roles, interview days, ambassador steps). */
    public Methodology methodology() {
        return methodology;
    }

    /** The project's identifier. */
    public String projectId() {
        return projectId;
    }

    /** The day the application was submitted, in Kazakhstan (the first event). */
    public LocalDate submittedOn() {
        return LocalDate.ofInstant(events.get(0).at(), Kazakhstan.ZONE);
    }

    /** The last day of the first interview (APP-10): the submission day plus the methodology's days. */
    public LocalDate firstInterviewDue() {
        return firstInterviewDue(submittedOn(), methodology.intake().firstInterviewDays());
    }

    /**
     * APP-10's last day for the first interview: {@code days} calendar days after the day of
     * submission. The one reading of the rule: the lifecycle's guard, the cohort's pending
     * deadlines and scheduling's {@code Deadlines} all take the day from here.
     */
    public static LocalDate firstInterviewDue(LocalDate submittedOn, int days) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        if (days < 0) {
            throw new IllegalArgumentException("days is negative: " + days);
        }
        return submittedOn.plusDays(days);
    }

    /** The current state. */
    public ProjectState state() {
        return state;
    }

    /** The rejection, when rejected (APP-12). */
    public Optional<Rejection> rejection() {
        return rejection;
    }

    /** The reason code as the applicant may see it: only when marked shown (APP-12). */
    public Optional<String> rejectionReasonForApplicant() {
        return rejection.filter(Rejection::shownToApplicant).map(Rejection::reasonCode);
    }

    /** The defense outcome, once recorded. */
    public Optional<DefenseOutcome> defense() {
        return defense;
    }

    /** The motivated explanation of an expulsion (PRE-09). */
    public Optional<String> expulsionExplanation() {
        return expulsionExplanation;
    }

    /** The characteristic of the team and project (PRE-10), once recorded. */
    public Optional<String> characteristic() {
        return characteristic;
    }

    /** The day the team applied to acceleration (DEF-11), once it has. */
    public Optional<LocalDate> accelerationApplication() {
        return accelerationApplication;
    }

    /** Whether the mentor recommended the project for acceleration (DEF-12). */
    public boolean mentorRecommended() {
        return mentorRecommended;
    }

    /** The ambassador participation steps taken (EXT-04), in order. */
    public List<String> ambassadorSteps() {
        return ambassadorSteps;
    }

    /** Every event, from the submission on. */
    public List<LifecycleEvent> events() {
        return events;
    }

    /** Equal projects have equal histories and what was recorded on the way; the methodology is not compared. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectLifecycle p && projectId.equals(p.projectId) && state == p.state
                && rejection.equals(p.rejection) && defense.equals(p.defense)
                && expulsionExplanation.equals(p.expulsionExplanation) && characteristic.equals(p.characteristic)
                && accelerationApplication.equals(p.accelerationApplication) && mentorRecommended == p.mentorRecommended
                && ambassadorSteps.equals(p.ambassadorSteps) && events.equals(p.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, state, rejection, defense, expulsionExplanation, characteristic,
                accelerationApplication, mentorRecommended, ambassadorSteps, events);
    }

    @Override
    public String toString() {
        return "ProjectLifecycle[" + projectId + ", " + state + ", " + events.size() + " events]";
    }
}
