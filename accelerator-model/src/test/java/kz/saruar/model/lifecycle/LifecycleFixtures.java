package kz.saruar.model.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.RuleCheck;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;

final class LifecycleFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T06:00:00Z"), ZoneId.of("Asia/Almaty"));
    static final Methodology STANDARD = Methodology.loader().withoutDiscovery().standard().orElseThrow();
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

    /** The standard methodology's JSON, edited, then loaded and validated. */
    static Outcome<Methodology> edited(Consumer<ObjectNode> edit) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode tree = (ObjectNode) mapper.readTree(STANDARD.toJson());
            edit.accept(tree);
            return Methodology.loader().withoutDiscovery().parse(mapper.writeValueAsString(tree));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static ProjectLifecycle submitted() {
        return ProjectLifecycle.submit("P-1", TEAM, CLOCK, STANDARD);
    }

    static ProjectLifecycle accept(ProjectLifecycle p, LifecycleCommand c, Actor a) {
        return p.decide(c, a, CLOCK).orElseThrow().project();
    }

    /** The codes of a refusal's reasons, in order (empty when accepted). */
    static List<String> codes(Outcome<?> o) {
        return o.reasons().stream().map(Reason::code).toList();
    }

    /** The rules a refusal's reasons cite, each once. */
    static List<RuleId> rules(Outcome<?> o) {
        return o.reasons().stream().flatMap(r -> r.rules().stream()).distinct().toList();
    }

    static ProjectLifecycle inPreAcceleration() {
        ProjectLifecycle p = submitted();
        p = accept(p, new Commands.Preselect(), ORGANIZER);
        p = accept(p, new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 14)), EXPERTS);
        return accept(p, new Commands.AdmitToPreAcceleration(verdict("APP-08", CheckStatus.PASSED)), ORGANIZER);
    }
}
