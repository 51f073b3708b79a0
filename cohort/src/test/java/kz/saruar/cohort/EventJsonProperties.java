package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.lifecycle.ProjectState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every event type survives its JSON form and its journal record unchanged (docs/events.md):
 * Jackson round trip, encode then decode with the hash chain, and the same bytes for the same event.
 */
class EventJsonProperties {
    @Property(tries = 300)
    void every_event_type_round_trips_through_json(@ForAll("events") CohortEvent e) throws Exception {
        byte[] json = CohortJson.MAPPER.writeValueAsBytes(e);
        CohortEvent back = CohortJson.MAPPER.readValue(json, EventCodec.TYPES.get(e.type()));
        assertThat(back).isEqualTo(e);
    }

    @Property(tries = 300)
    void every_event_type_round_trips_through_a_journal_record(@ForAll("events") CohortEvent e,
            @ForAll("instants") Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, Kazakhstan.ZONE);
        Actor actor = Actor.of("a-1", ActorRole.ORGANIZER);
        byte[] prev = JournalFormat.sha256().digest(new byte[] {1});
        JournalFormat.Encoded<CohortEvent> enc = EventCodec.FORMAT.encode(7, "key-1", "Lifecycle:00", actor, when, e, prev);
        RecordedEvent<CohortEvent> back = EventCodec.FORMAT.decode(7, enc.payload(), prev);
        assertThat(back).isEqualTo(enc.record());
        assertThat(back.event()).isEqualTo(e);
        assertThat(back.at()).isEqualTo(when);
        // the same event encodes to the same bytes: the hash covers a canonical form
        assertThat(EventCodec.FORMAT.encode(7, "key-1", "Lifecycle:00", actor, when, back.event(), prev).payload())
                .isEqualTo(enc.payload());
    }

    @Property(tries = 300)
    void a_record_is_written_straight_to_the_bytes_of_its_envelope_tree(@ForAll("events") CohortEvent e,
            @ForAll("instants") Instant at) throws Exception {
        byte[] prev = JournalFormat.sha256().digest(new byte[] {2});
        JournalFormat.Encoded<CohortEvent> enc = EventCodec.FORMAT.encode(3, "key-«1»", "Lifecycle:00",
                Actor.of("a-1", ActorRole.TEAM), OffsetDateTime.ofInstant(at, Kazakhstan.ZONE), e, prev);
        ObjectNode tree = enc.record().toJson(CohortJson.MAPPER);
        tree.remove("hash");
        byte[] payload = enc.payload();
        // the payload is the envelope's JSON, a line feed and 64 hex digits of its hash
        assertThat(Arrays.copyOf(payload, payload.length - 65)).isEqualTo(CohortJson.MAPPER.writeValueAsBytes(tree));
    }

    @Property(tries = 50)
    void every_type_is_generated(@ForAll("events") CohortEvent e) {
        assertThat(EventCodec.TYPES).containsKey(e.type());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abcXYZ019 -_/«»әқңөұүһіАБВ\"\\\n").ofMaxLength(12);
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("ABCP0123456789-").ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }

    private static Arbitrary<ObjectNode> nodes() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), texts()).ofMaxSize(4)
                .map(m -> {
                    ObjectNode o = CohortJson.MAPPER.createObjectNode();
                    m.forEach(o::put);
                    o.putArray("list").add(1).add("x");
                    return o;
                });
    }

    @Provide
    Arbitrary<CohortEvent> events() {
        Arbitrary<CohortEvent.SealedPerson> person = Combinators.combine(ids(), texts(), texts())
                .as(CohortEvent.SealedPerson::new);
        Arbitrary<CohortEvent.CheckLine> check = Combinators.combine(ids(), ids(), texts(),
                Arbitraries.of(CheckStatus.class), Arbitraries.maps(ids(), texts()).ofMaxSize(3),
                Arbitraries.maps(Arbitraries.of("kk", "ru", "en"), texts()).ofMaxSize(3))
                .as(CohortEvent.CheckLine::new);
        Arbitrary<CohortEvent.SheetLine> sheet = Combinators.combine(ids(), ids(),
                Arbitraries.maps(ids(), Arbitraries.integers().between(0, 3)).ofMaxSize(5), texts().optional())
                .as(CohortEvent.SheetLine::new);
        return Arbitraries.oneOf(List.of(
                Combinators.combine(ids(), ids(), Arbitraries.strings().withChars("0123456789abcdef").ofLength(64), texts())
                        .as(CohortEvent.CohortCreated::new),
                Combinators.combine(ids(), nodes(), person.list().ofMaxSize(3)).as(CohortEvent.ApplicationSubmitted::new),
                Combinators.combine(ids(), nodes(), person.list().ofMaxSize(3)).as(CohortEvent.ApplicationUpdated::new),
                Combinators.combine(ids(), ids(), Arbitraries.of(CheckStatus.class), check.list().ofMaxSize(3))
                        .as(CohortEvent.EligibilityRecorded::new),
                Combinators.combine(ids(), Arbitraries.longs().between(2, 99), nodes(), Arbitraries.of(ProjectState.class),
                        Arbitraries.of(ProjectState.class), texts(), ids().list().ofMaxSize(3))
                        .as(CohortEvent.LifecycleRecorded::new),
                Combinators.combine(ids(), dates(),
                        Combinators.combine(ids(), ids(), Arbitraries.of(true, false)).as(CohortEvent.JurorLine::new)
                                .list().ofMaxSize(4),
                        Arbitraries.maps(ids(), ids()).ofMaxSize(2), sheet.list().ofMaxSize(3),
                        Combinators.combine(ids(), Arbitraries.integers().between(0, 200), ids(),
                                Arbitraries.of(true, false), Arbitraries.integers().between(1, 9))
                                .as(CohortEvent.DecisionLine::new).list().ofMaxSize(3),
                        ids().list().ofMaxSize(2))
                        .as(CohortEvent.DefenseHeld::new),
                Combinators.combine(ids(), instants(), instants()).as(CohortEvent.AvailabilityPublished::new),
                Combinators.combine(ids(), ids(), ids(), instants(), Arbitraries.of("PROJECT", "EXPERT"))
                        .as(CohortEvent.ConsultationBooked::new),
                ids().map(CohortEvent.ConsultationHeld::new),
                Combinators.combine(ids(), Arbitraries.of("CANCELLED", "CANCELLED_LATE"))
                        .as(CohortEvent.ConsultationCancelled::new),
                Combinators.combine(ids(), Arbitraries.of("PROJECT", "EXPERT")).as(CohortEvent.ConsultationNoShow::new),
                Combinators.combine(ids(), Arbitraries.of("PRE_ACCELERATION", "ACCELERATION"), dates(), dates(),
                        ids().list().ofMaxSize(4)).as(CohortEvent.CertificatesIssued::new),
                ids().map(CohortEvent.PersonalDataErased::new)));
    }

}
