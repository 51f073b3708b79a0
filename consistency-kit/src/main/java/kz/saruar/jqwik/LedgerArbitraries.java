package kz.saruar.jqwik;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.AccountKind;
import kz.saruar.ledger.ActorId;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.OfferId;
import kz.saruar.model.methodology.Methodology;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of LIFTCOIN command sequences for a methodology's ledger policy (LFT-01..05):
 * a small market — two projects with a participant each, a business — opened by the platform,
 * then random offers, issues, rewards, purchases and payments. Some commands are refused by the
 * rules (that is the point); the sequences shrink towards fewer, smaller commands.
 */
public final class LedgerArbitraries {
    /** The accounts of the generated market. */
    static final AccountId[] PROJECTS = {AccountId.of("project:p1"), AccountId.of("project:p2")};
    static final ActorId[] TEAMS = {ActorId.of("team:p1"), ActorId.of("team:p2")};
    static final AccountId[] PARTICIPANTS = {AccountId.of("participant:p1-a"), AccountId.of("participant:p2-a")};
    static final ActorId[] PERSONS = {ActorId.of("person:p1-a"), ActorId.of("person:p2-a")};
    static final AccountId BUSINESS = AccountId.of("business:b1");
    static final ActorId OWNER = ActorId.of("owner:b1");

    private LedgerArbitraries() {
    }

    /** The commands that open the market's accounts (LFT-01: only the platform opens accounts). */
    public static List<LedgerCommand> openMarket(LedgerPolicy policy) {
        ActorId platform = Objects.requireNonNull(policy, "policy").platform();
        List<LedgerCommand> open = new ArrayList<>();
        for (int i = 0; i < PROJECTS.length; i++) {
            open.add(new LedgerCommand.OpenAccount(IdempotencyKey.of("open-project-" + i), platform, PROJECTS[i],
                    AccountKind.PROJECT, TEAMS[i], Optional.empty()));
            open.add(new LedgerCommand.OpenAccount(IdempotencyKey.of("open-participant-" + i), platform,
                    PARTICIPANTS[i], AccountKind.PARTICIPANT, PERSONS[i], Optional.of(PROJECTS[i])));
        }
        open.add(new LedgerCommand.OpenAccount(IdempotencyKey.of("open-business"), platform, BUSINESS,
                AccountKind.BUSINESS, OWNER, Optional.empty()));
        return List.copyOf(open);
    }

    /** Random market activity after {@link #openMarket}: 1 to {@code maxCommands} commands. */
    public static Arbitrary<List<LedgerCommand>> activity(Methodology methodology, int maxCommands) {
        LedgerPolicy policy = LedgerPolicy.from(Objects.requireNonNull(methodology, "methodology").ledger());
        ActorId platform = policy.platform();
        Arbitrary<Integer> who = Arbitraries.integers().between(0, PROJECTS.length - 1);
        Arbitrary<Long> amount = Arbitraries.longs().between(1, 2_000);
        Arbitrary<Integer> offer = Arbitraries.integers().between(1, 4);
        Arbitrary<Step> issue = Combinators.combine(who, amount).as((i, a) -> k -> new LedgerCommand.Issue(k, platform,
                PROJECTS[i], a));
        Arbitrary<Step> reward = Combinators.combine(who, amount).as((i, a) -> k -> new LedgerCommand.Reward(k, TEAMS[i],
                PROJECTS[i], PARTICIPANTS[i], a, Optional.empty()));
        Arbitrary<Step> list = Combinators.combine(offer, Arbitraries.longs().between(1, 500),
                Arbitraries.longs().between(1, 50)).as((o, price, units) -> k -> new LedgerCommand.ListOffer(k, OWNER,
                        OfferId.of("offer-" + o), BUSINESS, price, units, Optional.empty()));
        Arbitrary<Step> buy = Combinators.combine(who, offer, Arbitraries.longs().between(1, 5)).as((i, o, q) ->
                k -> new LedgerCommand.Purchase(k, PERSONS[i], PARTICIPANTS[i], OfferId.of("offer-" + o), q));
        Arbitrary<Step> pay = Combinators.combine(who, amount).as((i, a) -> k -> new LedgerCommand.PayForService(k,
                PERSONS[i], PARTICIPANTS[i], BUSINESS, a));
        return Arbitraries.frequencyOf(weighted(4, issue), weighted(3, reward), weighted(3, list), weighted(3, buy),
                weighted(1, pay)).list().ofMinSize(1).ofMaxSize(maxCommands).map(steps -> {
                    List<LedgerCommand> commands = new ArrayList<>(steps.size());
                    for (int i = 0; i < steps.size(); i++) {
                        commands.add(steps.get(i).command(IdempotencyKey.of("cmd-" + i)));
                    }
                    return List.copyOf(commands);
                });
    }

    private static Tuple.Tuple2<Integer, Arbitrary<? extends Step>> weighted(int weight, Arbitrary<Step> a) {
        return Tuple.of(weight, a);
    }

    /** One command waiting for its idempotency key. */
    @FunctionalInterface
    interface Step {
        LedgerCommand command(IdempotencyKey key);
    }
}
