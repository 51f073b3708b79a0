package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.scheduling.consultation.ConsultationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelled consultations and no-shows through the cohort (PRE-06 cancel policy [default 24 h
 * notice] and no-shows [default]): recorded as events, counted toward the limit of 3 per expert
 * and project as the policy says, refused when they do not apply, and replayed to the same book.
 */
class ConsultationCancelTest {
    private static final Actor EXPERT = Actor.of("EXP-9", ActorRole.EXPERT_GROUP);
    private final Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
    private final InMemoryJournalStore store = new InMemoryJournalStore();
    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();
    private Cohort c;

    @BeforeEach
    void preAcceleration() {
        c = Fixture.create(store, clock, keys);
        c.submit(new CohortCommand.SubmitApplication("sub", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
        Journey.toPreAcceleration(c, "P-01", LocalDate.of(2026, 3, 4));
        c.submit(new CohortCommand.PublishAvailability("av", EXPERT, "EXP-9", Journey.at("2026-03-09T09:00:00+05:00"),
                Journey.at("2026-03-13T19:00:00+05:00"))).orElseThrow();
    }

    private String book(String key, String start) {
        CohortReceipt r = c.submit(new CohortCommand.BookConsultation(key, Fixture.TEAM, "P-01", "EXP-9",
                Journey.at(start))).orElseThrow();
        assertThat(r.events()).containsExactly("ConsultationBooked");
        List<String> lines = c.state().consultations();
        return lines.get(lines.size() - 1).split(" ")[0];
    }

    private String status(String id) {
        return c.state().consultations().stream().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow().split(" ")[1];
    }

    @Test
    void PRE_06_a_cancellation_with_notice_frees_the_time_and_does_not_count_toward_the_limit() {
        String a = book("b1", "2026-03-10T10:00:00+05:00");
        book("b2", "2026-03-11T10:00:00+05:00");
        book("b3", "2026-03-12T10:00:00+05:00");
        Outcome<CohortReceipt> fourth = c.submit(new CohortCommand.BookConsultation("b4", Fixture.TEAM, "P-01", "EXP-9",
                Journey.at("2026-03-12T11:00:00+05:00")));
        assertThat(fourth.refused()).as("PRE-06: at most 3 with one expert when the project asks").isTrue();

        CohortReceipt cancelled = c.submit(new CohortCommand.CancelConsultation("cx", Fixture.TEAM, a)).orElseThrow();
        assertThat(cancelled.events()).containsExactly("ConsultationCancelled");
        assertThat(status(a)).isEqualTo(ConsultationStatus.CANCELLED.name());
        assertThat(c.submit(new CohortCommand.BookConsultation("b4", Fixture.TEAM, "P-01", "EXP-9",
                Journey.at("2026-03-10T10:00:00+05:00"))).accepted()).as("the freed slot and the freed count").isTrue();
        assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(c.state());
    }

    @Test
    void PRE_06_a_late_cancellation_counts_as_held_toward_the_limit() {
        String a = book("b1", "2026-03-10T10:00:00+05:00");
        book("b2", "2026-03-11T10:00:00+05:00");
        book("b3", "2026-03-12T10:00:00+05:00");
        clock.set(Journey.at("2026-03-09T18:00:00+05:00"));
        c.submit(new CohortCommand.CancelConsultation("cx", EXPERT, a)).orElseThrow();
        assertThat(status(a)).isEqualTo(ConsultationStatus.CANCELLED_LATE.name());
        assertThat(c.submit(new CohortCommand.BookConsultation("b4", Fixture.TEAM, "P-01", "EXP-9",
                Journey.at("2026-03-12T11:00:00+05:00"))).refused()).isTrue();
        assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(c.state());
    }

    @Test
    void PRE_06_no_shows_are_recorded_after_the_start_and_a_projects_counts_as_held() {
        String a = book("b1", "2026-03-10T10:00:00+05:00");
        String b = book("b2", "2026-03-11T10:00:00+05:00");
        long before = store.endPosition();
        assertThat(c.submit(new CohortCommand.RecordConsultationNoShow("early", EXPERT, a, "PROJECT")).refused())
                .as("not before the start").isTrue();
        assertThat(store.endPosition()).isEqualTo(before);

        clock.set(Journey.at("2026-03-11T12:00:00+05:00"));
        c.submit(new CohortCommand.RecordConsultationNoShow("ns1", EXPERT, a, "PROJECT")).orElseThrow();
        c.submit(new CohortCommand.RecordConsultationNoShow("ns2", Fixture.ORGANIZER, b, "EXPERT")).orElseThrow();
        assertThat(status(a)).isEqualTo(ConsultationStatus.NO_SHOW_PROJECT.name());
        assertThat(status(b)).isEqualTo(ConsultationStatus.NO_SHOW_EXPERT.name());
        assertThat(c.state().project("P-01").orElseThrow().consultationsHeld()).isZero();
        assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(c.state());
        assertThat(Cohort.events(store).stream().map(RecordedEvent<CohortEvent>::type))
                .containsSubsequence("ConsultationNoShow", "ConsultationNoShow");
    }

    @Test
    void PRE_06_cancelling_or_recording_a_no_show_is_refused_when_it_does_not_apply() {
        String a = book("b1", "2026-03-10T10:00:00+05:00");
        long before = store.endPosition();
        assertThat(c.submit(new CohortCommand.CancelConsultation("x1", Fixture.TEAM, "C-404")).reasons().get(0).code())
                .isEqualTo("UNKNOWN_CONSULTATION");
        assertThat(c.submit(new CohortCommand.RecordConsultationNoShow("x2", Fixture.TEAM, a, "PROJECT")).reasons()
                .get(0).code()).as("a team does not record no-shows").isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(c.submit(new CohortCommand.RecordConsultationNoShow("x3", EXPERT, a, "MENTOR")).reasons().get(0)
                .code()).isEqualTo("UNKNOWN_NO_SHOW_PARTY");
        clock.advance(Duration.ofDays(10));
        c.submit(new CohortCommand.MarkConsultationHeld("held", EXPERT, a)).orElseThrow();
        before = store.endPosition();
        assertThat(c.submit(new CohortCommand.CancelConsultation("x4", Fixture.TEAM, a)).refused())
                .as("a held consultation is not cancelled").isTrue();
        assertThat(store.endPosition()).isEqualTo(before);
    }

    @Test
    void PRE_06_cancel_and_no_show_commands_read_and_write_their_json_form() {
        for (CohortCommand cmd : List.of(new CohortCommand.CancelConsultation("k1", Fixture.TEAM, "C1"),
                new CohortCommand.RecordConsultationNoShow("k2", EXPERT, "C2", "EXPERT"))) {
            String json = CohortCommandJson.write(cmd).toString();
            assertThat(CohortCommandJson.read(json, clock).orElseThrow()).isEqualTo(cmd);
        }
    }
    @Test
    void LFT_06_a_booking_that_does_not_replay_says_why_in_each_language() {
        book("again-b1", "2026-03-10T11:00:00+05:00");
        // the same booking again, well formed and well chained: only the consultation book refuses it
        Fixture.appendAgain(store, CohortEvent.ConsultationBooked.class);
        assertThatThrownBy(() -> Cohort.open(store, clock, keys)).isInstanceOf(UnreadableEventException.class)
                .satisfies(x -> {
                    LocalizedText text = ((UnreadableEventException) x).text();
                    // each language names the book's own refusal in its words, not only its code
                    assertThat(text.get(Language.KK)).contains("ConsultationBooked").doesNotContain("does not replay")
                            .isNotEqualTo(text.get(Language.EN));
                    assertThat(text.get(Language.RU)).contains("не воспроизводится").isNotEqualTo(text.get(Language.EN));
                    assertThat(text.get(Language.EN)).contains("does not replay").contains("(");
                    String enReason = text.get(Language.EN).substring(text.get(Language.EN).lastIndexOf('('));
                    assertThat(text.get(Language.RU)).doesNotContain(enReason);
                    for (Language l : List.of(Language.KK, Language.RU)) {
                        String reason = text.get(l).substring(text.get(l).lastIndexOf('('));
                        assertThat(reason).as(l + " reason").matches("(?s).*[\\p{IsCyrillic}]{3,}.*");
                    }
                });
    }
}
