package kz.saruar.community.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kz.saruar.community.Samples;
import kz.saruar.community.collaboration.Collaboration;
import kz.saruar.community.collaboration.CollaborationKind;
import kz.saruar.community.collaboration.Collaborations;
import kz.saruar.community.impact.ImpactFile;
import kz.saruar.community.impact.ImpactReport;
import kz.saruar.community.impact.Measurement;
import kz.saruar.community.impact.TheoryOfChange;
import kz.saruar.community.impact.TheoryOfChangeCheck;
import kz.saruar.community.consent.PairKind;
import kz.saruar.community.consent.PairStatus;
import kz.saruar.community.consent.PairingEvent;
import kz.saruar.community.consent.Pairings;
import kz.saruar.community.consent.Side;
import kz.saruar.community.matching.MentorMatcher;
import kz.saruar.community.registry.Contact;
import kz.saruar.community.registry.Expert;
import kz.saruar.community.registry.MatchingPolicy;
import kz.saruar.community.registry.ProjectRecord;
import kz.saruar.community.registry.Registry;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.journal.JournalVerification;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StoredRecord;
import org.junit.jupiter.api.Test;

/**
 * What a community journal promises on any {@link JournalStore} (PLT-01, HUB-01, M II.2.2; LFT-06):
 * the registries and pairings survive a reopen (replay), verify names the first tampered record,
 * names and contacts never reach the store in clear and are erased with their key, a refused
 * command writes nothing, a key is idempotent, and a writer that lost a race is refused, retryably.
 * Each store's test class gives fresh locations.
 */
abstract class CommunityJournalContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T05:00:00Z"), ZoneOffset.UTC);
    static final Actor ORGANIZER = Actor.of("org-1", ActorRole.ORGANIZER);
    static final Methodology M = Methodology.standard();

    final InMemoryPersonKeys keys = new InMemoryPersonKeys();

    /** A fresh, empty location; each call of the supplier opens it (again) as a store the caller closes. */
    abstract Supplier<JournalStore> freshLocation();

    static Registry sample() {
        return Registry.parse(Samples.text("mentor-registry.json"), M).orElseThrow();
    }

    static CommunityJournal created(JournalStore store, PersonKeys keys) {
        CommunityJournal j = CommunityJournal.create(store, "almaty-hub", MatchingPolicy.DEFAULT, ORGANIZER, CLOCK, keys)
                .orElseThrow();
        j.importRegistry("import-1", ORGANIZER, sample()).orElseThrow();
        return j;
    }

    /** A journal with a registry, an updated project, one formed pair, one declined, a reverse-mentoring proposal. */
    static CommunityJournal journey(JournalStore store, PersonKeys keys) {
        CommunityJournal j = created(store, keys);
        ProjectRecord p1 = j.registry().project("P-01").orElseThrow();
        j.updateProject("stage-P-01", ORGANIZER, new ProjectRecord(p1.id(), p1.title(), p1.lead(), p1.direction(), p1.region(),
                "SECOND_CIRCLE", p1.languages(), p1.needs(), p1.cohorts(), true, Optional.of("40 families reached"))).orElseThrow();
        pair(j, "m1", j.pairings().propose(PairKind.MENTORING, "E-01", "P-01", CLOCK));
        pair(j, "m2", j.pairings().consent(PairKind.MENTORING, "E-01", "P-01", Side.ADVISER, CLOCK));
        pair(j, "m3", j.pairings().consent(PairKind.MENTORING, "E-01", "P-01", Side.ADVISEE, CLOCK));
        pair(j, "d1", j.pairings().propose(PairKind.MENTORING, "E-03", "P-02", CLOCK));
        pair(j, "d2", j.pairings().decline(PairKind.MENTORING, "E-03", "P-02", Side.ADVISER, "No time this spring", CLOCK));
        pair(j, "r1", j.pairings().propose(PairKind.REVERSE_MENTORING, "P-02", "ACME LLP", CLOCK));
        j.recordCollaboration("c1", ORGANIZER, new Collaboration(CollaborationKind.PROJECT_WITH_PROJECT, List.of("P-01", "P-02"),
                "A joint summer camp", LocalDate.of(2026, 6, 1), Optional.of("60 children"))).orElseThrow();
        j.recordCollaboration("c2", ORGANIZER, new Collaboration(CollaborationKind.PROJECT_WITH_EXPERT, List.of("P-02", "E-03"),
                "A fundraising plan", LocalDate.of(2026, 7, 15), Optional.empty())).orElseThrow();
        return j;
    }

    static void pair(CommunityJournal j, String key, Outcome<PairingEvent> e) {
        j.recordPairing(key, ORGANIZER, e.orElseThrow()).orElseThrow();
    }

    static List<StoredRecord> all(JournalStore s) {
        return s.read(0, (int) Math.max(1, s.endPosition()));
    }

    @Test
    void PLT_01_registries_and_pairings_survive_a_reopen() {
        Supplier<JournalStore> location = freshLocation();
        Registry registry;
        Pairings pairings;
        Collaborations collaborations;
        long records;
        try (JournalStore s = location.get()) {
            CommunityJournal j = journey(s, keys);
            registry = j.registry();
            pairings = j.pairings();
            collaborations = j.collaborations();
            records = s.endPosition();
        }
        try (JournalStore s = location.get()) {
            assertThat(CommunityJournal.verify(s).ok()).isTrue();
            CommunityJournal again = CommunityJournal.open(s, CLOCK, keys);
            assertThat(again.communityId()).isEqualTo("almaty-hub");
            assertThat(again.position()).isEqualTo(records);
            assertThat(again.registry().experts()).isEqualTo(registry.experts());
            assertThat(again.registry().projects()).isEqualTo(registry.projects());
            assertThat(again.registry().declined()).isEqualTo(registry.declined());
            assertThat(again.pairings()).isEqualTo(pairings);
            assertThat(again.collaborations().all()).isEqualTo(collaborations.all());
            assertThat(again.collaborations().count()).isEqualTo(2);
            assertThat(again.registry().expert("E-01").orElseThrow().contact().name()).isEqualTo("Айгүл Сапарова");
            assertThat(again.registry().project("P-01").orElseThrow().stage()).isEqualTo("SECOND_CIRCLE");
            assertThat(again.pairings().pair(PairKind.MENTORING, "E-01", "P-01").orElseThrow().status()).isEqualTo(PairStatus.PAIRED);
            assertThat(again.pairings().pair(PairKind.MENTORING, "E-03", "P-02").orElseThrow().declineReason())
                    .contains("No time this spring");
            assertThat(again.pairings().pair(PairKind.REVERSE_MENTORING, "P-02", "ACME LLP")).isPresent();
            // a pair declined in the journal is never proposed again, by the journal or by the matcher
            assertThat(again.registry().declinedKeys()).contains("P-02|E-03", "P-03|E-02");
            assertThat(MentorMatcher.of(again.registry()).suggest("P-02").orElseThrow().ranked()).noneMatch(f -> f.expert().equals("E-03"));
            assertThat(again.recordPairing("d3", ORGANIZER, new PairingEvent.Proposed(1,
                    PairKind.MENTORING, "E-03", "P-02", CLOCK.instant())).reasons()).extracting(Reason::code)
                    .containsExactly("DECLINED_BEFORE");
        }
    }

    @Test
    void HUB_05_a_collaboration_with_an_unregistered_party_is_refused_and_writes_nothing() {
        try (JournalStore s = freshLocation().get()) {
            CommunityJournal j = created(s, keys);
            long before = s.endPosition();
            Outcome<CommunityReceipt> o = j.recordCollaboration("c-x", ORGANIZER, new Collaboration(
                    CollaborationKind.PROJECT_WITH_PROJECT, List.of("P-01", "P-99"), "A camp", LocalDate.of(2026, 6, 1),
                    Optional.empty()));
            assertThat(o.reasons()).extracting(Reason::code).containsExactly("UNKNOWN_REFERENCE");
            assertThat(o.reasons().get(0).subject()).isEqualTo("collaboration:P-99");
            assertThat(s.endPosition()).isEqualTo(before);
            assertThat(j.collaborations().count()).isZero();
            assertThat(j.recordCollaboration("c-y", ORGANIZER, new Collaboration(CollaborationKind.PROJECT_WITH_PROJECT,
                    List.of("P-01", "P-02"), "A camp", LocalDate.of(2026, 6, 1), Optional.empty())).accepted()).isTrue();
            assertThat(CommunityJournal.open(s, CLOCK, keys).collaborations().countByParty()).containsEntry("P-01", 1L);
        }
    }

    @Test
    void HUB_03_theories_and_their_measurements_survive_a_reopen_and_bad_measurements_write_nothing() {
        Supplier<JournalStore> location = freshLocation();
        ImpactFile sample = TheoryOfChangeCheck.parse(Samples.text("theory-of-change.json")).orElseThrow();
        TheoryOfChange p01 = sample.theories().get(0);
        ImpactReport before;
        try (JournalStore s = location.get()) {
            CommunityJournal j = created(s, keys);
            for (TheoryOfChange t : sample.theories()) {
                j.recordTheory("theory-" + t.project(), ORGANIZER, t).orElseThrow();
            }
            Measurement ok = new Measurement(LocalDate.of(2021, 6, 1), new BigDecimal("9"), "people", "Project report", Optional.empty());
            j.recordMeasurement("m-ok", ORGANIZER, "P-01", "GRADUATES_COUNT", ok).orElseThrow();
            long end = s.endPosition();
            Measurement wrongUnit = new Measurement(LocalDate.of(2021, 6, 1), BigDecimal.ONE, "kg", "Report", Optional.empty());
            assertThat(j.recordMeasurement("m-unit", ORGANIZER, "P-01", "GRADUATES_COUNT", wrongUnit).reasons())
                    .extracting(Reason::code).contains("WRONG_UNIT");
            Measurement late = new Measurement(LocalDate.of(2030, 1, 1), BigDecimal.ONE, "people", "Report", Optional.empty());
            assertThat(j.recordMeasurement("m-late", ORGANIZER, "P-01", "GRADUATES_COUNT", late).reasons())
                    .extracting(Reason::code).contains("DATE_OUTSIDE_PROJECT");
            assertThat(j.recordMeasurement("m-none", ORGANIZER, "P-03", "GRADUATES_COUNT", ok).reasons())
                    .extracting(Reason::code).containsExactly("UNKNOWN_REFERENCE");
            assertThat(j.recordTheory("theory-x", ORGANIZER, new TheoryOfChange("P-99", p01.title(), p01.cohort(), p01.region(),
                    p01.start(), p01.end(), p01.chain(), p01.indicators())).reasons()).extracting(Reason::code)
                    .contains("UNKNOWN_REFERENCE");
            assertThat(s.endPosition()).isEqualTo(end);
            before = ImpactReport.of(j.theories());
        }
        try (JournalStore s = location.get()) {
            CommunityJournal again = CommunityJournal.open(s, CLOCK, keys);
            assertThat(again.theories().theories()).hasSize(2);
            ImpactReport after = ImpactReport.of(again.theories());
            assertThat(after.progress()).isEqualTo(before.progress());
            assertThat(again.theories().theories().get(0).indicators().get(0).measurements())
                    .hasSize(p01.indicators().get(0).measurements().size() + 1);
        }
    }

    @Test
    void LFT_06_verify_names_the_first_altered_record_and_a_recomputed_hash_breaks_the_next() {
        Supplier<JournalStore> location = freshLocation();
        List<StoredRecord> records;
        try (JournalStore s = location.get()) {
            journey(s, keys);
            records = all(s);
        }
        int k = 5; // E-01, the first expert after the four projects
        Supplier<JournalStore> copy = freshLocation();
        try (JournalStore s = copy.get()) {
            List<byte[]> altered = new ArrayList<>();
            for (StoredRecord r : records) {
                byte[] b = r.payload();
                if (r.position() == k) {
                    String text = new String(b, StandardCharsets.UTF_8).replace("\"capacityPerMonth\":2", "\"capacityPerMonth\":9");
                    b = text.getBytes(StandardCharsets.UTF_8);
                }
                altered.add(b);
            }
            assertThat(new String(altered.get(k), StandardCharsets.UTF_8)).contains("\"capacityPerMonth\":9");
            s.append(0, altered).join();
            JournalVerification v = CommunityJournal.verify(s);
            assertThat(v.ok()).isFalse();
            assertThat(v.firstBad()).contains((long) k);
            assertThat(v.problem().orElseThrow()).contains("hash mismatch");
        }
        // a forger who also recomputes record k's hash breaks record k + 1
        Supplier<JournalStore> forged = freshLocation();
        try (JournalStore s = forged.get()) {
            List<byte[]> out = new ArrayList<>();
            for (StoredRecord r : records) {
                byte[] b = r.payload();
                if (r.position() == k) {
                    String text = new String(b, StandardCharsets.UTF_8);
                    String json = text.substring(0, text.lastIndexOf('\n')).replace("\"capacityPerMonth\":2", "\"capacityPerMonth\":9");
                    java.security.MessageDigest sha = JournalFormat.sha256();
                    sha.update(JournalFormat.unhex(hashBefore(records, k)));
                    byte[] hash = sha.digest(json.getBytes(StandardCharsets.UTF_8));
                    b = (json + "\n" + JournalFormat.hex(hash)).getBytes(StandardCharsets.UTF_8);
                }
                out.add(b);
            }
            s.append(0, out).join();
            JournalVerification v = CommunityJournal.verify(s);
            assertThat(v.firstBad()).contains((long) k + 1);
        }
    }

    private static String hashBefore(List<StoredRecord> records, int k) {
        String text = new String(records.get(k - 1).payload(), StandardCharsets.UTF_8);
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    @Test
    void PLT_01_names_and_contacts_never_reach_the_store_in_clear_and_erasure_removes_them() {
        Supplier<JournalStore> location = freshLocation();
        try (JournalStore s = location.get()) {
            CommunityJournal j = created(s, keys);
            for (StoredRecord r : all(s)) {
                String text = new String(r.payload(), StandardCharsets.UTF_8);
                assertThat(text).doesNotContain("Айгүл").doesNotContain("aigul@example.kz");
            }
            assertThat(j.erasePersonalData("erase-E-01", ORGANIZER, CommunityJournal.expertPerson("E-01")).accepted()).isTrue();
            assertThat(j.registry().expert("E-01").orElseThrow().contact()).isEqualTo(Contact.erased());
            assertThat(j.erasePersonalData("erase-X", ORGANIZER, "expert/E-99").reasons()).extracting(Reason::code)
                    .containsExactly("UNKNOWN_REFERENCE");
            // an update after erasure keeps the contact erased
            Expert e1 = j.registry().expert("E-01").orElseThrow();
            j.updateExpert("load-E-01", ORGANIZER, new Expert(e1.id(), new Contact("Айгүл Сапарова", Optional.empty(), Optional.empty()),
                    e1.format(), e1.competencies(), e1.directions(), e1.languages(), e1.region(), e1.engagement(), e1.company(),
                    e1.capacityPerMonth(), 1, e1.conflictsOfInterest())).orElseThrow();
            assertThat(j.registry().expert("E-01").orElseThrow().contact()).isEqualTo(Contact.erased());
        }
        try (JournalStore s = location.get()) {
            assertThat(CommunityJournal.verify(s).ok()).isTrue();
            Registry r = CommunityJournal.open(s, CLOCK, keys).registry();
            assertThat(r.expert("E-01").orElseThrow().contact()).isEqualTo(Contact.erased());
            assertThat(r.expert("E-01").orElseThrow().currentLoad()).isEqualTo(1);
            assertThat(r.expert("E-02").orElseThrow().contact().name()).isNotBlank();
            assertThat(r.project("P-01").orElseThrow().lead().name()).isNotBlank();
            // without the keys nobody's name can be read, and the journal still replays
            Registry blind = CommunityJournal.open(s, CLOCK, new InMemoryPersonKeys()).registry();
            assertThat(blind.experts()).allSatisfy(x -> assertThat(x.contact()).isEqualTo(Contact.erased()));
            assertThat(blind.experts()).extracting(Expert::id).containsExactly("E-01", "E-02", "E-03", "E-04");
        }
    }

    @Test
    void PLT_01_an_erasure_refused_or_misused_keeps_the_key_and_a_second_one_is_refused() {
        Supplier<JournalStore> location = freshLocation();
        try (JournalStore s = location.get()) {
            CommunityJournal j = created(s, keys);
            String person = CommunityJournal.expertPerson("E-01");
            long end = s.endPosition();
            // misuse throws before the key is touched
            assertThatThrownBy(() -> j.erasePersonalData(" ", ORGANIZER, person)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> j.erasePersonalData("erase", null, person)).isInstanceOf(NullPointerException.class);
            assertThat(keys.find(person)).isPresent();
            assertThat(j.registry().expert("E-01").orElseThrow().contact().name()).isNotBlank();
            CommunityReceipt erased = j.erasePersonalData("erase", ORGANIZER, person).orElseThrow();
            assertThat(keys.find(person)).isEmpty();
            // the same command again answers its receipt; another erasure of the person is refused and writes nothing
            assertThat(j.erasePersonalData("erase", ORGANIZER, person).orElseThrow()).isEqualTo(erased);
            assertThat(j.erasePersonalData("erase-again", ORGANIZER, person).reasons()).extracting(Reason::code)
                    .containsExactly("ALREADY_ERASED");
            assertThat(s.endPosition()).isEqualTo(end + 1);
        }
    }

    @Test
    void PLT_01_a_refused_command_writes_nothing_and_a_key_is_idempotent() {
        Supplier<JournalStore> location = freshLocation();
        try (JournalStore s = location.get()) {
            CommunityJournal j = created(s, keys);
            long end = s.endPosition();
            assertThat(j.importRegistry("import-1", ORGANIZER, sample()).orElseThrow().firstPosition()).isEqualTo(1);
            assertThat(j.importRegistry("import-2", ORGANIZER, sample()).reasons()).extracting(Reason::code)
                    .containsOnly("DUPLICATE_ID");
            Expert e1 = j.registry().expert("E-01").orElseThrow();
            Expert overloaded = new Expert(e1.id(), e1.contact(), e1.format(), e1.competencies(), e1.directions(), e1.languages(),
                    e1.region(), e1.engagement(), e1.company(), 1, 3, List.of("P-99"));
            assertThat(j.updateExpert("bad", ORGANIZER, overloaded).reasons()).extracting(Reason::code)
                    .containsExactlyInAnyOrder("LOAD_ABOVE_CAPACITY", "UNKNOWN_REFERENCE");
            assertThat(j.recordPairing("p", ORGANIZER, Pairings.empty().propose(PairKind.MENTORING, "E-77", "P-01", CLOCK)
                    .orElseThrow()).reasons()).extracting(Reason::code).containsExactly("UNKNOWN_REFERENCE");
            assertThat(j.recordPairing("p", ORGANIZER, new PairingEvent.Consented(1, PairKind.MENTORING, "E-01", "P-01",
                    Side.ADVISER, CLOCK.instant())).reasons()).extracting(Reason::code).containsExactly("NO_OPEN_PROPOSAL");
            assertThat(s.endPosition()).isEqualTo(end);
            CommunityReceipt first = j.recordPairing("p1", ORGANIZER, j.pairings().propose(PairKind.MENTORING, "E-01", "P-01", CLOCK)
                    .orElseThrow()).orElseThrow();
            CommunityReceipt again = j.recordPairing("p1", ORGANIZER, new PairingEvent.Proposed(1,
                    PairKind.MENTORING, "E-01", "P-01", CLOCK.instant())).orElseThrow();
            assertThat(again).isEqualTo(first);
            assertThat(j.recordPairing("p1", ORGANIZER, new PairingEvent.Proposed(1,
                    PairKind.MENTORING, "E-02", "P-01", CLOCK.instant())).reasons()).extracting(Reason::code).containsExactly("KEY_REUSED");
            assertThat(s.endPosition()).isEqualTo(end + 1);
            // the receipts are rebuilt from the journal
            assertThat(CommunityJournal.open(s, CLOCK, keys).recordPairing("p1", ORGANIZER,
                    new PairingEvent.Proposed(1, PairKind.MENTORING, "E-01", "P-01", CLOCK.instant()))
                    .orElseThrow()).isEqualTo(first);
            assertThat(CommunityJournal.create(s, "again", MatchingPolicy.DEFAULT, ORGANIZER, CLOCK, keys).reasons())
                    .extracting(Reason::code).containsExactly("COMMUNITY_EXISTS");
        }
    }

    @Test
    void LFT_06_a_second_writer_on_the_same_store_catches_up_before_it_decides() {
        Supplier<JournalStore> location = freshLocation();
        try (JournalStore s = location.get()) {
            CommunityJournal a = created(s, keys);
            CommunityJournal b = CommunityJournal.open(s, CLOCK, keys);
            a.recordPairing("a", ORGANIZER, a.pairings().propose(PairKind.MENTORING, "E-01", "P-01", CLOCK).orElseThrow()).orElseThrow();
            Outcome<CommunityReceipt> late = b.recordPairing("b", ORGANIZER,
                    Pairings.empty().propose(PairKind.MENTORING, "E-01", "P-01", CLOCK).orElseThrow());
            // b decided on the journal's end: the same pair is already proposed there
            assertThat(late.reasons()).extracting(Reason::code).containsExactly("ALREADY_PAIRED");
            assertThat(b.pairings()).isEqualTo(a.pairings());
        }
    }
}
