package kz.saruar.ledger;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.decision.Outcome;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random command sequences against a simple reference model (LFT-04, LFT-07): conservation,
 * non-negativity, idempotency, the coverage rule and replay equality, checked after every command.
 */
class LedgerProperties {
    record Action(int type, int a, int b, long amount) {
    }

    private static final AccountId[] MEMBERS = {ALIYA, BOLAT, GUEST, CAFE};
    private static final ActorId[] MEMBER_ACTORS = {ALIYA_ACTOR, BOLAT_ACTOR, GUEST_ACTOR, CAFE_OWNER};

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> one = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), Arbitraries.longs().between(-5, 400)).as(Action::new);
        return one.list().ofMinSize(1).ofMaxSize(60);
    }

    /** The reference model: balances, offer stock and prices, issued and retired. */
    static final class Model {
        final Map<AccountId, Long> bal = new HashMap<>();
        long coffeeLeft = 10;
        long coffeePrice = 100;
        long issued;
        long retired;

        long get(AccountId a) {
            return bal.getOrDefault(a, 0L);
        }

        void move(AccountId from, AccountId to, long amount) {
            bal.put(from, get(from) - amount);
            bal.put(to, get(to) + amount);
        }

        boolean issue(AccountId project, long amount) {
            if (amount <= 0 || issued - retired + amount > coffeeLeft * coffeePrice) {
                return false;
            }
            issued += amount;
            move(ISSUER, project, amount);
            return true;
        }

        boolean spend(AccountId from, AccountId to, long amount) {
            if (amount <= 0 || get(from) < amount || from.equals(to)) {
                return false;
            }
            move(from, to, amount);
            if (to.equals(CAFE)) {
                move(CAFE, ISSUER, amount);
                retired += amount;
            }
            return true;
        }
    }

    @Property(tries = 200)
    void the_ledger_agrees_with_the_reference_model_and_keeps_its_invariants(@ForAll("actions") List<Action> actions) {
        InMemoryJournalStore store = new InMemoryJournalStore();
        Ledger ledger = populated(Ledger.open(store, LedgerPolicy.defaults(), clock()));
        Model m = new Model();
        List<LedgerCommand> accepted = new ArrayList<>();
        for (Action x : actions) {
            LedgerCommand c;
            boolean expected;
            AccountId project = x.a() % 2 == 0 ? ECO : CODE;
            ActorId team = x.a() % 2 == 0 ? ECO_TEAM : CODE_TEAM;
            switch (x.type()) {
                case 0 -> {
                    c = issue(project, x.amount());
                    expected = m.issue(project, x.amount());
                }
                case 1 -> {
                    AccountId participant = project.equals(ECO) ? ALIYA : BOLAT;
                    c = reward(team, project, participant, x.amount());
                    expected = m.spend(project, participant, x.amount());
                }
                case 2 -> {
                    c = pay(MEMBER_ACTORS[x.a()], MEMBERS[x.a()], MEMBERS[x.b()], x.amount());
                    expected = x.a() != 3 && m.spend(MEMBERS[x.a()], MEMBERS[x.b()], x.amount());
                    if (x.a() == 3 && x.amount() > 0 && x.a() != x.b()) {
                        expected = false; // the cafe never holds points: they are retired
                    }
                }
                case 3 -> {
                    long qty = Math.floorMod(x.amount(), 4) - 1;
                    AccountId buyer = MEMBERS[x.a() % 3];
                    c = new LedgerCommand.Purchase(key(), MEMBER_ACTORS[x.a() % 3], buyer, OfferId.of("coffee"), qty);
                    expected = qty > 0 && qty <= m.coffeeLeft && m.spend(buyer, CAFE, qty * m.coffeePrice);
                    if (expected) {
                        m.coffeeLeft -= qty;
                    }
                }
                case 4 -> {
                    long price = x.amount() / 2;
                    c = new LedgerCommand.RepriceOffer(key(), CAFE_OWNER, OfferId.of("coffee"), price);
                    expected = price > 0;
                    if (expected) {
                        m.coffeePrice = price;
                    }
                }
                case 5 -> {
                    // a repeat of an accepted command returns the first result and changes nothing
                    if (accepted.isEmpty()) {
                        continue;
                    }
                    LedgerCommand again = accepted.get(x.b() % accepted.size());
                    long size = ledger.journalSize();
                    Map<AccountId, Long> before = ledger.balances();
                    assertThat(ledger.submit(again).accepted()).isTrue();
                    assertThat(ledger.journalSize()).isEqualTo(size);
                    assertThat(ledger.balances()).isEqualTo(before);
                    continue;
                }
                default -> {
                    c = new LedgerCommand.ForumGrant(key(), PLATFORM, "forum-" + x.b(), GUEST, 25);
                    expected = !m.bal.containsKey(AccountId.of("seen:forum-" + x.b())) && m.issue(GUEST, 25);
                    if (expected) {
                        m.bal.put(AccountId.of("seen:forum-" + x.b()), 0L);
                    }
                }
            }
            Outcome<JournalRecord> d = ledger.submit(c);
            assertThat(d.accepted()).as("%s → %s", c, d).isEqualTo(expected);
            if (d.accepted()) {
                accepted.add(c);
            }
            assertInvariants(ledger);
            for (AccountId a : List.of(ECO, CODE, ALIYA, BOLAT, GUEST, CAFE)) {
                assertThat(ledger.balance(a)).as("balance of %s", a).hasValue(m.get(a));
            }
            CoverageReport cov = ledger.coverage();
            assertThat(cov.capacity()).isEqualTo(m.coffeeLeft * m.coffeePrice);
            assertThat(cov.issued()).isEqualTo(m.issued);
            if (c instanceof LedgerCommand.Issue && d.accepted()) {
                assertThat(cov.issuingFrozen()).isFalse();
            }
        }
        Ledger replayed = Ledger.open(store, LedgerPolicy.defaults(), clock());
        assertThat(replayed.balances()).isEqualTo(ledger.balances());
        assertThat(replayed.coverage()).isEqualTo(ledger.coverage());
        assertThat(replayed.headHash()).isEqualTo(ledger.headHash());
        assertThat(replayed.offer(OfferId.of("coffee"))).isEqualTo(ledger.offer(OfferId.of("coffee")));
        assertThat(ledger.verify().ok()).isTrue();
        assertThat(Optional.of(replayed.journalSize())).contains(ledger.journalSize());
    }
}
