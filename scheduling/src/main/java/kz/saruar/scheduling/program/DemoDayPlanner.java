package kz.saruar.scheduling.program;

import static kz.saruar.model.Rules.ACC_03;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.saruar.model.RuleId;
import kz.saruar.model.methodology.DefenseRules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.scheduling.SchedulingReason;

/**
 * Orders the demo presentations (ACC-03) inside the demo-day session: grouped by project
 * category, then stakeholder category, then project ID; each as long as a defense presentation
 * plus questions (DEF-02: 3 + 2 minutes in the standard methodology). Refuses, naming them, the
 * teams that do not fit the session.
 */
public final class DemoDayPlanner {
    private final Duration slot;

    /** A planner with slots as long as the defense's presentation and questions. */
    public DemoDayPlanner(DefenseRules defense) {
        Objects.requireNonNull(defense, "defense");
        this.slot = Duration.ofMinutes((long) defense.presentationMaxMinutes() + defense.questionsMaxMinutes());
    }

    /** The length of one team's slot. */
    public Duration slotLength() {
        return slot;
    }

    /** The teams' slots inside the demo-day session, or the teams that do not fit. */
    public Outcome<List<DemoSlot>> schedule(ProgramSession demoDay, List<DemoEntry> entries) {
        Objects.requireNonNull(demoDay, "demoDay");
        Objects.requireNonNull(entries, "entries");
        if (demoDay.kind() != SessionKind.DEMO_DAY) {
            throw new IllegalArgumentException("session " + demoDay.id() + " is not a demo day but " + demoDay.kind());
        }
        Set<String> seen = new HashSet<>();
        for (DemoEntry e : entries) {
            if (!seen.add(e.projectId())) {
                return Outcome.refused(SchedulingReason.DUPLICATE_PROJECT.reason("project:" + e.projectId(),
                        Figure.of("project", e.projectId())));
            }
        }
        List<DemoEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(DemoEntry::projectCategory).thenComparing(DemoEntry::stakeholderCategory)
                .thenComparing(DemoEntry::projectId));
        List<DemoSlot> slots = new ArrayList<>();
        List<String> overflow = new ArrayList<>();
        ZonedDateTime t = demoDay.start();
        for (DemoEntry e : ordered) {
            ZonedDateTime end = t.plus(slot);
            if (end.isAfter(demoDay.end())) {
                overflow.add(e.projectId());
                continue;
            }
            slots.add(new DemoSlot(e, t, end));
            t = end;
        }
        if (!overflow.isEmpty()) {
            return Outcome.refused(SchedulingReason.DEMO_DAY_FULL.reason("session:" + demoDay.id(),
                    Figure.of("overflow", overflow.size()), Figure.of("projects", overflow.toString())));
        }
        return Outcome.accepted(slots);
    }
}
