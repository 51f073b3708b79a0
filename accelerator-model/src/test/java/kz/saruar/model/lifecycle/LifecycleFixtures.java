package kz.saruar.model.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.RuleCheck;

final class LifecycleFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T06:00:00Z"), ZoneId.of("Asia/Almaty"));
    static final Actor ORGANIZER = Actor.of("org-1", ActorRole.ORGANIZER);
    static final Actor EXPERTS = Actor.of("eg-1", ActorRole.EXPERT_GROUP);
    static final Actor JURY = Actor.of("jury-1", ActorRole.JURY);
    static final Actor MENTOR = Actor.of("mentor-1", ActorRole.MENTOR);
    static final Actor TEAM = Actor.of("team-1", ActorRole.TEAM);

    private LifecycleFixtures() {
    }

    static EligibilityVerdict verdict(String rule, CheckStatus status) {
        return EligibilityVerdict.of(List.of(new RuleCheck(RuleId.of(rule), "ALL", "$", status, Map.of(),
                LocalizedText.of("k", "r", "e"))));
    }

    static ProjectLifecycle accept(ProjectLifecycle p, LifecycleCommand c, Actor a) {
        LifecycleDecision d = p.decide(c, a, CLOCK);
        if (!d.accepted()) {
            throw new AssertionError(d.refusal().orElseThrow().toString());
        }
        return d.project();
    }

    static ProjectLifecycle inPreAcceleration() {
        ProjectLifecycle p = ProjectLifecycle.submit("P-1", TEAM, CLOCK);
        p = accept(p, new Commands.Preselect(), ORGANIZER);
        p = accept(p, new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 14), 7), EXPERTS);
        return accept(p, new Commands.AdmitToPreAcceleration(verdict("APP-08", CheckStatus.PASSED)), ORGANIZER);
    }
}
