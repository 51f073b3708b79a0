package kz.saruar.model.lifecycle;

import static kz.saruar.model.lifecycle.LifecycleFixtures.STANDARD;
import static kz.saruar.model.lifecycle.LifecycleFixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.ActorRole;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Random command sequences by random actors: never an illegal state; replay equals live state (APP-10..12, PRE-09, DEF-06/11/12, EXT-02). */
class LifecycleProperties {
    private static final LocalDate DEFENSE = LocalDate.of(2026, 6, 1);

    /** One step: a pick among the command pool, whether it ignores the current state, a role used when it does. */
    record Step(int pick, boolean chaos, ActorRole role) {
    }

    @Provide
    Arbitrary<List<LifecycleCommand>> pools() {
        Arbitrary<CheckStatus> status = Arbitraries.of(CheckStatus.class);
        Arbitrary<LifecycleCommand> command = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(new Commands.Preselect())),
                Tuple.of(6, Arbitraries.integers().between(5, 25).map(d -> new Commands.RecordFirstInterview(LocalDate.of(2026, 4, d)))),
                Tuple.of(6, status.map(s -> new Commands.AdmitToPreAcceleration(verdict("APP-08", s)))),
                Tuple.of(1, Combinators.combine(Arbitraries.of("WEAK_TEAM", "", "bad code", "OUT_OF_SCOPE"), Arbitraries.of(true, false))
                        .as(Commands.Reject::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.of("motivated", "").optional(), Arbitraries.of(true, false))
                        .as((x, d) -> new Commands.Expel(x, d ? Optional.of(new ExpertGroupDecision("EG-1", DEFENSE)) : Optional.empty(), List.of()))),
                Tuple.of(6, Combinators.combine(Arbitraries.integers().between(35, 105), Arbitraries.of(true, false))
                        .as((t, p) -> new Commands.RecordDefense(DefenseOutcome.of(t, "B", p)))),
                Tuple.of(6, Arbitraries.integers().between(-1, 6).map(d -> new Commands.ApplyForAcceleration(DEFENSE.plusDays(d),
                        AccelerationDeadline.calendarDays(DEFENSE, 3)))),
                Tuple.of(1, Arbitraries.just(new Commands.RecommendForAcceleration("ready"))),
                Tuple.of(6, status.map(st -> new Commands.EnterAcceleration(verdict("DEF-12", st)))),
                Tuple.of(6, Arbitraries.just(new Commands.Graduate())),
                Tuple.of(6, Combinators.combine(Arbitraries.integers().between(6, 8), Arbitraries.integers().between(7, 8))
                        .as(Commands.GrantAmbassadorStatus::new)),
                Tuple.of(1, Arbitraries.of("moving", "").map(Commands.Withdraw::new)),
                Tuple.of(1, Arbitraries.of("Motivated, disciplined team", "").map(Commands.RecordCharacteristic::new)),
                Tuple.of(1, Arbitraries.of(List.of("CONCEPT"), List.<String>of()).map(Commands.UpdateDocuments::new)),
                Tuple.of(3, Arbitraries.of("MEMORANDUM", "INFORMATION_SUPPORT", "EXPERT_COUNCILS", "bad step")
                        .map(Commands.RecordAmbassadorStep::new)));
        return command.list().ofMinSize(10).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000), Arbitraries.integers().between(0, 9).map(i -> i < 2),
                Arbitraries.of(ActorRole.class)).as(Step::new).list().ofMaxSize(60);
    }

    @Property(tries = 1000)
    void never_an_illegal_state_and_replay_equals_live_state(@ForAll("pools") List<LifecycleCommand> pool,
            @ForAll("steps") List<Step> steps) {
        Clock clock = LifecycleFixtures.CLOCK;
        ProjectLifecycle p = ProjectLifecycle.submit("P-9", Actor.of("team-9", ActorRole.TEAM), clock, STANDARD);
        List<LifecycleEvent> seen = new ArrayList<>(p.events());
        for (Step step : steps) {
            clock = Clock.offset(clock, Duration.ofHours(1));
            ProjectState before = p.state();
            List<LifecycleCommand> fitting = pool.stream().filter(c -> LifecycleTable.of(c).from().contains(before)).toList();
            List<LifecycleCommand> from = step.chaos() || fitting.isEmpty() ? pool : fitting;
            LifecycleCommand command = from.get(step.pick() % from.size());
            ActorRole role = step.chaos() ? step.role() : LifecycleTable.of(command).roles(STANDARD).iterator().next();
            Step s = new Step(step.pick(), step.chaos(), role);
            Outcome<LifecycleStep> d = p.decide(command, Actor.of("a-" + role, role), clock);
            if (d.accepted()) {
                LifecycleStep accepted = d.orElseThrow();
                LifecycleEvent e = accepted.event();
                assertThat(before.successors()).as("legal transition").contains(accepted.project().state());
                assertThat(LifecycleTable.of(command).roles(STANDARD)).contains(s.role());
                assertThat(e.from()).contains(before);
                assertThat(e.to()).isEqualTo(accepted.project().state());
                assertThat(e.rules()).isNotEmpty().isEqualTo(LifecycleTable.of(command).rules());
                assertThat(e.at()).isEqualTo(clock.instant());
                assertThat(accepted.project().events()).last().isEqualTo(e);
                seen.add(e);
                p = accepted.project();
            } else {
                assertThat(d.reasons()).isNotEmpty().allSatisfy(r -> {
                    assertThat(r.rules()).isNotEmpty();
                    assertThat(r.subject()).isEqualTo("project:P-9/" + command.code());
                });
            }
            if (p.state() == ProjectState.REJECTED) {
                assertThat(p.rejection()).isPresent();
                assertThat(p.rejection().get().reasonCode()).matches("[A-Z][A-Z0-9_]*");
            }
            if (p.state() == ProjectState.EXPELLED) {
                assertThat(p.expulsionExplanation()).hasValueSatisfying(x -> assertThat(x).isNotBlank());
            }
            if (p.state() == ProjectState.IN_ACCELERATION) {
                assertThat(p.accelerationApplication()).as("DEF-11").isPresent();
            }
            if (p.state() == ProjectState.BRAND_AMBASSADOR) {
                assertThat(p.ambassadorSteps()).doesNotHaveDuplicates();
            }
            if (before.isEnd()) {
                assertThat(d.accepted()).as("an end is final").isFalse();
            }
        }
        net.jqwik.api.statistics.Statistics.label("final state").collect(p.state());
        net.jqwik.api.statistics.Statistics.label("reached acceleration").collect(p.events().stream().anyMatch(e -> e.to() == ProjectState.IN_ACCELERATION));
        assertThat(p.events()).isEqualTo(seen);
        assertThat(ProjectLifecycle.replay(p.events(), STANDARD)).isEqualTo(p);
    }
}
