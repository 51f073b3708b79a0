package kz.saruar.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.EligibilityChecks;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.AccelerationDeadline;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.LifecycleCommand;
import kz.saruar.model.lifecycle.LifecycleStep;
import kz.saruar.model.lifecycle.LifecycleEvent;
import kz.saruar.model.lifecycle.ProjectLifecycle;
import kz.saruar.model.methodology.Methodology;

/**
 * The cohort's use of {@link ProjectLifecycle} (APP-10..12, PRE-09, PRE-10, DEF-06..12, ACC-03,
 * EXT-02, EXT-04): completing a command with what the cohort's record and pinned methodology
 * decide, turning the lifecycle's decision into the shared {@link Outcome}, and replaying a
 * recorded event. The one place that knows the lifecycle's decision and event types.
 */
final class Lifecycles {
    private Lifecycles() {
    }

    /**
     * The command with the cohort's own figures: the verdicts of APP-08 and DEF-12 on the stored
     * application when none is given, the DEF-11 window after the recorded defense (the interview
     * allowance of APP-10 and the EXT-04 order of steps come from the project's methodology).
     */
    static LifecycleCommand complete(LifecycleCommand c, Methodology m, ProjectApplication application,
            Optional<LocalDate> defenseDate, Instant now) {
        if (c instanceof Commands.AdmitToPreAcceleration x && x.admission().checks().isEmpty()) {
            return new Commands.AdmitToPreAcceleration(EligibilityChecks.APP_08.check(application, m,
                    Clock.fixed(now, Kazakhstan.ZONE)));
        }
        if (c instanceof Commands.EnterAcceleration x && x.admission().checks().isEmpty()) {
            return new Commands.EnterAcceleration(EligibilityChecks.DEF_12.check(application, m,
                    Clock.fixed(now, Kazakhstan.ZONE)));
        }
        if (c instanceof Commands.ApplyForAcceleration x) {
            // without a recorded defense the window is empty; the lifecycle refuses by state anyway
            AccelerationDeadline d = defenseDate
                    .map(day -> AccelerationDeadline.calendarDays(day, m.defense().applicationToAccelerationDays()))
                    .orElse(new AccelerationDeadline(LocalDate.EPOCH, LocalDate.EPOCH));
            return new Commands.ApplyForAcceleration(x.applicationDate(), d);
        }
        return c;
    }

    /**
     * Decides a completed command: the event to record, or every reason of the refusal. The project
     * after an accepted command goes into {@code decided} under its event, so that the state takes
     * it in when the event is recorded instead of replaying the event it was just decided from.
     */
    static Outcome<CohortEvent.LifecycleRecorded> decide(ProjectLifecycle project, LifecycleCommand command,
            Actor actor, Instant now, Map<CohortEvent, ProjectLifecycle> decided) {
        Outcome<LifecycleStep> d = project.decide(command, actor, Clock.fixed(now, Kazakhstan.ZONE));
        return d.map(step -> {
            CohortEvent.LifecycleRecorded e = recorded(step.event());
            decided.put(e, step.project());
            return e;
        });
    }

    static CohortEvent.LifecycleRecorded recorded(LifecycleEvent e) {
        return new CohortEvent.LifecycleRecorded(e.projectId(), e.sequence(),
                LifecycleCommandJson.write(e.command().orElseThrow()), e.from().orElseThrow(), e.to(), e.why(),
                e.rules().stream().map(RuleId::value).toList());
    }

    /** The project after a recorded event; a record that does not follow the project is damage. */
    static ProjectLifecycle replay(ProjectLifecycle project, CohortEvent.LifecycleRecorded e, Actor actor, Instant at,
            long position) {
        try {
            LifecycleCommand command = LifecycleCommandJson.read(e.command(), "$.event.command");
            LifecycleEvent le = new LifecycleEvent(e.sequence(), e.project(), actor, at, Optional.of(command),
                    Optional.of(e.from()), e.to(), e.why(), e.rules().stream().map(RuleId::of).toList());
            List<LifecycleEvent> all = new ArrayList<>(project.events());
            all.add(le);
            return ProjectLifecycle.replay(all, project.methodology());
        } catch (LifecycleCommandJson.BadForm | SaruarException | IllegalArgumentException ex) {
            throw new UnreadableEventException(position, LocalizedText.message(
                    "өмірлік цикл оқиғасы ({1} → {2}) {0} жобасының тарихын жалғастырмайды",
                    "событие жизненного цикла ({1} → {2}) не продолжает историю проекта {0}",
                    "the lifecycle event does not follow {0}: {3}", e.project(), e.from(), e.to(), ex.getMessage()));
        }
    }
}
