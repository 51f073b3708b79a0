package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;

/** A small accelerator: the platform, two projects with participants, a guest and a business. */
final class Fixture {
    static final ActorId PLATFORM = ActorId.of("platform");
    static final AccountId ISSUER = AccountId.of("platform:issuer");
    static final AccountId ECO = AccountId.of("project:eco");
    static final ActorId ECO_TEAM = ActorId.of("team:eco");
    static final AccountId CODE = AccountId.of("project:code");
    static final ActorId CODE_TEAM = ActorId.of("team:code");
    static final AccountId ALIYA = AccountId.of("participant:1");
    static final ActorId ALIYA_ACTOR = ActorId.of("person:1");
    static final AccountId BOLAT = AccountId.of("participant:2");
    static final ActorId BOLAT_ACTOR = ActorId.of("person:2");
    static final AccountId GUEST = AccountId.of("guest:1");
    static final ActorId GUEST_ACTOR = ActorId.of("person:3");
    static final AccountId CAFE = AccountId.of("business:cafe");
    static final ActorId CAFE_OWNER = ActorId.of("firm:cafe");

    static final Instant T0 = Instant.parse("2026-03-02T04:00:00Z");
    private static final AtomicLong KEYS = new AtomicLong();

    static Clock clock() {
        return Clock.fixed(T0, ZoneId.of("Asia/Almaty"));
    }

    static IdempotencyKey key() {
        return IdempotencyKey.of("k" + KEYS.incrementAndGet());
    }

    static LedgerCommand open(AccountId id, AccountKind kind, ActorId owner, Optional<AccountId> project) {
        return new LedgerCommand.OpenAccount(key(), PLATFORM, id, kind, owner, project);
    }

    /** Opens the accounts and lists a cafe offer of 10 × 100 points, so 1000 points may circulate. */
    static Ledger populated(Ledger l) {
        accept(l, open(ECO, AccountKind.PROJECT, ECO_TEAM, Optional.empty()));
        accept(l, open(CODE, AccountKind.PROJECT, CODE_TEAM, Optional.empty()));
        accept(l, open(ALIYA, AccountKind.PARTICIPANT, ALIYA_ACTOR, Optional.of(ECO)));
        accept(l, open(BOLAT, AccountKind.PARTICIPANT, BOLAT_ACTOR, Optional.of(CODE)));
        accept(l, open(GUEST, AccountKind.GUEST, GUEST_ACTOR, Optional.empty()));
        accept(l, open(CAFE, AccountKind.BUSINESS, CAFE_OWNER, Optional.empty()));
        accept(l, new LedgerCommand.ListOffer(key(), CAFE_OWNER, OfferId.of("coffee"), CAFE, 100, 10, Optional.empty()));
        return l;
    }

    static Outcome<JournalRecord> accept(Ledger l, LedgerCommand c) {
        Outcome<JournalRecord> d = l.submit(c);
        if (!d.accepted()) {
            throw new AssertionError("refused: " + d);
        }
        return d;
    }

    static Refusal refused(Ledger l, LedgerCommand c) {
        Outcome<JournalRecord> d = l.submit(c);
        if (d.accepted()) {
            throw new AssertionError("accepted: " + d);
        }
        assertThat(d.reasons()).as("one reason per refused command").hasSize(1);
        return new Refusal(d.reasons().get(0));
    }

    /** A refused command's one reason, read as the ledger's code, rule and whole-number figures. */
    record Refusal(Reason shared) {
        RefusalReason reason() {
            return RefusalReason.valueOf(shared.code());
        }

        RuleId rule() {
            return shared.rule();
        }

        LocalizedText message() {
            return shared.message();
        }

        Optional<Long> figure(String name) {
            OptionalLong f = shared.longFigure(name);
            return f.isPresent() ? Optional.of(f.getAsLong()) : Optional.empty();
        }
    }

    static LedgerCommand.Issue issue(AccountId project, long amount) {
        return new LedgerCommand.Issue(key(), PLATFORM, project, amount);
    }

    static LedgerCommand.Reward reward(ActorId team, AccountId project, AccountId to, long amount) {
        return new LedgerCommand.Reward(key(), team, project, to, amount, Optional.empty());
    }

    static LedgerCommand.PayForService pay(ActorId actor, AccountId from, AccountId to, long amount) {
        return new LedgerCommand.PayForService(key(), actor, from, to, amount);
    }

    /**
     * Σ of non-issuer balances equals issued − retired, the issuer balances the rest, nobody else is
     * negative (LFT-07); the coverage report's breakdowns add up to circulation and capacity.
     */
    static void assertInvariants(Ledger l) {
        CoverageReport c = l.coverage();
        long sum = 0;
        for (var e : l.balances().entrySet()) {
            if (!e.getKey().equals(l.policy().issuer())) {
                if (e.getValue() < 0) {
                    throw new AssertionError("negative balance " + e);
                }
                sum += e.getValue();
            }
        }
        if (sum != c.issued() - c.retired()) {
            throw new AssertionError("Σ balances " + sum + " ≠ issued − retired " + (c.issued() - c.retired()));
        }
        if (l.balances().get(l.policy().issuer()) != -sum) {
            throw new AssertionError("issuer balance is not −circulation");
        }
        // the breakdowns the ledger keeps as it goes add up to the totals (LFT-04, LFT-08)
        long byKind = c.circulationByKind().values().stream().mapToLong(Long::longValue).sum();
        if (byKind != c.circulation()) {
            throw new AssertionError("Σ circulation by kind " + c.circulationByKind() + " ≠ circulation " + c.circulation());
        }
        long byDirection = c.capacityByDirection().values().stream().mapToLong(Long::longValue).sum();
        if (byDirection != c.capacity()) {
            throw new AssertionError("Σ capacity by direction " + c.capacityByDirection() + " ≠ capacity " + c.capacity());
        }
    }

    private Fixture() {
    }
}
