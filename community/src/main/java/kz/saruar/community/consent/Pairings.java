package kz.saruar.community.consent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.saruar.community.CommunityReason;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;

/**
 * Pairs by mutual consent (M II.2.2, HUB-01; two-way mentoring HUB-02): proposal → both consent →
 * pair; either side may decline with a reason, which is kept; a declined pair is never proposed
 * again. Immutable: a command returns the event it would record, {@link #apply} gives the next
 * state, and {@link #replay} rebuilds the same state from the events.
 */
public final class Pairings {
    private static final Pairings EMPTY = new Pairings(ImmutableMap.of(), ImmutableList.of());

    private final ImmutableMap<String, PairState> pairs;
    private final ImmutableList<PairingEvent> events;

    private Pairings(ImmutableMap<String, PairState> pairs, ImmutableList<PairingEvent> events) {
        this.pairs = pairs;
        this.events = events;
    }

    /** No pairs yet. */
    public static Pairings empty() {
        return EMPTY;
    }

    /** The state the events lead to, applied in order; refused at the first event that does not apply. */
    public static Outcome<Pairings> replay(List<PairingEvent> events) {
        Pairings p = EMPTY;
        for (PairingEvent e : Objects.requireNonNull(events, "events")) {
            Outcome<PairingEvent> check = p.check(e);
            if (check.refused()) {
                return Outcome.refused(check.reasons());
            }
            p = p.apply(e);
        }
        return Outcome.accepted(p);
    }

    /** Proposes a pair; refused when it was declined before or already exists. */
    public Outcome<PairingEvent> propose(PairKind kind, String adviser, String advisee, Clock clock) {
        return check(new PairingEvent.Proposed(PairingEvent.SCHEMA_VERSION, kind, adviser, advisee, clock.instant()));
    }

    /** One side consents to a proposed pair. */
    public Outcome<PairingEvent> consent(PairKind kind, String adviser, String advisee, Side side, Clock clock) {
        return check(new PairingEvent.Consented(PairingEvent.SCHEMA_VERSION, kind, adviser, advisee, side, clock.instant()));
    }

    /** One side declines a proposed pair; the reason is required and kept. */
    public Outcome<PairingEvent> decline(PairKind kind, String adviser, String advisee, Side side, String reason, Clock clock) {
        return check(new PairingEvent.Declined(PairingEvent.SCHEMA_VERSION, kind, adviser, advisee, side, reason,
                clock.instant()));
    }

    /** Whether the event may be applied to this state; accepted with the event itself. */
    public Outcome<PairingEvent> check(PairingEvent e) {
        Objects.requireNonNull(e, "e");
        String subject = "pair:" + e.key();
        Optional<PairState> s = Optional.ofNullable(pairs.get(e.key()));
        Figure a = Figure.of("adviser", e.adviser());
        Figure b = Figure.of("advisee", e.advisee());
        if (e instanceof PairingEvent.Proposed) {
            if (s.isPresent() && s.get().status() == PairStatus.DECLINED) {
                return Outcome.refused(CommunityReason.DECLINED_BEFORE.reason(subject, b, a));
            }
            if (s.isPresent()) {
                return Outcome.refused(CommunityReason.ALREADY_PAIRED.reason(subject, b, a));
            }
            return Outcome.accepted(e);
        }
        if (s.isEmpty() || s.get().status() != PairStatus.PROPOSED) {
            return Outcome.refused(CommunityReason.NO_OPEN_PROPOSAL.reason(subject, b, a));
        }
        Side side = e instanceof PairingEvent.Consented c ? c.side() : ((PairingEvent.Declined) e).side();
        if (s.get().answered(side)) {
            return Outcome.refused(CommunityReason.ALREADY_ANSWERED.reason(subject, Figure.of("side", side.name())));
        }
        if (e instanceof PairingEvent.Declined d && d.reason().isBlank()) {
            return Outcome.refused(CommunityReason.DECLINE_WITHOUT_REASON.reason(subject));
        }
        return Outcome.accepted(e);
    }

    /** The state after the event; throws on an event that {@link #check} refuses (misuse). */
    public Pairings apply(PairingEvent e) {
        check(e).orElseThrow();
        Map<String, PairState> next = new LinkedHashMap<>(pairs);
        PairState old = pairs.get(e.key());
        PairState now;
        if (e instanceof PairingEvent.Proposed) {
            now = new PairState(e.kind(), e.adviser(), e.advisee(), PairStatus.PROPOSED, false, false, Optional.empty(),
                    Optional.empty());
        } else if (e instanceof PairingEvent.Consented c) {
            boolean ar = old.adviserConsented() || c.side() == Side.ADVISER;
            boolean ae = old.adviseeConsented() || c.side() == Side.ADVISEE;
            now = new PairState(e.kind(), e.adviser(), e.advisee(), ar && ae ? PairStatus.PAIRED : PairStatus.PROPOSED, ar, ae,
                    Optional.empty(), Optional.empty());
        } else {
            PairingEvent.Declined d = (PairingEvent.Declined) e;
            now = new PairState(e.kind(), e.adviser(), e.advisee(), PairStatus.DECLINED, old.adviserConsented(),
                    old.adviseeConsented(), Optional.of(d.side()), Optional.of(d.reason()));
        }
        next.put(e.key(), now);
        return new Pairings(ImmutableMap.copyOf(next), ImmutableList.<PairingEvent>builder().addAll(events).add(e).build());
    }

    /** Every pair's state, in the order first proposed. */
    public List<PairState> pairs() {
        return pairs.values().asList();
    }

    /** The pair's state. */
    public Optional<PairState> pair(PairKind kind, String adviser, String advisee) {
        return Optional.ofNullable(pairs.get(kind + ":" + adviser + ">" + advisee));
    }

    /** The events so far, in order. */
    public List<PairingEvent> events() {
        return events;
    }

    /**
     * The mentoring pairs proposed or formed, as {@code project|expert} — for
     * {@code MentorMatcher.withExistingPairs} — declined ones excluded.
     */
    public Set<String> openMentoringKeys() {
        return pairs.values().stream().filter(p -> p.kind() == PairKind.MENTORING && p.status() != PairStatus.DECLINED)
                .map(p -> p.advisee() + "|" + p.adviser()).collect(Collectors.toUnmodifiableSet());
    }

    /** How many pairs of this kind are formed (HUB-02: two-way mentoring is counted the same way). */
    public long formed(PairKind kind) {
        return pairs.values().stream().filter(p -> p.kind() == kind && p.status() == PairStatus.PAIRED).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pairings p && pairs.equals(p.pairs);
    }

    @Override
    public int hashCode() {
        return pairs.hashCode();
    }

    @Override
    public String toString() {
        return "Pairings[" + pairs.size() + " pairs, " + events.size() + " events]";
    }
}
