package kz.saruar.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.DefenseOutcome;
import kz.saruar.model.lifecycle.ProjectLifecycle;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.BatchSubmission;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.DefenseSession;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Participant;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.ScoreSheet;
import kz.saruar.scoring.Undecided;

/**
 * The cohort's use of {@code scoring} for a defense session (DEF-03..09): the projects as the
 * session sees them, the sheets, the protocol, and the RECORD_DEFENSE of each decided project.
 * The one place that knows the scoring API and its refusal type.
 */
final class Defenses {
    private Defenses() {
    }

    /** A project of the cohort as the defense needs it. */
    record Defending(String id, String name, Instant appliedAt, List<PersonView> persons,
            kz.saruar.model.lifecycle.ProjectLifecycle lifecycle) {
    }

    static Outcome<List<CohortEvent>> decide(CohortCommand.HoldDefense c, List<Defending> projects, Methodology m,
            String sessionId, Instant now, Map<CohortEvent, ProjectLifecycle> decided) {
        List<Reason> reasons = new ArrayList<>();
        for (Defending p : projects) {
            if (p.lifecycle().state() != ProjectState.IN_PRE_ACCELERATION) {
                reasons.add(CohortReason.NOT_IN_PRE_ACCELERATION.reason("project:" + p.id(), Figure.of("project", p.id()),
                        Figure.of("state", p.lifecycle().state().name())));
            }
        }
        if (!reasons.isEmpty()) {
            return Outcome.refused(reasons);
        }
        List<Project> scored = new ArrayList<>();
        for (Defending p : projects) {
            List<Participant> team = p.persons().stream().map(v -> Participant.of(v.personId(), v.displayName())).toList();
            Project project = new Project(p.id(), p.name(), p.appliedAt(), team,
                    Optional.ofNullable(c.mentorExperts().get(p.id())));
            scored.add(project);
        }
        Outcome<DefenseSession> opened = DefenseSession.open(m, c.panel(), scored);
        if (!opened.accepted()) {
            return Outcome.refused(opened.reasons());
        }
        BatchSubmission b = opened.value().orElseThrow().submitAll(c.sheets());
        if (!b.reasons().isEmpty()) {
            return Outcome.refused(b.reasons());
        }
        Outcome<DefenseProtocol> protocol = b.session().protocol(c.date());
        if (!protocol.accepted()) {
            return Outcome.refused(protocol.reasons());
        }
        DefenseProtocol p = protocol.value().orElseThrow();
        List<CohortEvent.JurorLine> jurors = new ArrayList<>();
        for (Juror j : c.panel().jurors()) {
            jurors.add(new CohortEvent.JurorLine(j.id(), j.role(), false));
        }
        for (Juror j : c.panel().substitutes()) {
            jurors.add(new CohortEvent.JurorLine(j.id(), j.role(), true));
        }
        List<CohortEvent.SheetLine> sheets = new ArrayList<>();
        for (ScoreSheet s : b.session().acceptedSheets()) {
            sheets.add(new CohortEvent.SheetLine(s.jurorId(), s.projectId(), s.scores(), s.comment()));
        }
        List<CohortEvent.DecisionLine> decisions = new ArrayList<>();
        int rank = 1;
        for (ProjectDecision d : p.ranking()) {
            decisions.add(new CohortEvent.DecisionLine(d.projectId(), d.total(), d.band().code(), d.passed(), rank++));
        }
        List<String> undecided = p.undecided().stream().map(Undecided::projectId).toList();
        List<CohortEvent> events = new ArrayList<>();
        events.add(new CohortEvent.DefenseHeld(sessionId, c.date(), jurors, new LinkedHashMap<>(c.mentorExperts()),
                sheets, decisions, undecided));
        Map<String, Defending> byId = new LinkedHashMap<>();
        projects.forEach(d -> byId.put(d.id(), d));
        for (ProjectDecision d : p.ranking()) {
            Defending who = byId.get(d.projectId());
            Outcome<CohortEvent.LifecycleRecorded> rec = Lifecycles.decide(who.lifecycle(),
                    new Commands.RecordDefense(DefenseOutcome.of(d.total(), d.band().code(), d.passed())), c.actor(), now,
                    decided);
            if (rec.refused()) {
                return Outcome.refused(rec.reasons());
            }
            events.add(rec.value().orElseThrow());
        }
        return Outcome.accepted(events);
    }
}
