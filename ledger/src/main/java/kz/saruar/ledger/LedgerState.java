package kz.saruar.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;

/**
 * The ledger's state machine: checks a command against the rules (LFT-01..08) and applies accepted
 * records. Not thread-safe; {@link Ledger} confines it to its lock. Replay applies the journal's
 * records through the same {@link #apply} as live commands, so replayed state equals live state.
 */
final class LedgerState {
    static final class AccountState {
        final Account account;
        long balance;
        Instant lastActivity;

        AccountState(Account account, Instant opened) {
            this.account = account;
            this.lastActivity = opened;
        }
    }

    static final class OfferState {
        final OfferId id;
        final AccountId seller;
        final Optional<String> direction;
        long price;
        long remaining;
        boolean live = true;

        OfferState(OfferId id, AccountId seller, long price, long remaining, Optional<String> direction) {
            this.id = id;
            this.seller = seller;
            this.price = price;
            this.remaining = remaining;
            this.direction = direction;
        }

        MarketOffer view() {
            return new MarketOffer(id, seller, price, remaining, live, direction);
        }
    }

    final AccountId issuer;
    final ActorId platform;
    final BigDecimal ratio;
    final boolean retire;
    final ImmutableSet<String> directions;
    final Map<AccountId, AccountState> accounts = new HashMap<>();
    final Map<OfferId, OfferState> offers = new HashMap<>();
    /**
     * Keys applied since the ledger was opened (or all of them after a full replay), in sequence
     * order from the position it was opened at; older ones are in {@link #baseKeys}.
     */
    private final LiveKeys recentKeys;
    private final KeyIndex baseKeys;
    private final Map<String, Long> forumAmounts = new HashMap<>();
    private final Set<String> forumRecipients = new HashSet<>();
    private final Set<Long> corrected = new HashSet<>();
    long issued;
    long retired;
    /** Σ price × remaining of live offers (LFT-04), kept by {@link #offered} with its breakdown. */
    long capacity;
    // the coverage report's breakdowns (LFT-04, LFT-08), kept as the state changes: built from
    // every offer and account they cost a pass over the whole market each time they were read
    /** Σ price × remaining and the number of live offers with units left, by direction ("" untagged). */
    private final Map<String, long[]> capacityByDirection = new HashMap<>();
    /** Σ balances by account kind, the issuer's left out; a kind is here once an account of it is open. */
    private final Map<AccountKind, Long> circulationByKind = new EnumMap<>(AccountKind.class);
    long nextSequence;
    private List<Entry> entries = List.of();

    LedgerState(LedgerCommand.Genesis g, Instant at, long expectedRecords) {
        this(g, KeyIndex.EMPTY, 0, expectedRecords);
        accounts.put(issuer, new AccountState(new Account(issuer, AccountKind.ISSUER, platform, Optional.empty()), at));
        recentKeys.add(0, g.key());
        nextSequence = 1;
    }

    private LedgerState(LedgerCommand.Genesis g, KeyIndex baseKeys, long recentBase, long expectedRecords) {
        this.recentKeys = new LiveKeys(recentBase, expectedRecords + 1);
        this.baseKeys = baseKeys;
        this.issuer = g.issuer();
        this.platform = g.actor();
        this.ratio = g.coverageRatio();
        this.retire = g.retirePointsPaidToBusinesses();
        this.directions = ImmutableSet.copyOf(g.priorityDirections());
    }

    /**
     * The state a snapshot recorded, to continue with the journal's records from its position.
     *
     * @throws IllegalStateException if the snapshot contradicts the genesis or its own totals (LFT-07)
     */
    static LedgerState restore(LedgerCommand.Genesis g, LedgerSnapshot.Loaded s, long expectedTail) {
        LedgerState st = new LedgerState(g, s.keys(), s.position(), expectedTail);
        long sum = 0;
        for (LedgerSnapshot.AccountImage a : s.accounts()) {
            AccountState as = new AccountState(a.account(), a.lastActivity());
            as.balance = a.balance();
            if (st.accounts.put(a.account().id(), as) != null) {
                throw new IllegalStateException("account " + a.account().id() + " twice");
            }
            sum = Math.addExact(sum, a.balance());
            st.circulate(a.account().kind(), a.balance());
        }
        AccountState iss = st.accounts.get(st.issuer);
        if (iss == null || iss.account.kind() != AccountKind.ISSUER || !iss.account.owner().equals(st.platform)) {
            throw new IllegalStateException("the issuer account " + st.issuer + " is missing or wrong");
        }
        for (MarketOffer m : s.offers()) {
            OfferState o = new OfferState(m.id(), m.seller(), m.price(), m.remaining(), m.direction());
            o.live = m.live();
            if (!st.accounts.containsKey(m.seller()) || st.offers.put(m.id(), o) != null) {
                throw new IllegalStateException("offer " + m.id() + " twice or of an unknown seller");
            }
            st.offered(o, 1);
        }
        st.issued = s.issued();
        st.retired = s.retired();
        if (sum != 0 || iss.balance != Math.subtractExact(st.retired, st.issued) || st.capacity != s.capacity()) {
            throw new IllegalStateException("the snapshot's balances and totals do not agree (Σ " + sum + ", issuer "
                    + iss.balance + ", issued " + st.issued + ", retired " + st.retired + ", capacity " + s.capacity()
                    + ")");
        }
        st.forumAmounts.putAll(s.forumAmounts());
        st.forumRecipients.addAll(s.forumRecipients());
        for (long c : s.corrected()) {
            st.corrected.add(c);
        }
        if (s.keys().get(g.key()) != 0) {
            throw new IllegalStateException("the snapshot's keys lack the genesis key");
        }
        st.nextSequence = s.position();
        return st;
    }

    /** The sequence of the record that first carried {@code key}, or null. */
    Long keySequence(IdempotencyKey key) {
        long s = recentKeys.get(key);
        if (s >= 0) {
            return s;
        }
        long b = baseKeys.get(key);
        return b < 0 ? null : b;
    }

    /** Captures the state for a snapshot; the caller holds the ledger's lock and passes the journal's hashes. */
    LedgerSnapshot.Image image(byte[] head, byte[] genesisHash) {
        List<LedgerSnapshot.AccountImage> as = new ArrayList<>(accounts.size());
        for (AccountState a : accounts.values()) {
            as.add(new LedgerSnapshot.AccountImage(a.account, a.balance, a.lastActivity));
        }
        as.sort(java.util.Comparator.comparing(a -> a.account().id()));
        List<MarketOffer> os = new ArrayList<>(offers.size());
        for (OfferState o : offers.values()) {
            os.add(o.view());
        }
        os.sort(java.util.Comparator.comparing(MarketOffer::id));
        long[] cs = corrected.stream().mapToLong(Long::longValue).sorted().toArray();
        return new LedgerSnapshot.Image(nextSequence, head.clone(), genesisHash.clone(), issued, retired, capacity,
                List.copyOf(as), List.copyOf(os), new TreeMap<>(forumAmounts), new ArrayList<>(new java.util.TreeSet<>(forumRecipients)),
                cs, baseKeys, recentKeys.view());
    }

    /** The entries of the last command that {@link #check} accepted. */
    List<Entry> takeEntries() {
        List<Entry> e = entries;
        entries = List.of();
        return e;
    }

    /**
     * The refusal of {@code c}: the subject is the command's idempotency key, the figures are the
     * numbers that decided by name, the message fills the pattern with {@code args}.
     */
    private static Reason refuse(LedgerCommand c, RefusalReason reason, List<Figure> figures, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new Reason(reason.code(), reason.rules(), subject(c), figures, reason.pattern().formatted(texts));
    }

    private static Reason refuse(LedgerCommand c, RefusalReason reason, Object... args) {
        return refuse(c, reason, List.of(), args);
    }

    /** The subject of a refusal: the command, by its idempotency key. */
    static String subject(LedgerCommand c) {
        return "command:" + c.key().value();
    }

    /** Figures from name, value pairs, in that order. */
    static List<Figure> figs(Object... nameValue) {
        List<Figure> out = new ArrayList<>(nameValue.length / 2);
        for (int i = 0; i < nameValue.length; i += 2) {
            out.add(Figure.of((String) nameValue[i], nameValue[i + 1]));
        }
        return out;
    }

    /**
     * Checks {@code c}; returns the refusal, or null when accepted, in which case
     * {@link #takeEntries()} gives the postings to apply.
     *
     * <p><b>Precedence.</b> A command that breaks several rules is refused for the first broken
     * rule in this order (as TigerBeetle's result codes are), the same for every command:
     * <ol>
     * <li>authority that needs no state: only the platform issues, opens, grants, corrects and
     *     expires ({@code NOT_THE_PLATFORM}, LFT-01);</li>
     * <li>what the command names, field by field in the command's order: the account, offer or
     *     record exists or, for one being created, does not yet ({@code UNKNOWN_ACCOUNT},
     *     {@code UNKNOWN_OFFER}, {@code ACCOUNT_EXISTS}, {@code OFFER_EXISTS},
     *     {@code NOT_CORRECTABLE}); then its kind, owner and state fit the command
     *     ({@code NOT_THE_OWNER}, {@code NOT_A_MARKET_MEMBER}, {@code ISSUE_TO_PROJECT_ONLY},
     *     {@code REWARD_FROM_OWN_PROJECT_ONLY}, {@code NOT_A_PARTICIPANT_OF_THE_PROJECT},
     *     {@code FORUM_GRANT_RECIPIENT}, {@code INVALID_ACCOUNT}, {@code OFFER_WITHDRAWN});</li>
     * <li>points moving between two different accounts ({@code SAME_ACCOUNT});</li>
     * <li>the figures: amounts, prices and quantities positive, in field order
     *     ({@code NOT_POSITIVE}), then the direction tag ({@code NOT_A_PRIORITY_DIRECTION});</li>
     * <li>the rule's limits: the forum's amount and one grant per recipient, units left,
     *     coverage, something to expire ({@code FORUM_GRANT_AMOUNT}, {@code FORUM_GRANT_REPEATED},
     *     {@code NOT_ENOUGH_UNITS}, {@code COVERAGE_EXCEEDED}, {@code NOTHING_EXPIRED});</li>
     * <li>the postings: no balance but the issuer's below zero, nothing overflows
     *     ({@code INSUFFICIENT_BALANCE}, {@code OVERFLOW}).</li>
     * </ol>
     * An idempotency key already used for another command ({@code KEY_REUSED}) is decided before
     * all of these, by {@link Ledger}.
     */
    Reason check(LedgerCommand c, Instant now, ExpiryPolicy expiry, LongFunction<JournalRecord> recordAt) {
        entries = List.of();
        // LFT-07: a written record is applied with its key, so a full key table refuses here, before the write
        recentKeys.checkRoom();
        if (c instanceof LedgerCommand.PayForService p) {
            return checkPay(p);
        } else if (c instanceof LedgerCommand.Reward r) {
            return checkReward(r);
        } else if (c instanceof LedgerCommand.Purchase p) {
            return checkPurchase(p);
        } else if (c instanceof LedgerCommand.Issue i) {
            return checkIssue(i);
        } else if (c instanceof LedgerCommand.OpenAccount o) {
            return checkOpen(o);
        } else if (c instanceof LedgerCommand.ForumGrant f) {
            return checkForumGrant(f);
        } else if (c instanceof LedgerCommand.ListOffer l) {
            return checkList(l);
        } else if (c instanceof LedgerCommand.RepriceOffer r) {
            return checkReprice(r);
        } else if (c instanceof LedgerCommand.WithdrawOffer w) {
            return checkWithdraw(w);
        } else if (c instanceof LedgerCommand.Correction k) {
            return checkCorrection(k, recordAt);
        } else if (c instanceof LedgerCommand.ExpirePoints e) {
            return checkExpire(e, now, expiry);
        }
        throw new IllegalArgumentException("a genesis record is written by the ledger, not submitted: " + c);
    }

    private Reason positive(LedgerCommand c, String what, long v) {
        return v > 0 ? null : refuse(c, RefusalReason.NOT_POSITIVE, figs(what, v), what, v);
    }

    private Reason direction(LedgerCommand c, Optional<String> d) {
        if (d.isPresent() && !directions.contains(d.get())) {
            return refuse(c, RefusalReason.NOT_A_PRIORITY_DIRECTION, d.get(), String.join(", ", directions));
        }
        return null;
    }

    private Reason platformOnly(LedgerCommand c) {
        return c.actor().equals(platform) ? null : refuse(c, RefusalReason.NOT_THE_PLATFORM, c.actor());
    }

    private Reason checkOpen(LedgerCommand.OpenAccount o) {
        Reason r = platformOnly(o);
        if (r != null) {
            return r;
        }
        if (accounts.containsKey(o.account())) {
            return refuse(o, RefusalReason.ACCOUNT_EXISTS, o.account());
        }
        if (o.kind() == AccountKind.ISSUER) {
            return refuse(o, RefusalReason.INVALID_ACCOUNT, o.account(), "issuer");
        }
        if (o.kind() == AccountKind.PARTICIPANT) {
            if (o.project().isEmpty()) {
                return refuse(o, RefusalReason.INVALID_ACCOUNT, o.account(), "participant without project");
            }
            AccountState p = accounts.get(o.project().get());
            if (p == null || p.account.kind() != AccountKind.PROJECT) {
                return refuse(o, RefusalReason.INVALID_ACCOUNT, o.account(), "project " + o.project().get());
            }
        } else if (o.project().isPresent()) {
            return refuse(o, RefusalReason.INVALID_ACCOUNT, o.account(), "project on " + o.kind());
        }
        return null;
    }

    private Reason coverage(LedgerCommand c, long amount) {
        long after;
        try {
            after = Math.addExact(issued - retired, amount);
        } catch (ArithmeticException e) {
            return refuse(c, RefusalReason.OVERFLOW, figs("amount", amount), "amount " + amount);
        }
        long limit = coveredLimit();
        if (after > limit) {
            long shortfall = after - limit;
            return refuse(c, RefusalReason.COVERAGE_EXCEEDED,
                    figs("amount", amount, "shortfall", shortfall, "circulation", issued - retired,
                            "capacity", capacity, "coveredLimit", limit),
                    amount, shortfall, issued - retired, capacity, ratio.toPlainString());
        }
        return null;
    }

    long coveredLimit() {
        if (ratio.compareTo(BigDecimal.ONE) == 0) {
            return capacity;
        }
        BigDecimal v = BigDecimal.valueOf(capacity).multiply(ratio).setScale(0, RoundingMode.FLOOR);
        return v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : v.longValueExact();
    }

    private Reason checkIssue(LedgerCommand.Issue i) {
        Reason r = platformOnly(i);
        if (r != null) {
            return r;
        }
        AccountState p = accounts.get(i.project());
        if (p == null) {
            return refuse(i, RefusalReason.UNKNOWN_ACCOUNT, i.project());
        }
        if (p.account.kind() != AccountKind.PROJECT) {
            return refuse(i, RefusalReason.ISSUE_TO_PROJECT_ONLY, i.project(), p.account.kind());
        }
        r = positive(i, "amount", i.amount());
        if (r == null) {
            r = coverage(i, i.amount());
        }
        if (r == null) {
            r = postings(i, ImmutableList.of(new Entry(EntryKind.ISSUE, issuer, i.project(), i.amount())));
        }
        return r;
    }

    private Reason checkReward(LedgerCommand.Reward w) {
        AccountState p = accounts.get(w.project());
        if (p == null) {
            return refuse(w, RefusalReason.UNKNOWN_ACCOUNT, w.project());
        }
        if (p.account.kind() != AccountKind.PROJECT || !p.account.owner().equals(w.actor())) {
            return refuse(w, RefusalReason.REWARD_FROM_OWN_PROJECT_ONLY, w.project());
        }
        AccountState to = accounts.get(w.participant());
        if (to == null) {
            return refuse(w, RefusalReason.UNKNOWN_ACCOUNT, w.participant());
        }
        if (to.account.kind() != AccountKind.PARTICIPANT || !to.account.project().orElseThrow().equals(w.project())) {
            return refuse(w, RefusalReason.NOT_A_PARTICIPANT_OF_THE_PROJECT, w.participant(), w.project());
        }
        Reason r = positive(w, "amount", w.amount());
        if (r == null) {
            r = direction(w, w.direction());
        }
        if (r == null) {
            r = postings(w, ImmutableList.of(new Entry(EntryKind.REWARD, w.project(), w.participant(), w.amount())));
        }
        return r;
    }

    private Reason checkForumGrant(LedgerCommand.ForumGrant f) {
        Reason r = platformOnly(f);
        if (r != null) {
            return r;
        }
        AccountState to = accounts.get(f.recipient());
        if (to == null) {
            return refuse(f, RefusalReason.UNKNOWN_ACCOUNT, f.recipient());
        }
        if (to.account.kind() != AccountKind.PARTICIPANT && to.account.kind() != AccountKind.GUEST) {
            return refuse(f, RefusalReason.FORUM_GRANT_RECIPIENT, f.recipient(), to.account.kind());
        }
        r = positive(f, "amount", f.amount());
        if (r != null) {
            return r;
        }
        Long set = forumAmounts.get(f.forum());
        if (set != null && set != f.amount()) {
            return refuse(f, RefusalReason.FORUM_GRANT_AMOUNT, figs("setAmount", set), f.forum(), set, f.amount());
        }
        if (forumRecipients.contains(f.forum() + '\u0000' + f.recipient().value())) {
            return refuse(f, RefusalReason.FORUM_GRANT_REPEATED, f.forum(), f.recipient());
        }
        r = coverage(f, f.amount());
        if (r == null) {
            r = postings(f, ImmutableList.of(new Entry(EntryKind.FORUM_GRANT, issuer, f.recipient(), f.amount())));
        }
        return r;
    }

    private Reason sellerCheck(LedgerCommand c, AccountId seller) {
        AccountState s = accounts.get(seller);
        if (s == null) {
            return refuse(c, RefusalReason.UNKNOWN_ACCOUNT, seller);
        }
        if (s.account.kind() != AccountKind.PROJECT && s.account.kind() != AccountKind.BUSINESS) {
            return refuse(c, RefusalReason.NOT_A_MARKET_MEMBER, seller, s.account.kind());
        }
        if (!s.account.owner().equals(c.actor())) {
            return refuse(c, RefusalReason.NOT_THE_OWNER, seller);
        }
        return null;
    }

    private Reason checkList(LedgerCommand.ListOffer l) {
        Reason r = sellerCheck(l, l.seller());
        if (r != null) {
            return r;
        }
        if (offers.containsKey(l.offer())) {
            return refuse(l, RefusalReason.OFFER_EXISTS, l.offer());
        }
        r = positive(l, "price", l.price());
        if (r == null) {
            r = positive(l, "quantity", l.quantity());
        }
        if (r == null) {
            r = direction(l, l.direction());
        }
        if (r == null) {
            try {
                Math.addExact(capacity, Math.multiplyExact(l.price(), l.quantity()));
            } catch (ArithmeticException e) {
                r = refuse(l, RefusalReason.OVERFLOW, figs("price", l.price(), "quantity", l.quantity()),
                        "price × quantity " + l.price() + " × " + l.quantity());
            }
        }
        return r;
    }

    private Reason liveOffer(LedgerCommand c, OfferId id, boolean mustOwn) {
        OfferState o = offers.get(id);
        if (o == null) {
            return refuse(c, RefusalReason.UNKNOWN_OFFER, id);
        }
        if (mustOwn && !accounts.get(o.seller).account.owner().equals(c.actor())) {
            return refuse(c, RefusalReason.NOT_THE_OWNER, o.seller);
        }
        if (!o.live) {
            return refuse(c, RefusalReason.OFFER_WITHDRAWN, id);
        }
        return null;
    }

    private Reason checkReprice(LedgerCommand.RepriceOffer p) {
        Reason r = liveOffer(p, p.offer(), true);
        if (r == null) {
            r = positive(p, "price", p.newPrice());
        }
        if (r == null) {
            OfferState o = offers.get(p.offer());
            try {
                Math.addExact(capacity - o.price * o.remaining, Math.multiplyExact(p.newPrice(), o.remaining));
            } catch (ArithmeticException e) {
                r = refuse(p, RefusalReason.OVERFLOW, figs("price", p.newPrice()), "price " + p.newPrice());
            }
        }
        return r;
    }

    private Reason checkWithdraw(LedgerCommand.WithdrawOffer w) {
        return liveOffer(w, w.offer(), true);
    }

    private Reason spender(LedgerCommand c, AccountId id) {
        AccountState a = accounts.get(id);
        if (a == null) {
            return refuse(c, RefusalReason.UNKNOWN_ACCOUNT, id);
        }
        if (!a.account.owner().equals(c.actor())) {
            return refuse(c, RefusalReason.NOT_THE_OWNER, id);
        }
        if (a.account.kind() == AccountKind.ISSUER) {
            return refuse(c, RefusalReason.NOT_A_MARKET_MEMBER, id, a.account.kind());
        }
        return null;
    }

    private Reason checkPurchase(LedgerCommand.Purchase p) {
        Reason r = spender(p, p.buyer());
        if (r == null) {
            r = liveOffer(p, p.offer(), false);
        }
        if (r == null && offers.get(p.offer()).seller.equals(p.buyer())) {
            r = refuse(p, RefusalReason.SAME_ACCOUNT, p.buyer());
        }
        if (r == null) {
            r = positive(p, "quantity", p.quantity());
        }
        if (r != null) {
            return r;
        }
        OfferState o = offers.get(p.offer());
        if (p.quantity() > o.remaining) {
            return refuse(p, RefusalReason.NOT_ENOUGH_UNITS, figs("remaining", o.remaining, "requested", p.quantity()),
                    p.offer(), o.remaining, p.quantity());
        }
        long total = o.price * p.quantity(); // cannot overflow: price × remaining is within capacity
        AccountState seller = accounts.get(o.seller);
        Entry paid = new Entry(EntryKind.PURCHASE, p.buyer(), o.seller, total);
        return postings(p, retire && seller.account.kind() == AccountKind.BUSINESS
                ? ImmutableList.of(paid, new Entry(EntryKind.RETIRE, o.seller, issuer, total))
                : ImmutableList.of(paid));
    }

    private Reason checkPay(LedgerCommand.PayForService p) {
        Reason r = spender(p, p.payer());
        if (r != null) {
            return r;
        }
        AccountState to = accounts.get(p.payee());
        if (to == null) {
            return refuse(p, RefusalReason.UNKNOWN_ACCOUNT, p.payee());
        }
        if (to.account.kind() == AccountKind.ISSUER) {
            return refuse(p, RefusalReason.NOT_A_MARKET_MEMBER, p.payee(), to.account.kind());
        }
        if (p.payer().equals(p.payee())) {
            return refuse(p, RefusalReason.SAME_ACCOUNT, p.payer());
        }
        r = positive(p, "amount", p.amount());
        if (r != null) {
            return r;
        }
        Entry paid = new Entry(EntryKind.SERVICE, p.payer(), p.payee(), p.amount());
        return postings(p, retire && to.account.kind() == AccountKind.BUSINESS
                ? ImmutableList.of(paid, new Entry(EntryKind.RETIRE, p.payee(), issuer, p.amount()))
                : ImmutableList.of(paid));
    }

    private Reason checkCorrection(LedgerCommand.Correction k, LongFunction<JournalRecord> recordAt) {
        Reason r = platformOnly(k);
        if (r != null) {
            return r;
        }
        long seq = k.correctedSequence();
        if (seq < 1 || seq >= nextSequence) {
            return refuse(k, RefusalReason.NOT_CORRECTABLE, seq, "no such record");
        }
        if (corrected.contains(seq)) {
            return refuse(k, RefusalReason.NOT_CORRECTABLE, seq, "already corrected");
        }
        JournalRecord original = recordAt.apply(seq);
        if (original.entries().isEmpty() || original.command() instanceof LedgerCommand.Correction) {
            return refuse(k, RefusalReason.NOT_CORRECTABLE, seq, "it moved no points or is itself a correction");
        }
        List<Entry> reversed = new ArrayList<>();
        List<Entry> es = original.entries();
        for (int i = es.size() - 1; i >= 0; i--) {
            Entry e = es.get(i);
            reversed.add(new Entry(EntryKind.CORRECTION, e.to(), e.from(), e.amount()));
        }
        return postings(k, ImmutableList.copyOf(reversed));
    }

    private Reason checkExpire(LedgerCommand.ExpirePoints e, Instant now, ExpiryPolicy expiry) {
        Reason r = platformOnly(e);
        if (r != null) {
            return r;
        }
        AccountState a = accounts.get(e.account());
        if (a == null) {
            return refuse(e, RefusalReason.UNKNOWN_ACCOUNT, e.account());
        }
        long amount = a.account.kind() == AccountKind.ISSUER ? 0
                : Math.min(a.balance, Math.max(0, expiry.expiredPoints(a.account, a.balance, a.lastActivity, now)));
        if (amount <= 0) {
            return refuse(e, RefusalReason.NOTHING_EXPIRED, e.account());
        }
        return postings(e, ImmutableList.of(new Entry(EntryKind.EXPIRY, e.account(), issuer, amount)));
    }

    /** Checks that the postings keep every non-issuer balance at or above zero and nothing overflows. */
    private Reason postings(LedgerCommand c, List<Entry> es) {
        if (es.size() == 1) {
            Entry e = es.get(0);
            AccountState from = accounts.get(e.from());
            AccountState to = accounts.get(e.to());
            if (from.account.kind() != AccountKind.ISSUER && from.balance < e.amount()) {
                return refuse(c, RefusalReason.INSUFFICIENT_BALANCE,
                        figs("balance", from.balance, "needed", e.amount()), e.from(), from.balance, e.amount());
            }
            if (to.balance > Long.MAX_VALUE - e.amount() || from.balance < Long.MIN_VALUE + e.amount()) {
                return refuse(c, RefusalReason.OVERFLOW, figs("amount", e.amount()), "amount " + e.amount());
            }
        } else {
            Map<AccountId, Long> after = new HashMap<>();
            for (Entry e : es) {
                long f = after.getOrDefault(e.from(), accounts.get(e.from()).balance);
                long t = after.getOrDefault(e.to(), accounts.get(e.to()).balance);
                boolean issuerFrom = e.from().equals(issuer);
                if (!issuerFrom && f < e.amount()) {
                    return refuse(c, RefusalReason.INSUFFICIENT_BALANCE,
                            figs("balance", f, "needed", e.amount()), e.from(), f, e.amount());
                }
                try {
                    after.put(e.from(), Math.subtractExact(f, e.amount()));
                    after.put(e.to(), Math.addExact(t, e.amount()));
                } catch (ArithmeticException x) {
                    return refuse(c, RefusalReason.OVERFLOW, figs("amount", e.amount()), "amount " + e.amount());
                }
            }
        }
        long out = 0;
        long in = 0;
        for (Entry e : es) {
            out += e.from().equals(issuer) ? e.amount() : 0;
            in += e.to().equals(issuer) ? e.amount() : 0;
        }
        if (out > Long.MAX_VALUE - issued || in > Long.MAX_VALUE - retired) {
            return refuse(c, RefusalReason.OVERFLOW, figs("issued", issued), "issued total " + issued);
        }
        entries = es;
        return null;
    }

    /** Applies an accepted record: its postings and its effect on offers, forums, corrections and keys. */
    void apply(long sequence, Instant at, LedgerCommand c, List<Entry> es) {
        for (int i = 0, n = es.size(); i < n; i++) {
            Entry e = es.get(i);
            AccountState from = accounts.get(e.from());
            AccountState to = accounts.get(e.to());
            from.balance = Math.subtractExact(from.balance, e.amount());
            from.lastActivity = at;
            to.balance = Math.addExact(to.balance, e.amount());
            to.lastActivity = at;
            circulate(from.account.kind(), -e.amount());
            circulate(to.account.kind(), e.amount());
            if (from.account.kind() == AccountKind.ISSUER) {
                issued = Math.addExact(issued, e.amount());
            }
            if (to.account.kind() == AccountKind.ISSUER) {
                retired = Math.addExact(retired, e.amount());
            }
        }
        if (c instanceof LedgerCommand.Purchase p) {
            OfferState o = offers.get(p.offer());
            offered(o, -1);
            o.remaining -= p.quantity();
            offered(o, 1);
        } else if (c instanceof LedgerCommand.OpenAccount o) {
            accounts.put(o.account(), new AccountState(new Account(o.account(), o.kind(), o.owner(), o.project()), at));
            circulate(o.kind(), 0);
        } else if (c instanceof LedgerCommand.ListOffer l) {
            OfferState o = new OfferState(l.offer(), l.seller(), l.price(), l.quantity(), l.direction());
            offers.put(l.offer(), o);
            offered(o, 1);
        } else if (c instanceof LedgerCommand.RepriceOffer r) {
            OfferState o = offers.get(r.offer());
            offered(o, -1);
            o.price = r.newPrice();
            offered(o, 1);
        } else if (c instanceof LedgerCommand.WithdrawOffer w) {
            OfferState o = offers.get(w.offer());
            offered(o, -1);
            o.live = false;
        } else if (c instanceof LedgerCommand.ForumGrant f) {
            forumAmounts.putIfAbsent(f.forum(), f.amount());
            forumRecipients.add(f.forum() + '\u0000' + f.recipient().value());
        } else if (c instanceof LedgerCommand.Correction k) {
            corrected.add(k.correctedSequence());
        }
        recentKeys.add(sequence, c.key());
        nextSequence = sequence + 1;
    }

    CoverageReport coverage() {
        Map<String, Long> byDirection = new TreeMap<>();
        capacityByDirection.forEach((d, v) -> byDirection.put(d, v[0]));
        return new CoverageReport(issued - retired, issued, retired, capacity, ratio, coveredLimit(), byDirection,
                circulationByKind);
    }

    /**
     * Adds ({@code sign} 1) or takes away (−1) what a live offer with units left adds to the
     * capacity (LFT-04) and to its direction's share: every change of an offer goes through here,
     * taken away as it was and added as it is.
     */
    private void offered(OfferState o, int sign) {
        if (!o.live || o.remaining <= 0) {
            return;
        }
        long value = Math.multiplyExact(o.price, o.remaining);
        capacity = Math.addExact(capacity, sign * value);
        String d = o.direction.orElse("");
        long[] v = capacityByDirection.computeIfAbsent(d, k -> new long[2]);
        v[0] = Math.addExact(v[0], sign * value);
        v[1] += sign;
        if (v[1] == 0) {
            capacityByDirection.remove(d);
        }
    }

    /** Moves {@code amount} into an account of {@code kind}'s share of circulation (the issuer has none). */
    private void circulate(AccountKind kind, long amount) {
        if (kind != AccountKind.ISSUER) {
            circulationByKind.merge(kind, amount, Math::addExact);
        }
    }

    Map<AccountId, Long> balances() {
        Map<AccountId, Long> m = new TreeMap<>();
        accounts.forEach((id, a) -> m.put(id, a.balance));
        return m;
    }
}
