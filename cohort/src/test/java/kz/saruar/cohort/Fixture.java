package kz.saruar.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.spi.storage.JournalStore;

/** Shared test data: the sample application, actors, a clock that tests move forward. */
final class Fixture {
    static final Actor ORGANIZER = Actor.of("org-1", ActorRole.ORGANIZER);
    static final Actor EXPERTS = Actor.of("experts-1", ActorRole.EXPERT_GROUP);
    static final Actor TEAM = Actor.of("team-1", ActorRole.TEAM);
    static final Actor JURY = Actor.of("jury-secretary", ActorRole.JURY);
    static final Instant START = OffsetDateTime.parse("2026-03-02T10:00:00+05:00").toInstant();

    private Fixture() {
    }

    /** A clock the test moves. */
    static final class TestClock extends Consultations.MovableClock {
        TestClock(Instant now) {
            super(now);
        }

        void advance(Duration d) {
            set(instant().plus(d));
        }
    }

    static String applicationJson() {
        try (InputStream in = Fixture.class.getResourceAsStream("/application.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ProjectApplication application() {
        return ApplicationJson.read(applicationJson(), Clock.fixed(START, Kazakhstan.ZONE)).value().orElseThrow();
    }

    static Cohort create(JournalStore store, Clock clock, PersonKeys keys) {
        return Cohort.create(store, "almaty-2026", Methodology.standard(), ORGANIZER, clock, keys).orElseThrow();
    }

    static Cohort create(JournalStore store, Clock clock) {
        return create(store, clock, new InMemoryPersonKeys());
    }

    /**
     * Appends the last recorded event of {@code type} once more at the journal's end, well formed
     * and well chained, so that only the replay's own checks can refuse it: its position.
     */
    static long appendAgain(JournalStore store, Class<? extends CohortEvent> type) {
        List<RecordedEvent<CohortEvent>> events = Cohort.events(store);
        RecordedEvent<CohortEvent> again = events.stream().filter(e -> type.isInstance(e.event()))
                .reduce((first, later) -> later).orElseThrow();
        byte[] last = JournalFormat.unhex(events.get(events.size() - 1).hash());
        long end = store.endPosition();
        store.append(end, List.of(EventCodec.FORMAT.encode(end, "again", again.command(), again.actor(), again.at(),
                again.event(), last).payload())).join();
        return end;
    }
}
