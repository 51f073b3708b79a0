package kz.saruar.model.lifecycle;

import static kz.saruar.model.lifecycle.LifecycleFixtures.CLOCK;
import static kz.saruar.model.lifecycle.LifecycleFixtures.ORGANIZER;
import static kz.saruar.model.lifecycle.LifecycleFixtures.STANDARD;
import static kz.saruar.model.lifecycle.LifecycleFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.RuleCheck;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.LifecycleCommandCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

/** Every lifecycle event type and command survives JSON (the journal's form) unchanged. */
class LifecycleJsonProperties {
    private static final Set<String> TYPES_SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("әғқңөұүһіЁё«»\"\\\n").ofMaxLength(30);
    }

    private static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    private static Arbitrary<EligibilityVerdict> verdicts() {
        Arbitrary<RuleCheck> check = Combinators.combine(Arbitraries.of("APP-08", "DEF-12", "APP-02"), texts(),
                Arbitraries.of(CheckStatus.class), Arbitraries.maps(Arbitraries.of("age", "tasks", "hours"), texts()).ofMaxSize(3),
                texts().filter(t -> !t.isEmpty())).as((r, req, st, fig, msg) -> new RuleCheck(RuleId.of(r), "REQ", "$.x", st, new LinkedHashMap<>(fig),
                        LocalizedText.of(msg, msg + "!", msg + "?")));
        return check.list().ofMaxSize(3).map(EligibilityVerdict::of);
    }

    @Provide
    Arbitrary<LifecycleCommand> commands() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.just(new Commands.Preselect()),
                days().map(Commands.RecordFirstInterview::new),
                texts().list().ofMaxSize(3).map(Commands.UpdateDocuments::new),
                verdicts().map(Commands.AdmitToPreAcceleration::new),
                Combinators.combine(texts(), Arbitraries.of(true, false)).as(Commands.Reject::new),
                Combinators.combine(texts().optional(), Combinators.combine(texts(), days()).as(ExpertGroupDecision::new).optional(),
                        texts().list().ofMaxSize(2)).as(Commands.Expel::new),
                texts().map(Commands.RecordCharacteristic::new),
                Combinators.combine(Arbitraries.integers().between(0, 200), texts(), Arbitraries.of(true, false))
                        .as((t, b, p) -> new Commands.RecordDefense(DefenseOutcome.of(t, b, p))),
                Combinators.combine(days(), days(), Arbitraries.integers().between(0, 10))
                        .as((a, d, n) -> new Commands.ApplyForAcceleration(a, AccelerationDeadline.calendarDays(d, n))),
                texts().map(Commands.RecommendForAcceleration::new),
                verdicts().map(Commands.EnterAcceleration::new),
                Arbitraries.just(new Commands.Graduate()),
                Combinators.combine(Arbitraries.integers(), Arbitraries.integers()).as(Commands.GrantAmbassadorStatus::new),
                texts().map(Commands.RecordAmbassadorStep::new),
                texts().map(Commands.Withdraw::new)));
    }

    @Provide
    Arbitrary<LifecycleEvent> events() {
        Arbitrary<Actor> actor = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(ActorRole.class)).as(Actor::of);
        Arbitrary<Instant> at = Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        Arbitrary<Optional<LifecycleCommand>> command = commands().optional(0.9);
        Arbitrary<List<RuleId>> rules = Arbitraries.of("APP-03", "APP-10", "DEF-12", "EXT-04").map(RuleId::of).list().ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), actor, at, command,
                Arbitraries.of(ProjectState.class), Arbitraries.of(ProjectState.class), texts(), rules)
                .as((seq, a, t, c, from, to, why, rs) -> new LifecycleEvent(seq, "P-" + seq % 1000, a, t, c,
                        c.isPresent() ? Optional.of(from) : Optional.empty(), to, why, rs));
    }

    @Property(tries = 2000)
    void every_event_type_round_trips_through_json(@ForAll("events") LifecycleEvent event) {
        String json = LifecycleJson.write(event);
        assertThat(LifecycleJson.read(json)).isEqualTo(event);
        assertThat(LifecycleJson.toTree(event).get("type").asText()).isEqualTo(event.what());
        assertThat(LifecycleJson.toTree(event).get("schemaVersion").asInt()).isEqualTo(LifecycleJson.SCHEMA_VERSION);
        TYPES_SEEN.add(event.what());
    }

    @Property(tries = 1000)
    void every_command_round_trips_through_json(@ForAll("commands") LifecycleCommand command) {
        assertThat(LifecycleJson.readCommand(LifecycleJson.write(command))).isEqualTo(command);
    }

    @AfterContainer
    static void every_event_type_was_tried() {
        Set<String> all = EnumSet.allOf(LifecycleCommandCode.class).stream().map(Enum::name).collect(Collectors.toSet());
        all.add(LifecycleEvent.SUBMIT);
        assertThat(TYPES_SEEN).containsAll(all);
    }

    @Test
    void events_of_a_real_history_replay_from_json() {
        ProjectLifecycle p = LifecycleFixtures.accept(LifecycleFixtures.accept(submitted(), new Commands.Preselect(), ORGANIZER),
                new Commands.Reject("WEAK_TEAM", false), ORGANIZER);
        List<LifecycleEvent> back = p.events().stream().map(LifecycleJson::write).map(LifecycleJson::read).toList();
        assertThat(ProjectLifecycle.replay(back, STANDARD)).isEqualTo(p);
        String json = LifecycleJson.write(p.events().get(2));
        assertThat(json).startsWith("{\"type\":\"REJECT\",\"schemaVersion\":1,\"sequence\":3,\"projectId\":\"P-1\"")
                .contains("\"at\":\"2026-04-10T11:00:00+05:00\"")
                .contains("\"command\":{\"reasonCode\":\"WEAK_TEAM\",\"shownToApplicant\":false}");
        assertThat(LifecycleJson.write(new Commands.RecordFirstInterview(LocalDate.of(2026, 4, 14))))
                .isEqualTo("{\"command\":\"RECORD_FIRST_INTERVIEW\",\"interviewDate\":\"2026-04-14\"}");
        assertThat(CLOCK.instant()).isEqualTo(LifecycleJson.read(LifecycleJson.write(p.events().get(0))).at());
    }

    @Test
    void malformed_events_are_a_broken_journal() {
        String good = LifecycleJson.write(submitted().events().get(0));
        assertThatThrownBy(() -> LifecycleJson.read(good.replace("\"schemaVersion\":1", "\"schemaVersion\":2")))
                .isInstanceOf(SaruarException.class).hasMessageContaining("schema version");
        assertThatThrownBy(() -> LifecycleJson.read(good.replace("\"type\":\"SUBMIT\"", "\"type\":\"PARADE\"")))
                .isInstanceOf(SaruarException.class).hasMessageContaining("PARADE");
        assertThatThrownBy(() -> LifecycleJson.read(good.replace("{", "{\"extra\":1,")))
                .isInstanceOf(SaruarException.class).hasMessageContaining("extra");
        assertThatThrownBy(() -> LifecycleJson.readCommand("{\"command\":\"REJECT\",\"reasonCode\":\"X\"}"))
                .isInstanceOf(SaruarException.class).hasMessageContaining("REJECT");
        assertThatThrownBy(() -> LifecycleJson.readCommand("{\"command\":\"GRADUATE\",\"x\":1}"))
                .isInstanceOf(SaruarException.class);
        assertThatThrownBy(() -> LifecycleJson.read("{\"type\":\"SUBMIT\",\"type\":\"SUBMIT\"}"))
                .isInstanceOf(SaruarException.class);
    }
}
