package kz.saruar.ledger;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/** One example per LIFTCOIN rule (LFT-01..08, docs/rules.md), named after its ID. */
class LedgerRulesTest {
    private final Ledger ledger = populated(Ledger.inMemory(LedgerPolicy.defaults(), clock()));

    @Test
    void LFT_01_only_the_platform_issues_and_only_to_projects() {
        accept(ledger, issue(ECO, 300));
        assertThat(ledger.balance(ECO)).hasValue(300);
        Refusal byProject = refused(ledger, new LedgerCommand.Issue(key(), ECO_TEAM, ECO, 10));
        assertThat(byProject.rule()).isEqualTo(RuleId.of("LFT-01"));
        Refusal toParticipant = refused(ledger, issue(ALIYA, 10));
        assertThat(toParticipant.reason()).isEqualTo(RefusalReason.ISSUE_TO_PROJECT_ONLY);
        assertThat(ledger.balance(ECO)).hasValue(300);
        assertInvariants(ledger);
    }

    @Test
    void LFT_02_a_project_rewards_only_its_own_participants_from_its_own_account() {
        accept(ledger, issue(ECO, 300));
        accept(ledger, reward(ECO_TEAM, ECO, ALIYA, 50));
        assertThat(ledger.balance(ALIYA)).hasValue(50);
        assertThat(refused(ledger, reward(ECO_TEAM, ECO, BOLAT, 5)).reason())
                .isEqualTo(RefusalReason.NOT_A_PARTICIPANT_OF_THE_PROJECT);
        assertThat(refused(ledger, reward(CODE_TEAM, ECO, ALIYA, 5)).reason())
                .isEqualTo(RefusalReason.REWARD_FROM_OWN_PROJECT_ONLY);
        Refusal tooMuch = refused(ledger, reward(ECO_TEAM, ECO, ALIYA, 251));
        assertThat(tooMuch.rule()).isEqualTo(RuleId.of("LFT-07"));
        assertThat(tooMuch.figure("balance")).contains(250L);
        assertInvariants(ledger);
    }

    @Test
    void LFT_03_participants_spend_in_the_market_and_earn_by_services_atomically() {
        accept(ledger, issue(ECO, 500));
        accept(ledger, issue(CODE, 500));
        accept(ledger, reward(ECO_TEAM, ECO, ALIYA, 250));
        accept(ledger, reward(CODE_TEAM, CODE, BOLAT, 100));
        // a programmer earns points by a service and spends them on coffee
        accept(ledger, pay(ALIYA_ACTOR, ALIYA, BOLAT, 100));
        accept(ledger, new LedgerCommand.Purchase(key(), BOLAT_ACTOR, BOLAT, OfferId.of("coffee"), 2));
        assertThat(ledger.balance(BOLAT)).hasValue(0);
        assertThat(ledger.offer(OfferId.of("coffee")).orElseThrow().remaining()).isEqualTo(8);
        Refusal tooMany = refused(ledger, new LedgerCommand.Purchase(key(), ALIYA_ACTOR, ALIYA, OfferId.of("coffee"), 9));
        assertThat(tooMany.reason()).isEqualTo(RefusalReason.NOT_ENOUGH_UNITS);
        assertThat(tooMany.figure("remaining")).contains(8L);
        Refusal broke = refused(ledger, new LedgerCommand.Purchase(key(), ALIYA_ACTOR, ALIYA, OfferId.of("coffee"), 2));
        assertThat(broke.reason()).isEqualTo(RefusalReason.INSUFFICIENT_BALANCE);
        // nothing half-written: the offer and the balance are unchanged
        assertThat(ledger.offer(OfferId.of("coffee")).orElseThrow().remaining()).isEqualTo(8);
        assertThat(ledger.balance(ALIYA)).hasValue(150);
        assertThat(refused(ledger, new LedgerCommand.Purchase(key(), BOLAT_ACTOR, ALIYA, OfferId.of("coffee"), 1)).reason())
                .isEqualTo(RefusalReason.NOT_THE_OWNER);
        assertThat(refused(ledger, new LedgerCommand.ListOffer(key(), ALIYA_ACTOR, OfferId.of("x"), ALIYA, 1, 1, Optional.empty())).reason())
                .isEqualTo(RefusalReason.NOT_A_MARKET_MEMBER);
        assertInvariants(ledger);
    }

    @Test
    void LFT_04_issuing_beyond_coverage_is_refused_with_the_shortfall() {
        accept(ledger, issue(ECO, 900));
        Refusal r = refused(ledger, issue(ECO, 250));
        assertThat(r.rule()).isEqualTo(RuleId.of("LFT-04"));
        assertThat(r.figure("shortfall")).contains(150L);
        assertThat(r.message().get(Language.EN)).contains("by 150");
        assertThat(r.message().get(Language.RU)).contains("на 150");
        assertThat(r.message().get(Language.KK)).contains("150");
        assertThat(ledger.coverage().circulation()).isEqualTo(900);
    }

    @Test
    void LFT_04_withdrawing_an_offer_may_break_coverage_and_then_freezes_issuing() {
        accept(ledger, issue(ECO, 600));
        accept(ledger, new LedgerCommand.RepriceOffer(key(), CAFE_OWNER, OfferId.of("coffee"), 50));
        CoverageReport c = ledger.coverage();
        assertThat(c.capacity()).isEqualTo(500);
        assertThat(c.issuingFrozen()).isTrue();
        assertThat(c.headroom()).isEqualTo(-100);
        assertThat(refused(ledger, issue(ECO, 1)).figure("shortfall")).contains(101L);
        accept(ledger, new LedgerCommand.ListOffer(key(), ECO_TEAM, OfferId.of("workshop"), ECO, 200, 1, Optional.of("IT_LITERACY")));
        assertThat(ledger.coverage().issuingFrozen()).isFalse();
        assertThat(ledger.coverage().capacityByDirection()).containsEntry("IT_LITERACY", 200L).containsEntry("", 500L);
        accept(ledger, issue(ECO, 100));
    }

    @Test
    void LFT_08_capacity_by_direction_follows_listing_reprice_and_withdrawal() {
        accept(ledger, new LedgerCommand.ListOffer(key(), ECO_TEAM, OfferId.of("workshop"), ECO, 200, 1, Optional.of("IT_LITERACY")));
        accept(ledger, new LedgerCommand.ListOffer(key(), ECO_TEAM, OfferId.of("lesson"), ECO, 30, 2, Optional.of("IT_LITERACY")));
        assertThat(ledger.coverage().capacityByDirection()).containsEntry("IT_LITERACY", 260L).containsEntry("", 1000L);
        accept(ledger, new LedgerCommand.RepriceOffer(key(), ECO_TEAM, OfferId.of("lesson"), 40));
        assertThat(ledger.coverage().capacityByDirection()).containsEntry("IT_LITERACY", 280L);
        accept(ledger, new LedgerCommand.WithdrawOffer(key(), ECO_TEAM, OfferId.of("lesson")));
        assertThat(ledger.coverage().capacityByDirection()).containsEntry("IT_LITERACY", 200L);
        // a direction with no live offer left leaves the breakdown, as it would be counted afresh
        accept(ledger, new LedgerCommand.WithdrawOffer(key(), ECO_TEAM, OfferId.of("workshop")));
        assertThat(ledger.coverage().capacityByDirection()).containsOnlyKeys("");
        // every kind with an open account is in the circulation breakdown, even at 0 points
        assertThat(ledger.coverage().circulationByKind()).containsOnlyKeys(AccountKind.PROJECT, AccountKind.PARTICIPANT,
                AccountKind.GUEST, AccountKind.BUSINESS);
        assertInvariants(ledger);
    }

    @Test
    void LFT_04_points_paid_to_a_business_are_retired_by_default_and_kept_when_configured() {
        accept(ledger, issue(ECO, 500));
        accept(ledger, reward(ECO_TEAM, ECO, ALIYA, 300));
        accept(ledger, new LedgerCommand.Purchase(key(), ALIYA_ACTOR, ALIYA, OfferId.of("coffee"), 1));
        assertThat(ledger.balance(CAFE)).hasValue(0);
        assertThat(ledger.coverage().retired()).isEqualTo(100);
        assertThat(ledger.coverage().circulation()).isEqualTo(400);
        assertInvariants(ledger);

        Ledger keeping = populated(Ledger.inMemory(LedgerPolicy.builder().retirePointsPaidToBusinesses(false)
                .coverageRatio(new BigDecimal("0.5")).build(), clock()));
        assertThat(refused(keeping, issue(ECO, 501)).figure("shortfall")).contains(1L);
        accept(keeping, issue(ECO, 500));
        accept(keeping, reward(ECO_TEAM, ECO, ALIYA, 300));
        accept(keeping, new LedgerCommand.Purchase(key(), ALIYA_ACTOR, ALIYA, OfferId.of("coffee"), 1));
        assertThat(keeping.balance(CAFE)).hasValue(100);
        assertThat(keeping.coverage().circulation()).isEqualTo(500);
        assertInvariants(keeping);
    }

    @Test
    void LFT_05_forum_participants_and_guests_receive_the_forums_set_amount_once() {
        accept(ledger, new LedgerCommand.ForumGrant(key(), PLATFORM, "Forum 2020", GUEST, 40));
        accept(ledger, new LedgerCommand.ForumGrant(key(), PLATFORM, "Forum 2020", ALIYA, 40));
        assertThat(ledger.balance(GUEST)).hasValue(40);
        assertThat(refused(ledger, new LedgerCommand.ForumGrant(key(), PLATFORM, "Forum 2020", BOLAT, 50)).reason())
                .isEqualTo(RefusalReason.FORUM_GRANT_AMOUNT);
        assertThat(refused(ledger, new LedgerCommand.ForumGrant(key(), PLATFORM, "Forum 2020", GUEST, 40)).reason())
                .isEqualTo(RefusalReason.FORUM_GRANT_REPEATED);
        assertThat(refused(ledger, new LedgerCommand.ForumGrant(key(), PLATFORM, "Forum 2020", CAFE, 40)).rule())
                .isEqualTo(RuleId.of("LFT-05"));
        assertThat(refused(ledger, new LedgerCommand.ForumGrant(key(), PLATFORM, "Forum 2021", BOLAT, 1000)).rule())
                .isEqualTo(RuleId.of("LFT-04"));
        accept(ledger, pay(GUEST_ACTOR, GUEST, CAFE, 40));
        assertInvariants(ledger);
    }

    @Test
    void LFT_06_the_journal_is_hash_chained_verifiable_and_gives_statements() {
        accept(ledger, issue(ECO, 300));
        accept(ledger, reward(ECO_TEAM, ECO, ALIYA, 120));
        accept(ledger, pay(ALIYA_ACTOR, ALIYA, CAFE, 20));
        VerificationReport v = ledger.verify();
        assertThat(v.ok()).isTrue();
        assertThat(v.records()).isEqualTo(ledger.journalSize());
        assertThat(v.headHash()).contains(ledger.headHash());
        LocalDate day = LocalDate.ofInstant(T0, ZoneId.of("Asia/Almaty"));
        Statement s = ledger.statement(ALIYA, day, day);
        assertThat(s.openingBalance()).isZero();
        assertThat(s.closingBalance()).isEqualTo(100);
        assertThat(s.creditTurnover()).isEqualTo(120);
        assertThat(s.debitTurnover()).isEqualTo(20);
        assertThat(s.lines()).extracting(Statement.Line::amount).containsExactly(120L, -20L);
        Statement next = ledger.statement(ALIYA, day.plusDays(1), day.plusDays(2));
        assertThat(next.openingBalance()).isEqualTo(100);
        assertThat(next.lines()).isEmpty();
    }

    @Test
    void LFT_06_an_export_verifies_on_its_own_with_the_ledgers_head_hash() throws Exception {
        InMemoryJournalStore store = new InMemoryJournalStore();
        Ledger l = populated(Ledger.open(store, LedgerPolicy.defaults(), clock()));
        accept(l, issue(ECO, 300));
        java.nio.file.Path target = java.nio.file.Files.createTempDirectory("saruar-export").resolve("copy");
        VerificationReport v = JournalExport.toDirectory(store, target);
        assertThat(v.ok()).isTrue();
        assertThat(v.headHash()).contains(l.headHash());
        try (kz.saruar.ledger.store.FileJournalStore copy = kz.saruar.ledger.store.FileJournalStore.openReadOnly(target)) {
            assertThat(Ledger.openExisting(copy, clock()).balances()).isEqualTo(l.balances());
        }
        assertThatThrownBy(() -> JournalExport.toDirectory(store, target)).hasMessageContaining("not empty");
    }

    @Test
    void LFT_07_idempotency_keys_return_the_first_result_and_refuse_other_content() {
        LedgerCommand.Issue first = issue(ECO, 100);
        Outcome<JournalRecord> d1 = accept(ledger, first);
        Outcome<JournalRecord> d2 = ledger.submit(first);
        assertThat(d2).isEqualTo(d1);
        assertThat(ledger.balance(ECO)).hasValue(100);
        Refusal other = refused(ledger, new LedgerCommand.Issue(first.key(), PLATFORM, ECO, 101));
        assertThat(other.reason()).isEqualTo(RefusalReason.KEY_REUSED);
        assertThat(other.rule()).isEqualTo(RuleId.of("LFT-07"));
    }

    @Test
    void LFT_07_bad_amounts_are_refused_naming_the_rule_and_change_nothing() {
        accept(ledger, issue(ECO, 100));
        long size = ledger.journalSize();
        for (long bad : new long[] {0, -1, Long.MIN_VALUE}) {
            assertThat(refused(ledger, issue(ECO, bad)).reason()).isEqualTo(RefusalReason.NOT_POSITIVE);
            assertThat(refused(ledger, reward(ECO_TEAM, ECO, ALIYA, bad)).rule()).isEqualTo(RuleId.of("LFT-07"));
        }
        assertThat(refused(ledger, issue(ECO, Long.MAX_VALUE)).reason()).isEqualTo(RefusalReason.OVERFLOW);
        assertThat(refused(ledger, new LedgerCommand.ListOffer(key(), CAFE_OWNER, OfferId.of("gold"), CAFE,
                Long.MAX_VALUE / 2, 3, Optional.empty())).reason()).isEqualTo(RefusalReason.OVERFLOW);
        assertThat(refused(ledger, pay(ALIYA_ACTOR, ALIYA, AccountId.of("nobody"), 1)).reason())
                .isEqualTo(RefusalReason.UNKNOWN_ACCOUNT);
        assertThat(refused(ledger, reward(ECO_TEAM, ECO, ALIYA, Long.MAX_VALUE)).reason())
                .isEqualTo(RefusalReason.INSUFFICIENT_BALANCE);
        assertThat(ledger.journalSize()).isEqualTo(size);
        assertThat(ledger.balance(ECO)).hasValue(100);
    }

    @Test
    void LFT_07_a_correction_is_a_compensating_entry_never_an_edit() {
        accept(ledger, issue(ECO, 300));
        long rewardSeq = accept(ledger, reward(ECO_TEAM, ECO, ALIYA, 120)).value().orElseThrow().sequence();
        Outcome<JournalRecord> fix = accept(ledger, new LedgerCommand.Correction(key(), PLATFORM, rewardSeq));
        assertThat(fix.value().orElseThrow().entries())
                .containsExactly(new Entry(EntryKind.CORRECTION, ALIYA, ECO, 120));
        assertThat(ledger.balance(ALIYA)).hasValue(0);
        assertThat(ledger.balance(ECO)).hasValue(300);
        assertThat(ledger.journalSize()).isEqualTo(rewardSeq + 2);
        assertThat(refused(ledger, new LedgerCommand.Correction(key(), PLATFORM, rewardSeq)).reason())
                .isEqualTo(RefusalReason.NOT_CORRECTABLE);
        assertThat(refused(ledger, new LedgerCommand.Correction(key(), ECO_TEAM, rewardSeq)).reason())
                .isEqualTo(RefusalReason.NOT_THE_PLATFORM);
        assertThat(ledger.verify().ok()).isTrue();
        assertInvariants(ledger);
    }

    @Test
    void LFT_07_expiry_is_a_pluggable_policy() {
        AtomicReference<Instant> now = new AtomicReference<>(T0);
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Almaty");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Ledger l = populated(Ledger.inMemory(LedgerPolicy.builder()
                .expiryPolicy(ExpiryPolicy.afterInactivity(Duration.ofDays(365))).build(), moving));
        accept(l, issue(ECO, 100));
        accept(l, reward(ECO_TEAM, ECO, ALIYA, 60));
        assertThat(refused(l, new LedgerCommand.ExpirePoints(key(), PLATFORM, ALIYA)).reason())
                .isEqualTo(RefusalReason.NOTHING_EXPIRED);
        now.set(T0.plus(Duration.ofDays(366)));
        accept(l, new LedgerCommand.ExpirePoints(key(), PLATFORM, ALIYA));
        assertThat(l.balance(ALIYA)).hasValue(0);
        assertThat(l.coverage().retired()).isEqualTo(60);
        assertInvariants(l);
        assertThat(Ledger.inMemory(LedgerPolicy.defaults(), clock()).policy().expiryPolicy()
                .expiredPoints(new Account(ALIYA, AccountKind.GUEST, ALIYA_ACTOR, Optional.empty()), 10, T0, T0.plusSeconds(1_000_000_000)))
                .isZero();
    }

    @Test
    void LFT_08_rewards_and_offers_carry_priority_directions_with_turnover_by_direction() {
        accept(ledger, new LedgerCommand.ListOffer(key(), ECO_TEAM, OfferId.of("english-club"), ECO, 10, 50, Optional.of("ENGLISH_LANGUAGE")));
        accept(ledger, issue(ECO, 400));
        accept(ledger, new LedgerCommand.Reward(key(), ECO_TEAM, ECO, ALIYA, 70, Optional.of("KAZAKH_LATIN_SCRIPT")));
        accept(ledger, issue(CODE, 100));
        accept(ledger, reward(CODE_TEAM, CODE, BOLAT, 30));
        accept(ledger, new LedgerCommand.Purchase(key(), BOLAT_ACTOR, BOLAT, OfferId.of("english-club"), 2));
        Refusal r = refused(ledger, new LedgerCommand.Reward(key(), ECO_TEAM, ECO, ALIYA, 1, Optional.of("ASTROLOGY")));
        assertThat(r.rule()).isEqualTo(RuleId.of("LFT-08"));
        LocalDate day = LocalDate.ofInstant(T0, ZoneId.of("Asia/Almaty"));
        InMemoryJournalStore copy = new InMemoryJournalStore();
        Ledger mirror = Ledger.open(copy, LedgerPolicy.defaults(), clock());
        assertThat(mirror.journalSize()).isEqualTo(1);
        assertThat(ledger.coverage().capacityByDirection()).containsEntry("ENGLISH_LANGUAGE", 480L);
        assertThat(turnover(ledger, day)).containsEntry("KAZAKH_LATIN_SCRIPT", 70L).containsEntry("ENGLISH_LANGUAGE", 20L)
                .hasSize(2);
        assertThat(LedgerPolicy.defaults().priorityDirections()).hasSize(5);
    }

    private static java.util.Map<String, Long> turnover(Ledger l, LocalDate day) {
        return l.turnoverByDirection(day, day);
    }

    @Test
    void LFT_04_LFT_08_the_standard_methodology_gives_the_default_policy() {
        LedgerPolicy p = LedgerPolicy.from(kz.saruar.model.methodology.Methodology.standard().ledger());
        assertThat(p.coverageRatio()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(p.retirePointsPaidToBusinesses()).isTrue();
        assertThat(p.priorityDirections()).isEqualTo(LedgerPolicy.PRIORITY_DIRECTIONS);
    }

    @Test
    void a_journal_reopened_with_another_policy_is_refused() {
        InMemoryJournalStore store = new InMemoryJournalStore();
        populated(Ledger.open(store, LedgerPolicy.defaults(), clock()));
        assertThatThrownBy(() -> Ledger.open(store, LedgerPolicy.builder().coverageRatio(new BigDecimal("2")).build(), clock()))
                .hasMessageContaining("coverage ratio");
        Ledger again = Ledger.openExisting(store, clock());
        assertThat(again.journalSize()).isEqualTo(8);
        assertThat(again.submitAll(List.of(issue(ECO, 5), issue(ECO, 5000)))).extracting(o -> o.accepted())
                .containsExactly(true, false);
    }
}
