package kz.saruar.community.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PairingsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T05:00:00Z"), ZoneOffset.UTC);

    static Pairings step(Pairings p, Outcome<PairingEvent> e) {
        return p.apply(e.orElseThrow());
    }

    @Test
    void HUB_01_a_pair_exists_only_when_both_sides_consent() {
        Pairings p = step(Pairings.empty(), Pairings.empty().propose(PairKind.MENTORING, "E-01", "P-01", CLOCK));
        assertThat(p.pair(PairKind.MENTORING, "E-01", "P-01").orElseThrow().status()).isEqualTo(PairStatus.PROPOSED);
        p = step(p, p.consent(PairKind.MENTORING, "E-01", "P-01", Side.ADVISER, CLOCK));
        assertThat(p.pair(PairKind.MENTORING, "E-01", "P-01").orElseThrow().status()).isEqualTo(PairStatus.PROPOSED);
        assertThat(p.consent(PairKind.MENTORING, "E-01", "P-01", Side.ADVISER, CLOCK).reasons())
                .extracting(Reason::code).containsExactly("ALREADY_ANSWERED");
        p = step(p, p.consent(PairKind.MENTORING, "E-01", "P-01", Side.ADVISEE, CLOCK));
        assertThat(p.pair(PairKind.MENTORING, "E-01", "P-01").orElseThrow().status()).isEqualTo(PairStatus.PAIRED);
        assertThat(p.formed(PairKind.MENTORING)).isEqualTo(1);
        assertThat(p.openMentoringKeys()).containsExactly("P-01|E-01");
    }

    @Test
    void HUB_01_a_declined_pair_keeps_its_reason_and_is_never_proposed_again() {
        Pairings p = step(Pairings.empty(), Pairings.empty().propose(PairKind.MENTORING, "E-02", "P-03", CLOCK));
        assertThat(p.decline(PairKind.MENTORING, "E-02", "P-03", Side.ADVISEE, " ", CLOCK).reasons())
                .extracting(Reason::code).containsExactly("DECLINE_WITHOUT_REASON");
        p = step(p, p.decline(PairKind.MENTORING, "E-02", "P-03", Side.ADVISEE, "We need a mentor in Almaty", CLOCK));
        PairState s = p.pair(PairKind.MENTORING, "E-02", "P-03").orElseThrow();
        assertThat(s.status()).isEqualTo(PairStatus.DECLINED);
        assertThat(s.declinedBy()).contains(Side.ADVISEE);
        assertThat(s.declineReason()).contains("We need a mentor in Almaty");
        assertThat(p.propose(PairKind.MENTORING, "E-02", "P-03", CLOCK).reasons()).extracting(Reason::code)
                .containsExactly("DECLINED_BEFORE");
        assertThat(p.consent(PairKind.MENTORING, "E-02", "P-03", Side.ADVISER, CLOCK).reasons()).extracting(Reason::code)
                .containsExactly("NO_OPEN_PROPOSAL");
        assertThat(p.openMentoringKeys()).isEmpty();
    }

    @Test
    void HUB_02_two_way_mentoring_is_recorded_the_same_way() {
        Pairings p = step(Pairings.empty(), Pairings.empty().propose(PairKind.REVERSE_MENTORING, "P-02", "ACME", CLOCK));
        p = step(p, p.consent(PairKind.REVERSE_MENTORING, "P-02", "ACME", Side.ADVISEE, CLOCK));
        p = step(p, p.consent(PairKind.REVERSE_MENTORING, "P-02", "ACME", Side.ADVISER, CLOCK));
        assertThat(p.formed(PairKind.REVERSE_MENTORING)).isEqualTo(1);
        assertThat(p.formed(PairKind.MENTORING)).isZero();
    }

    @Test
    void HUB_01_events_are_json_with_type_and_schema_version_and_bad_ones_are_refused() {
        Pairings p = step(Pairings.empty(), Pairings.empty().propose(PairKind.MENTORING, "E-01", "P-01", CLOCK));
        p = step(p, p.decline(PairKind.MENTORING, "E-01", "P-01", Side.ADVISER, "Too busy", CLOCK));
        String json = PairingEventJson.write(p.events().get(1));
        assertThat(json).startsWith("{\"type\":\"DECLINED\",\"schemaVersion\":1,").contains("\"reason\":\"Too busy\"")
                .contains("\"at\":\"2026-03-02T05:00:00Z\"");
        assertThat(PairingEventJson.read(json).orElseThrow()).isEqualTo(p.events().get(1));
        assertThat(PairingEventJson.read(json.replace("DECLINED", "MARRIED")).reasons()).extracting(Reason::code)
                .containsExactly("UNKNOWN_EVENT_TYPE");
        assertThat(PairingEventJson.read(json.replace("\"schemaVersion\":1", "\"schemaVersion\":9")).reasons())
                .extracting(Reason::code).containsExactly("UNKNOWN_SCHEMA_VERSION");
        assertThat(PairingEventJson.read(json.replace("\"side\":\"ADVISER\"", "\"side\":\"BOTH\"")).refused()).isTrue();
    }

    @Property(tries = 200)
    void events_replayed_from_json_give_the_same_state(@ForAll("commands") List<int[]> commands) {
        Pairings p = Pairings.empty();
        String[] experts = {"E-1", "E-2"};
        String[] projects = {"P-1", "P-2"};
        for (int[] c : commands) {
            String a = experts[c[1]];
            String b = projects[c[2]];
            Side side = c[3] == 0 ? Side.ADVISER : Side.ADVISEE;
            Outcome<PairingEvent> e = switch (c[0]) {
                case 0 -> p.propose(PairKind.MENTORING, a, b, CLOCK);
                case 1 -> p.consent(PairKind.MENTORING, a, b, side, CLOCK);
                default -> p.decline(PairKind.MENTORING, a, b, side, "reason " + c[3], CLOCK);
            };
            if (e.accepted()) {
                p = p.apply(e.orElseThrow());
            }
        }
        List<PairingEvent> back = p.events().stream().map(PairingEventJson::write)
                .map(j -> PairingEventJson.read(j).orElseThrow()).toList();
        Pairings replayed = Pairings.replay(back).orElseThrow();
        assertThat(replayed).isEqualTo(p);
        assertThat(replayed.pairs()).isEqualTo(p.pairs());
        // a declined pair never comes back
        p.pairs().stream().filter(s -> s.status() == PairStatus.DECLINED).forEach(s ->
                assertThat(replayed.propose(s.kind(), s.adviser(), s.advisee(), CLOCK).refused()).isTrue());
    }

    @Provide
    Arbitrary<List<int[]>> commands() {
        return Arbitraries.integers().between(0, 2).array(int[].class).ofSize(4)
                .map(a -> new int[] {a[0], a[1] % 2, a[2] % 2, a[3] % 2}).list().ofMaxSize(30);
    }
}
