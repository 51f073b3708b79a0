package kz.saruar.scheduling.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.saruar.scheduling.consultation.Consultation;
import kz.saruar.scheduling.consultation.ConsultationKind;
import kz.saruar.scheduling.consultation.ConsultationStatus;
import kz.saruar.scheduling.consultation.ExpertId;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.consultation.ProjectId;
import kz.saruar.scheduling.consultation.TimeSlot;
import kz.saruar.spi.notification.Notification;
import kz.saruar.spi.notification.NotificationProvider;
import org.junit.jupiter.api.Test;

class ReminderTest {
    // Tuesday 7 April 2026, 10:00-11:00 Almaty.
    static final Consultation C = new Consultation("C1", ExpertId.of("E1"), List.of(ProjectId.of("P1")),
            new TimeSlot(Instant.parse("2026-04-07T05:00:00Z"), Instant.parse("2026-04-07T06:00:00Z")),
            ConsultationKind.INDIVIDUAL, Initiator.PROJECT, ConsultationStatus.BOOKED);

    @Test
    void PRE_05_reminds_participant_mentor_and_expert_before_each_consultation() {
        List<Reminder> plan = ReminderPlanner.standard().plan(C);
        assertThat(plan).extracting(Reminder::kind).containsExactly(ReminderKind.AGENDA_DUE,
                ReminderKind.BEFORE_CONSULTATION, ReminderKind.SURVEY_DUE);
        Reminder before = plan.get(1);
        assertThat(before.rule().value()).isEqualTo("PRE-05");
        assertThat(before.sendAt()).isEqualTo(Instant.parse("2026-04-06T05:00:00Z"));
        assertThat(before.recipients()).contains(Recipient.PARTICIPANT, Recipient.MENTOR, Recipient.EXPERT);
        assertThat(plan.get(0).sendAt()).isEqualTo(Instant.parse("2026-04-04T05:00:00Z"));
        assertThat(plan.get(0).rule().value()).isEqualTo("PRE-06");
    }

    @Test
    void due_reminders_are_sent_once_through_the_provider() {
        List<Notification> sent = new ArrayList<>();
        NotificationProvider capture = sent::add;
        ReminderDispatcher d = new ReminderDispatcher(Clock.fixed(Instant.parse("2026-04-06T12:00:00Z"), ZoneOffset.UTC), capture);
        List<Reminder> plan = ReminderPlanner.standard().plan(C);
        assertThat(d.dispatchDue(plan)).hasSize(2);
        assertThat(d.dispatchDue(plan)).isEmpty();
        assertThat(sent).extracting(Notification::kind).containsExactly("AGENDA_DUE", "BEFORE_CONSULTATION");
        assertThat(sent.get(0).texts()).containsKeys("kk", "ru", "en");
    }

    @Test
    void PRE_05_two_threads_dispatching_at_once_send_each_reminder_once() throws Exception {
        for (int round = 0; round < 20; round++) {
            Queue<Notification> sent = new ConcurrentLinkedQueue<>();
            CyclicBarrier inside = new CyclicBarrier(2);
            // each send waits (briefly) for the other thread, so both are past the "already sent?" check
            NotificationProvider slow = n -> {
                sent.add(n);
                try {
                    inside.await(200, TimeUnit.MILLISECONDS);
                } catch (Exception timeout) {
                    // the other thread found nothing to send
                }
            };
            ReminderDispatcher d = new ReminderDispatcher(Clock.fixed(Instant.parse("2026-04-06T12:00:00Z"), ZoneOffset.UTC), slow);
            List<Reminder> plan = ReminderPlanner.standard().plan(C);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                Future<List<Reminder>> a = two.submit(() -> d.dispatchDue(plan));
                Future<List<Reminder>> b = two.submit(() -> d.dispatchDue(plan));
                assertThat(a.get().size() + b.get().size()).isEqualTo(2);
            } finally {
                two.shutdownNow();
            }
            assertThat(sent).extracting(Notification::kind).containsExactlyInAnyOrder("AGENDA_DUE", "BEFORE_CONSULTATION");
        }
    }

    @Test
    void the_default_provider_is_the_log_and_a_failing_provider_is_retried() {
        assertThat(ReminderDispatcher.discover(Clock.systemUTC()).provider()).isInstanceOf(LoggingNotificationProvider.class);
        int[] calls = {0};
        NotificationProvider flaky = n -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("smtp down");
            }
        };
        ReminderDispatcher d = new ReminderDispatcher(Clock.fixed(Instant.parse("2026-04-04T06:00:00Z"), ZoneOffset.UTC), flaky);
        List<Reminder> plan = ReminderPlanner.standard().plan(C);
        assertThat(d.dispatchDue(plan)).isEmpty();
        assertThat(d.dispatchDue(plan)).hasSize(1);
    }
}
