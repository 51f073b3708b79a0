package kz.saruar.scheduling.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.Kazakhstan;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.GroupOrigin.ExpertInitiated;
import kz.saruar.scheduling.consultation.GroupOrigin.WrittenRequest;
import org.junit.jupiter.api.RepeatedTest;
import kz.saruar.spi.testkit.calendar.WeekendChanged;
import org.junit.jupiter.api.Test;

class ConsultationBookTest {
    static final Instant NOW = Instant.parse("2026-04-01T04:00:00Z"); // Wednesday 09:00 Almaty
    static final ExpertId EXPERT = ExpertId.of("E1");
    static final ProjectId P1 = ProjectId.of("P1");
    static final ProjectId P2 = ProjectId.of("P2");

    static Instant almaty(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, Kazakhstan.ZONE).toInstant();
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock(NOW);
    private final ConsultationBook book = new ConsultationBook(clock, Kazakhstan.ZONE,
            ConsultationPolicy.standard(), WorkingCalendar.kazakhstan());

    private void publishWeek() {
        // Monday 6 to Friday 10 April 2026, 10:00-18:00.
        for (int d = 6; d <= 10; d++) {
            book.publishAvailability(EXPERT, new TimeSlot(almaty(4, d, 10), almaty(4, d, 18))).orElseThrow();
        }
    }

    private static List<String> codes(Outcome<?> o) {
        return o.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void PRE_06_consultation_lasts_sixty_minutes_and_the_expert_may_extend_it() {
        publishWeek();
        Consultation c = book.book(P1, EXPERT, almaty(4, 7, 10), Initiator.PROJECT).orElseThrow();
        assertThat(c.slot().length()).isEqualTo(Duration.ofMinutes(60));
        assertThat(codes(book.extend(c.id(), ExpertId.of("E2"), Duration.ofMinutes(30)))).containsExactly("ONLY_EXPERT_EXTENDS");
        assertThat(book.extend(c.id(), EXPERT, Duration.ofMinutes(30)).orElseThrow().slot().length())
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void PRE_06_a_consultation_id_the_book_does_not_hold_is_refused_by_every_change() {
        publishWeek();
        List<Outcome<Consultation>> changes = List.of(book.extend("C-404", EXPERT, Duration.ofMinutes(30)),
                book.cancel("C-404"), book.reschedule("C-404", almaty(4, 8, 10)), book.markHeld("C-404"),
                book.recordNoShow("C-404", NoShowParty.PROJECT));
        for (Outcome<Consultation> o : changes) {
            assertThat(codes(o)).containsExactly("UNKNOWN_CONSULTATION");
            assertThat(o.reasons().get(0).rules()).extracting(Object::toString).containsExactly("PRE-06");
        }
        assertThat(book.consultations()).isEmpty();
    }

    @Test
    void PRE_06_at_most_three_per_expert_per_project_unless_the_expert_initiates() {
        publishWeek();
        for (int d = 6; d <= 8; d++) {
            assertThat(book.book(P1, EXPERT, almaty(4, d, 10), Initiator.PROJECT).accepted()).isTrue();
        }
        Outcome<Consultation> fourth = book.book(P1, EXPERT, almaty(4, 9, 10), Initiator.PROJECT);
        assertThat(codes(fourth)).containsExactly("EXPERT_LIMIT_REACHED");
        assertThat(fourth.reasons().get(0).rules()).extracting(Object::toString).containsExactly("PRE-06");
        assertThat(book.book(P1, EXPERT, almaty(4, 9, 10), Initiator.EXPERT).accepted()).isTrue();
    }

    @Test
    void PRE_06_agenda_is_due_three_days_before_so_a_booking_must_leave_three_days() {
        book.publishAvailability(EXPERT, new TimeSlot(almaty(4, 2, 10), almaty(4, 10, 18))).orElseThrow();
        assertThat(codes(book.book(P1, EXPERT, almaty(4, 3, 10), Initiator.PROJECT))).containsExactly("AGENDA_LEAD_TIME");
        // Saturday 4 April: exactly three days, but not a working day.
        assertThat(codes(book.book(P1, EXPERT, almaty(4, 4, 10), Initiator.PROJECT))).containsExactly("NON_WORKING_DAY");
        assertThat(book.book(P1, EXPERT, almaty(4, 6, 10), Initiator.PROJECT).accepted()).isTrue();
    }

    @Test
    void PRE_05_no_double_booking_of_expert_or_project() {
        publishWeek();
        book.publishAvailability(ExpertId.of("E2"), new TimeSlot(almaty(4, 7, 10), almaty(4, 7, 18))).orElseThrow();
        book.book(P1, EXPERT, almaty(4, 7, 10), Initiator.PROJECT).orElseThrow();
        assertThat(codes(book.book(P2, EXPERT, almaty(4, 7, 10), Initiator.PROJECT))).containsExactly("EXPERT_DOUBLE_BOOKED");
        assertThat(codes(book.book(P1, ExpertId.of("E2"), almaty(4, 7, 10), Initiator.PROJECT)))
                .containsExactly("PROJECT_DOUBLE_BOOKED");
    }

    @Test
    void PRE_07_group_consultation_by_expert_initiative_or_accepted_written_request() {
        publishWeek();
        assertThat(book.bookGroup(EXPERT, List.of(P1, P2), almaty(4, 7, 10), new ExpertInitiated()).accepted()).isTrue();
        assertThat(codes(book.bookGroup(EXPERT, List.of(P1, P2), almaty(4, 8, 10), new WrittenRequest(" ", false))))
                .containsExactly("GROUP_REQUEST_NOT_MOTIVATED", "GROUP_REQUEST_NOT_ACCEPTED");
        Consultation g = book.bookGroup(EXPERT, List.of(P1, P2), almaty(4, 8, 10),
                new WrittenRequest("Both teams need fundraising help", true)).orElseThrow();
        assertThat(g.kind()).isEqualTo(ConsultationKind.GROUP);
        assertThat(codes(book.bookGroup(EXPERT, List.of(P1), almaty(4, 9, 10), new ExpertInitiated())))
                .containsExactly("GROUP_NEEDS_PROJECTS");
    }

    @Test
    void PRE_06_cancel_with_24_hours_notice_frees_and_does_not_count_later_counts_as_held() {
        publishWeek();
        Consultation early = book.book(P1, EXPERT, almaty(4, 7, 10), Initiator.PROJECT).orElseThrow();
        assertThat(book.cancel(early.id()).orElseThrow().status()).isEqualTo(ConsultationStatus.CANCELLED);
        assertThat(book.countTowardLimit(P1, EXPERT)).isZero();
        Consultation late = book.book(P1, EXPERT, almaty(4, 8, 10), Initiator.PROJECT).orElseThrow();
        clock.now = almaty(4, 7, 12); // 22 hours before
        assertThat(codes(book.reschedule(late.id(), almaty(4, 9, 10)))).containsExactly("LATE_RESCHEDULE");
        assertThat(book.cancel(late.id()).orElseThrow().status()).isEqualTo(ConsultationStatus.CANCELLED_LATE);
        assertThat(book.countTowardLimit(P1, EXPERT)).isEqualTo(1);
        // Freed: only the agenda lead (now under 3 days) stops another booking at that time.
        assertThat(codes(book.book(P2, EXPERT, almaty(4, 8, 10), Initiator.EXPERT))).containsExactly("AGENDA_LEAD_TIME");
    }

    @Test
    void PRE_06_the_cancellation_notice_is_a_declared_policy() {
        ConsultationBook strict = new ConsultationBook(clock, Kazakhstan.ZONE,
                ConsultationPolicy.standard().withCancellationNotice(Duration.ofHours(72)), WorkingCalendar.kazakhstan());
        strict.publishAvailability(EXPERT, new TimeSlot(almaty(4, 6, 10), almaty(4, 6, 18))).orElseThrow();
        Consultation c = strict.book(P1, EXPERT, almaty(4, 6, 10), Initiator.PROJECT).orElseThrow();
        clock.now = almaty(4, 4, 12); // 46 hours before: enough for 24 h, not for 72 h
        assertThat(strict.cancel(c.id()).orElseThrow().status()).isEqualTo(ConsultationStatus.CANCELLED_LATE);
    }

    @Test
    void PRE_06_reschedule_with_notice_moves_the_booking() {
        publishWeek();
        Consultation c = book.book(P1, EXPERT, almaty(4, 7, 10), Initiator.PROJECT).orElseThrow();
        Consultation moved = book.reschedule(c.id(), almaty(4, 9, 15)).orElseThrow();
        assertThat(moved.slot().start()).isEqualTo(almaty(4, 9, 15));
        assertThat(book.book(P2, EXPERT, almaty(4, 7, 10), Initiator.PROJECT).accepted()).isTrue();
    }

    @Test
    void PRE_06_no_shows_are_recorded_a_projects_counts_as_held() {
        publishWeek();
        Consultation a = book.book(P1, EXPERT, almaty(4, 7, 10), Initiator.PROJECT).orElseThrow();
        Consultation b = book.book(P1, EXPERT, almaty(4, 8, 10), Initiator.PROJECT).orElseThrow();
        assertThat(codes(book.recordNoShow(a.id(), NoShowParty.PROJECT))).containsExactly("NOT_STARTED_OR_CLOSED");
        clock.now = almaty(4, 9, 12);
        assertThat(book.recordNoShow(a.id(), NoShowParty.PROJECT).orElseThrow().status()).isEqualTo(ConsultationStatus.NO_SHOW_PROJECT);
        assertThat(book.recordNoShow(b.id(), NoShowParty.EXPERT).orElseThrow().status()).isEqualTo(ConsultationStatus.NO_SHOW_EXPERT);
        assertThat(book.countTowardLimit(P1, EXPERT)).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_not_thrown() {
        assertThat(codes(book.publishAvailability(EXPERT, new TimeSlot(almaty(3, 1, 10), almaty(3, 1, 12)))))
                .containsExactly("AVAILABILITY_IN_THE_PAST");
        assertThat(codes(book.book(P1, ExpertId.of("nobody"), almaty(4, 7, 10), Initiator.PROJECT)))
                .containsExactly("UNKNOWN_EXPERT");
        publishWeek();
        assertThat(codes(book.book(P1, EXPERT, almaty(3, 30, 10), Initiator.PROJECT))).containsExactly("IN_THE_PAST");
        assertThat(codes(book.book(P1, EXPERT, almaty(4, 7, 20), Initiator.PROJECT)))
                .containsExactly("OUTSIDE_AVAILABILITY", "OUTSIDE_CONSULTATION_HOURS");
    }

    @Test
    void PRE_05_no_consultation_in_the_lunch_break_or_outside_the_centers_hours() {
        ConsultationBook b = new ConsultationBook(Clock.fixed(NOW, ZoneOffset.UTC), Kazakhstan.ZONE,
                ConsultationPolicy.standard(), WorkingCalendar.kazakhstan());
        b.publishAvailability(EXPERT, new TimeSlot(almaty(4, 7, 8), almaty(4, 7, 20))).orElseThrow();
        Outcome<Consultation> lunch = b.book(P1, EXPERT, almaty(4, 7, 13), Initiator.PROJECT);
        assertThat(codes(lunch)).containsExactly("OUTSIDE_CONSULTATION_HOURS");
        assertThat(lunch.reasons().get(0).cites(kz.saruar.model.RuleId.of("PRE-05"))).isTrue();
        assertThat(codes(b.book(P1, EXPERT, almaty(4, 7, 9), Initiator.PROJECT))).containsExactly("OUTSIDE_CONSULTATION_HOURS");
        assertThat(b.book(P1, EXPERT, almaty(4, 7, 14), Initiator.PROJECT).accepted()).isTrue();
        assertThat(b.book(P2, EXPERT, almaty(4, 7, 12), Initiator.PROJECT).accepted()).isTrue();
    }

    @RepeatedTest(20)
    void two_threads_booking_the_last_slot_exactly_one_wins() throws Exception {
        ConsultationBook b = new ConsultationBook(Clock.fixed(NOW, ZoneOffset.UTC), Kazakhstan.ZONE,
                ConsultationPolicy.standard(), WorkingCalendar.kazakhstan());
        b.publishAvailability(EXPERT, new TimeSlot(almaty(4, 7, 10), almaty(4, 7, 11))).orElseThrow();
        CyclicBarrier start = new CyclicBarrier(2);
        CountDownLatch done = new CountDownLatch(2);
        AtomicReference<Outcome<Consultation>> first = new AtomicReference<>();
        AtomicReference<Outcome<Consultation>> second = new AtomicReference<>();
        Thread t1 = new Thread(() -> run(start, done, () -> first.set(b.book(P1, EXPERT, almaty(4, 7, 10), Initiator.PROJECT))));
        Thread t2 = new Thread(() -> run(start, done, () -> second.set(b.book(P2, EXPERT, almaty(4, 7, 10), Initiator.PROJECT))));
        t1.start();
        t2.start();
        done.await();
        assertThat(List.of(first.get().accepted(), second.get().accepted())).containsExactlyInAnyOrder(true, false);
        Outcome<Consultation> loser = first.get().accepted() ? second.get() : first.get();
        assertThat(codes(loser)).containsExactly("EXPERT_DOUBLE_BOOKED");
        assertThat(b.consultations()).hasSize(1);
    }

    @Test
    void many_threads_racing_for_ten_slots_book_exactly_ten_without_double_booking() throws Exception {
        ConsultationPolicy allDay = ConsultationPolicy.standard().withHours(
                new ConsultationHours(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(18, 0), List.of()));
        ConsultationBook b = new ConsultationBook(Clock.fixed(NOW, ZoneOffset.UTC), Kazakhstan.ZONE,
                allDay, WorkingCalendar.kazakhstan());
        b.publishAvailability(EXPERT, new TimeSlot(almaty(4, 7, 8), almaty(4, 7, 18))).orElseThrow();
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int id = t;
            new Thread(() -> run(start, done, () -> {
                for (int p = 0; p < 20; p++) {
                    b.book(ProjectId.of("T" + id + "-" + p), EXPERT, almaty(4, 7, 8 + (p + id) % 10), Initiator.PROJECT);
                }
            })).start();
        }
        done.await();
        List<Consultation> booked = b.consultations();
        assertThat(booked).hasSize(10);
        assertThat(booked.stream().map(c -> c.slot().start()).distinct()).hasSize(10);
    }

    private static void run(CyclicBarrier start, CountDownLatch done, Runnable body) {
        try {
            start.await();
            body.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            done.countDown();
        }
    }

    /** The built-in calendar with Tuesdays off: as if the law had made 7 April 2026 a holiday after it was booked. */
    private static WorkingCalendar tuesdaysOff() {
        return WorkingCalendar.of(WeekendChanged.of(new kz.saruar.scheduling.calendar.KazakhstanHolidayCalendar(),
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY));
    }

    @Test
    void PRE_05_a_booking_replays_after_the_holiday_data_made_its_day_a_day_off() {
        publishWeek();
        Instant tuesday = almaty(4, 7, 10);
        Consultation booked = book.book(P1, EXPERT, tuesday, Initiator.PROJECT).orElseThrow();
        ConsultationBook later = new ConsultationBook(clock, Kazakhstan.ZONE, ConsultationPolicy.standard(), tuesdaysOff());
        for (int d = 6; d <= 10; d++) {
            later.publishAvailability(EXPERT, new TimeSlot(almaty(4, d, 10), almaty(4, d, 18))).orElseThrow();
        }
        // a new booking follows today's data; the recorded one stays what it was when it was made
        assertThat(codes(later.book(P2, EXPERT, almaty(4, 7, 14), Initiator.PROJECT))).contains("NON_WORKING_DAY");
        Consultation replayed = later.replayBooking(P1, EXPERT, tuesday, Initiator.PROJECT).orElseThrow();
        assertThat(replayed.id()).isEqualTo(booked.id());
        assertThat(replayed.slot()).isEqualTo(booked.slot());
        // every other check still holds on replay: the same slot twice overlaps
        assertThat(codes(later.replayBooking(P2, EXPERT, tuesday, Initiator.PROJECT))).containsExactly("EXPERT_DOUBLE_BOOKED");
    }
}
