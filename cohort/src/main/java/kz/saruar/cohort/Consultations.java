package kz.saruar.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.Consultation;
import kz.saruar.scheduling.consultation.ConsultationBook;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.consultation.ConsultationStatus;
import kz.saruar.scheduling.consultation.ExpertId;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.consultation.NoShowParty;
import kz.saruar.scheduling.consultation.ProjectId;
import kz.saruar.scheduling.consultation.TimeSlot;

/**
 * The cohort's consultations through {@code scheduling}'s {@link ConsultationBook} (PRE-05,
 * PRE-06): the book decides publishing, booking, holding, cancelling and no-shows at the command's time; replaying the
 * recorded events into a fresh book at their recorded times gives the same book. The one place
 * that knows the scheduling API and its outcome type.
 */
final class Consultations {
    private static final RuleId PRE06 = Rules.PRE_06;
    private final MovableClock clock = new MovableClock(Instant.EPOCH);
    private final ConsultationBook book;
    /** Held consultations per project, rebuilt after the book changed (a state of 10,000 projects asks 10,000 times). */
    private Map<String, Integer> heldByProject = Map.of();
    private boolean dirty;

    Consultations(Methodology m, WorkingCalendar calendar) {
        this.book = new ConsultationBook(clock, Kazakhstan.ZONE,
                ConsultationPolicy.from(m.preAcceleration().consultations()), calendar);
    }

    /**
     * A clock the cohort sets to the command's or the recorded event's time before each call (and
     * the tests move).
     */
    static class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        /** Moves the clock to {@code at}. */
        final void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return Kazakhstan.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    Outcome<CohortEvent> publish(CohortCommand.PublishAvailability c, Instant now) {
        clock.set(now);
        dirty = true;
        if (!c.end().isAfter(c.start())) {
            return Outcome.refused(Reason.of("WINDOW_EMPTY", Rules.PRE_05, "$.end",
                    kz.saruar.model.LocalizedText.message("Терезе бос", "Окно пустое", "The window is empty")));
        }
        return (book.publishAvailability(ExpertId.of(c.expert()), new TimeSlot(c.start(), c.end())))
                .map(w -> new CohortEvent.AvailabilityPublished(c.expert(), c.start(), c.end()));
    }

    Outcome<CohortEvent> book(CohortCommand.BookConsultation c, Initiator initiator, Instant now) {
        clock.set(now);
        dirty = true;
        return (book.book(ProjectId.of(c.project()), ExpertId.of(c.expert()), c.start(), initiator))
                .map(k -> new CohortEvent.ConsultationBooked(k.id(), c.project(), c.expert(), c.start(), initiator.name()));
    }

    Outcome<CohortEvent> held(CohortCommand.MarkConsultationHeld c, Instant now) {
        clock.set(now);
        dirty = true;
        return (book.markHeld(c.consultation())).map(k -> new CohortEvent.ConsultationHeld(k.id()));
    }

    Outcome<CohortEvent> cancel(CohortCommand.CancelConsultation c, Instant now) {
        clock.set(now);
        return (book.cancel(c.consultation())).map(k -> new CohortEvent.ConsultationCancelled(k.id(), k.status().name()));
    }

    Outcome<CohortEvent> noShow(CohortCommand.RecordConsultationNoShow c, NoShowParty party, Instant now) {
        clock.set(now);
        return (book.recordNoShow(c.consultation(), party)).map(k -> new CohortEvent.ConsultationNoShow(k.id(), party.name()));
    }

    boolean exists(String consultationId) {
        return book.consultation(consultationId).isPresent();
    }

    /** Whether the event is one the consultation book replays. */
    static boolean isConsultationEvent(CohortEvent e) {
        return e instanceof CohortEvent.AvailabilityPublished || e instanceof CohortEvent.ConsultationBooked
                || e instanceof CohortEvent.ConsultationHeld || e instanceof CohortEvent.ConsultationCancelled
                || e instanceof CohortEvent.ConsultationNoShow;
    }

    /** Replays a recorded event into the book at its time; a record the book refuses is damage. */
    void replay(CohortEvent e, Instant at, long position) {
        clock.set(at);
        dirty = true;
        Outcome<?> o;
        if (e instanceof CohortEvent.AvailabilityPublished a) {
            o = (book.publishAvailability(ExpertId.of(a.expert()), new TimeSlot(a.start(), a.end())));
        } else if (e instanceof CohortEvent.ConsultationBooked b) {
            // PRE-05, APP-11: the day was a working day under the holiday data of its time; later data does not undo it
            Outcome<Consultation> booked = (book.replayBooking(ProjectId.of(b.project()), ExpertId.of(b.expert()), b.start(),
                    Initiator.valueOf(b.initiator())));
            if (booked.accepted() && !booked.value().orElseThrow().id().equals(b.consultation())) {
                throw new UnreadableEventException(position, LocalizedText.message(
                        "кеңес қайталағанда {0} болып шығады, ал {1} болып жазылған",
                        "консультация воспроизводится как {0}, а записана как {1}",
                        "the consultation replays as {0}, recorded as {1}", booked.value().orElseThrow().id(), b.consultation()));
            }
            o = booked;
        } else if (e instanceof CohortEvent.ConsultationHeld h) {
            o = (book.markHeld(h.consultation()));
        } else if (e instanceof CohortEvent.ConsultationCancelled x) {
            Outcome<Consultation> cancelled = (book.cancel(x.consultation()));
            if (cancelled.accepted() && !cancelled.value().orElseThrow().status().name().equals(x.status())) {
                throw new UnreadableEventException(position, LocalizedText.message(
                        "кеңестің болдырылмауы қайталағанда {0} болып шығады, ал {1} болып жазылған",
                        "отмена консультации воспроизводится как {0}, а записана как {1}",
                        "the cancellation replays as {0}, recorded as {1}", cancelled.value().orElseThrow().status(), x.status()));
            }
            o = cancelled;
        } else if (e instanceof CohortEvent.ConsultationNoShow x) {
            NoShowParty party;
            try {
                party = NoShowParty.valueOf(x.party());
            } catch (IllegalArgumentException bad) {
                throw new UnreadableEventException(position, LocalizedText.message("келмеген тарап белгісіз: {0}",
                        "неизвестная неявившаяся сторона {0}", "an unknown no-show party {0}", x.party()));
            }
            o = (book.recordNoShow(x.consultation(), party));
        } else {
            return;
        }
        if (o.refused()) {
            // the book's own refusal says why, in each language, after its code
            Reason why = o.reasons().get(0);
            throw new UnreadableEventException(position, LocalizedText.message("{0} қайталанбайды: {1} ({2})",
                    "{0} не воспроизводится: {1} ({3})", "{0} does not replay: {1} ({4})", e.type(), why.code(),
                    why.message().get(Language.KK), why.message().get(Language.RU), why.message().get(Language.EN)));
        }
    }

    int held(String project) {
        if (dirty) {
            Map<String, Integer> counts = new HashMap<>();
            for (Consultation c : book.consultations()) {
                if (c.status() == ConsultationStatus.HELD) {
                    c.projects().forEach(p -> counts.merge(p.value(), 1, Integer::sum));
                }
            }
            heldByProject = counts;
            dirty = false;
        }
        return heldByProject.getOrDefault(project, 0);
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Consultation c : book.consultations()) {
            out.add(c.id() + " " + c.status() + " " + c.projects() + " " + c.expert() + " " + c.slot().start());
        }
        return out;
    }

    Optional<Consultation> find(String id) {
        return book.consultation(id);
    }
}
