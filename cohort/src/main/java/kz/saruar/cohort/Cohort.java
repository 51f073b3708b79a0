package kz.saruar.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.model.Arguments;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.journal.UnreadableRecordException;
import kz.saruar.model.journal.JournalVerification;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.LifecycleCommand;
import kz.saruar.model.lifecycle.ProjectLifecycle;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.scheduling.consultation.Initiator;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import kz.saruar.scheduling.consultation.NoShowParty;
import kz.saruar.scheduling.deadline.DeadlineRules;
import kz.saruar.scheduling.deadline.Deadlines;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One intake of one center under one pinned methodology version (the rules APP, PRE, DEF, ACC and
 * EXT of docs/rules.md), kept as a hash-chained journal of {@link CohortEvent}s on any
 * {@link JournalStore}: in memory, the ledger's file store, PostgreSQL.
 *
 * <p>{@link #submit} decides a {@link CohortCommand} on the current state with the composed rules
 * (applications and eligibility, the project lifecycle, scoring, scheduling); an accepted command
 * is appended as one batch at the position the decision saw (optimistic concurrency, LFT-06), so
 * that of two writers racing on one journal one wins and the other gets a retryable
 * {@link CohortReason#CONCURRENT_WRITE}; nothing is lost. A refused command writes nothing; a
 * repeated idempotency key returns the first receipt. {@link #open} replays the journal to the
 * same state. Personal data is sealed per person with keys from {@link PersonKeys}, kept apart from
 * the journal, so that {@code ErasePersonalData} erases it without touching the chain.
 *
 * <p>Thread-safe: commands are decided one at a time.
 */
public final class Cohort {
    private static final Logger LOG = LoggerFactory.getLogger(Cohort.class);

    private final JournalStore store;
    private final Clock clock;
    private final PersonKeys keys;
    /** The working days of new bookings (PRE-05); recorded bookings replay without it. */
    private final WorkingCalendar calendar;
    private Model model;
    private final List<Follower> followers = new ArrayList<>();

    private Cohort(JournalStore store, Clock clock, PersonKeys keys, WorkingCalendar calendar) {
        this.store = store;
        this.clock = clock;
        this.keys = keys;
        this.calendar = calendar;
    }

    /**
     * Opens a new cohort on an empty journal, pinning the methodology: its JSON and SHA-256 are the
     * first event. Refused when the journal already holds records.
     *
     * @param store the journal (the caller keeps ownership)
     * @param cohortId the cohort's id, e.g. {@code almaty-2026}
     * @param methodology the methodology the cohort runs under
     * @param actor who opens it (an organizer)
     * @param clock the clock every decision reads
     * @param keys where the per-person keys live
     */
    public static Outcome<Cohort> create(JournalStore store, String cohortId, Methodology methodology, Actor actor,
            Clock clock, PersonKeys keys) {
        return create(store, cohortId, methodology, actor, clock, keys, WorkingCalendar.kazakhstan());
    }

    /**
     * As {@link #create(JournalStore, String, Methodology, Actor, Clock, PersonKeys)}, on a center's
     * own working calendar (e.g. {@code HolidayCalendars.of(plugins).calendar("KZ")}) for new
     * consultations (PRE-05); the deadlines it shows (APP-10, DEF-11) count calendar days. The
     * calendar is not recorded: bookings already in the journal replay whatever the holiday data
     * says today (it changes with the law, APP-11).
     */
    public static Outcome<Cohort> create(JournalStore store, String cohortId, Methodology methodology, Actor actor,
            Clock clock, PersonKeys keys, WorkingCalendar calendar) {
        Arguments.nonNull("store", store, "cohortId", cohortId, "methodology", methodology, "actor", actor,
                "clock", clock, "keys", keys, "calendar", calendar);
        if (cohortId.isBlank()) {
            throw new IllegalArgumentException("cohort id is blank");
        }
        String json = methodology.toJson();
        String sha = JournalFormat.hex(JournalFormat.sha256().digest(json.getBytes(StandardCharsets.UTF_8)));
        CohortEvent.CohortCreated created = new CohortEvent.CohortCreated(cohortId, methodology.id(), sha, json);
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), Kazakhstan.ZONE);
        OptionalLong held = EventCodec.FORMAT.create(store, "create:" + cohortId, fingerprintOf("CreateCohort", created),
                actor, at, created);
        if (held.isPresent()) {
            return Outcome.refused(CohortReason.COHORT_EXISTS.reason("$", Figure.of("records", held.getAsLong())));
        }
        Cohort cohort = new Cohort(store, clock, keys, calendar);
        cohort.model = cohort.replayAll();
        LOG.info("cohort {} created under methodology {} ({})", cohortId, methodology.id(), sha);
        return Outcome.accepted(cohort);
    }

    /**
     * Opens the cohort on a journal by replaying every event.
     *
     * @throws UnreadableEventException naming the first record that cannot be read
     * @throws SaruarException if the journal is empty
     */
    public static Cohort open(JournalStore store, Clock clock, PersonKeys keys) {
        return open(store, clock, keys, WorkingCalendar.kazakhstan());
    }

    /**
     * As {@link #open(JournalStore, Clock, PersonKeys)}, on a center's own working calendar for
     * new consultations (see {@link #create(JournalStore, String,
     * Methodology, Actor, Clock, PersonKeys, WorkingCalendar)}).
     */
    public static Cohort open(JournalStore store, Clock clock, PersonKeys keys, WorkingCalendar calendar) {
        Arguments.nonNull("store", store, "clock", clock, "keys", keys, "calendar", calendar);
        EventCodec.FORMAT.requireCreated(store);
        Cohort c = new Cohort(store, clock, keys, calendar);
        c.model = c.replayAll();
        return c;
    }

    /**
     * Opens the cohort from its latest valid snapshot and the journal's tail after it (LFT-06
     * replay): the same state as {@link #open(JournalStore, Clock, PersonKeys)}, faster for a big
     * cohort. A snapshot that does not match the journal (another chain head, a changed or damaged
     * snapshot, another methodology, a newer format, a person's key that came or went since) is
     * ignored with a warning, and the journal is replayed in full.
     *
     * @param snapshots where the cohort's snapshots live ({@link #snapshot(CohortSnapshots)})
     * @throws UnreadableEventException naming the first record that cannot be read
     * @throws SaruarException if the journal is empty
     */
    public static Cohort open(JournalStore store, Clock clock, PersonKeys keys, CohortSnapshots snapshots) {
        return open(store, clock, keys, snapshots, WorkingCalendar.kazakhstan());
    }

    /** As {@link #open(JournalStore, Clock, PersonKeys, CohortSnapshots)}, on a center's own working calendar. */
    public static Cohort open(JournalStore store, Clock clock, PersonKeys keys, CohortSnapshots snapshots,
            WorkingCalendar calendar) {
        Arguments.nonNull("store", store, "clock", clock, "keys", keys, "snapshots", snapshots, "calendar", calendar);
        EventCodec.FORMAT.requireCreated(store);
        Cohort c = new Cohort(store, clock, keys, calendar);
        c.model = c.fromSnapshot(snapshots).orElseGet(c::replayAll);
        return c;
    }

    /**
     * Writes a snapshot of the cohort's state at its current journal position (after reading what
     * other writers appended), for {@link #open(JournalStore, Clock, PersonKeys, CohortSnapshots)}.
     * The snapshot holds no personal data in clear: each person's data stays sealed under the
     * person's key, so erasure keeps working on snapshots too.
     *
     * @throws StorageException when the snapshot store fails
     */
    public synchronized SnapshotReceipt snapshot(CohortSnapshots snapshots) {
        Objects.requireNonNull(snapshots, "snapshots");
        catchUp();
        return SnapshotCodec.write(snapshots, model, clock.instant());
    }

    /**
     * Where the replay that built this cohort's model started: the journal position of the
     * snapshot it was opened from, or 0 after a full replay (a {@code CONCURRENT_WRITE} conflict
     * rebuilds the model by a full replay).
     */
    public synchronized long replayedFrom() {
        return model.snapshotPosition;
    }

    /** The whole model in the snapshot's JSON form, for tests comparing two openings. */
    synchronized String modelJson() {
        return SnapshotCodec.json(model);
    }

    /** Checks the whole journal's hash chain and schema without opening it: the first bad record, if any. */
    public static JournalVerification verify(JournalStore store) {
        return EventCodec.FORMAT.verify(store);
    }

    /**
     * Checks the chain and schema as {@link #verify(JournalStore)} does while it replays every
     * event under the rules (LFT-06), in one pass: the first bad record is the first that breaks
     * the chain or the schema, or that the rules cannot apply (an application submitted twice,
     * say), after the hash of the last event that replayed. A misplaced cohort creation is told in
     * the cohort's words (a second creation, or a first event that is not one).
     */
    public static JournalVerification verify(JournalStore store, PersonKeys keys) {
        Arguments.nonNull("store", store, "keys", keys);
        if (store.read(0, 1).isEmpty()) {
            return verify(store); // an empty journal: well chained, nothing to replay
        }
        Cohort c = new Cohort(store, Clock.fixed(Instant.EPOCH, Kazakhstan.ZONE), keys, WorkingCalendar.kazakhstan());
        try {
            c.model = c.genesis();
            c.catchUp();
        } catch (UnreadableRecordException e) {
            String lastGood = JournalFormat.hex(c.model == null ? JournalFormat.genesisHash() : c.model.lastHash);
            return JournalVerification.badAt(e.position(), lastGood, e.text());
        }
        return JournalVerification.ok(c.model.position, JournalFormat.hex(c.model.lastHash));
    }

    /**
     * Every recorded event, in order.
     *
     * @throws UnreadableEventException naming the first record that cannot be read
     */
    public static List<RecordedEvent<CohortEvent>> events(JournalStore store) {
        return EventCodec.FORMAT.events(store);
    }

    /**
     * Decides a command and, when accepted, appends its events: the receipt, or every reason it is
     * refused (nothing written). A repeated key with the same command returns the first receipt;
     * with another command it is refused.
     *
     * @throws StorageException when the store fails (fail-stop: reopen the cohort)
     */
    public synchronized Outcome<CohortReceipt> submit(CohortCommand command) {
        Objects.requireNonNull(command, "command");
        catchUp();
        // an application is written as JSON once, for its fingerprint, its validation and its event
        Applications.Written written = command instanceof CohortCommand.SubmitApplication a
                ? Applications.written(a.application())
                : command instanceof CohortCommand.UpdateApplication u ? Applications.written(u.application()) : null;
        String fingerprint = fingerprint(command, written);
        Receipt seen = model.receipts.get(command.key());
        if (seen != null) {
            if (seen.fingerprint.equals(fingerprint)) {
                return Outcome.accepted(seen.receipt());
            }
            return Outcome.refused(CohortReason.KEY_REUSED.reason("$.key", Figure.of("key", command.key())));
        }
        Instant now = clock.instant();
        model.decided = null;
        model.decidedLifecycles.clear();
        Outcome<List<CohortEvent>> decided = decide(command, written, now);
        if (decided.refused()) {
            LOG.debug("command {} {} refused: {}", command.type(), command.key(),
                    decided.reasons().stream().map(Reason::code).toList());
            return Outcome.refused(decided.reasons());
        }
        List<CohortEvent> events = decided.value().orElseThrow();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, Kazakhstan.ZONE);
        List<byte[]> payloads = new ArrayList<>();
        List<RecordedEvent<CohortEvent>> recorded = new ArrayList<>();
        byte[] prev = model.lastHash;
        long position = model.position;
        for (CohortEvent e : events) {
            JournalFormat.Encoded<CohortEvent> enc = EventCodec.FORMAT.encode(position++, command.key(), fingerprint, command.actor(), at, e, prev);
            payloads.add(enc.payload());
            recorded.add(enc.record());
            prev = enc.hash();
        }
        OptionalLong lost = EventCodec.FORMAT.append(store, model.position, payloads);
        if (lost.isPresent()) {
            // the decision may have touched the consultation book: rebuild from the journal
            model = replayAll();
            return Outcome.refused(CohortReason.CONCURRENT_WRITE.reason("$", Figure.of("position", lost.getAsLong()),
                    Figure.of("retryable", true)));
        }
        for (RecordedEvent<CohortEvent> r : recorded) {
            model.apply(r, true);
            tell(r);
        }
        return Outcome.accepted(model.receipts.get(command.key()).receipt());
    }

    /**
     * The working days this cohort books new consultations on (PRE-05): the calendar it was
     * created or opened on. Its deadlines (APP-10, DEF-11) count calendar days.
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Calls {@code follower} with every event of the journal once, in journal order: first those
     * recorded so far (read from the journal), then each one as the state takes it in (accepted
     * here or read from other writers). A reader that folds the journal as it grows, such as a
     * simulation's report, so reads each event once and never decodes the live ones again. The
     * follower is called while the cohort is locked and must not give the cohort commands.
     */
    public synchronized void follow(Consumer<RecordedEvent<CohortEvent>> follower) {
        Objects.requireNonNull(follower, "follower");
        catchUp();
        long recorded = model.position;
        for (RecordedEvent<CohortEvent> e : events(store)) {
            if (e.position() >= recorded) {
                break;
            }
            follower.accept(e);
        }
        followers.add(new Follower(follower, recorded));
    }

    /** Tells each follower an event the state has just taken in, unless it heard it before (a replay after a conflict). */
    private void tell(RecordedEvent<CohortEvent> e) {
        for (Follower f : followers) {
            if (e.position() >= f.next) {
                f.consumer.accept(e);
                f.next = e.position() + 1;
            }
        }
    }

    /** A follower and the position of the next event it has not heard. */
    private static final class Follower {
        private final Consumer<RecordedEvent<CohortEvent>> consumer;
        private long next;

        Follower(Consumer<RecordedEvent<CohortEvent>> consumer, long next) {
            this.consumer = consumer;
            this.next = next;
        }
    }

    /** Reads and applies what other writers appended since this cohort last looked. */
    public synchronized void refresh() {
        catchUp();
    }

    /** The read model now. */
    public synchronized CohortState state() {
        return model.snapshot();
    }

    /**
     * One project's view now, without building the whole state (a driver that decides project by
     * project, such as a simulation, reads its last command's effect here).
     */
    public synchronized Optional<ProjectView> view(String id) {
        Objects.requireNonNull(id, "id");
        ProjectRecord p = model.projects.get(id);
        return p == null ? Optional.empty() : Optional.of(model.view(p));
    }

    /** The methodology pinned at creation. */
    public synchronized Methodology methodology() {
        return model.methodology;
    }

    /** The journal position the state includes up to. */
    public synchronized long position() {
        return model.position;
    }

    /** The journal this cohort writes to. */
    public JournalStore store() {
        return store;
    }

    /**
     * Opens (creating if empty) the cohort's LIFTCOIN ledger (LFT-01..07) on a journal of its own,
     * with this cohort's clock; the caller closes it.
     */
    public Ledger openLedger(JournalStore ledgerStore, LedgerPolicy policy) {
        Objects.requireNonNull(ledgerStore, "ledgerStore");
        Objects.requireNonNull(policy, "policy");
        return Ledger.open(ledgerStore, policy, clock);
    }

    private void catchUp() {
        EventCodec.FORMAT.read(store, model.position, model.lastHash, r -> {
            model.apply(r, false);
            tell(r);
        });
    }

    private Model replayAll() {
        Model m = genesis();
        Model saved = model;
        model = m;
        try {
            catchUp();
        } finally {
            if (model != m) {
                model = saved;
            }
        }
        return m;
    }

    // a pinned methodology is read and validated once per JVM: cohorts under the same methodology
    // (a simulation's runs, a center's cohorts) share the immutable value, found by the SHA-256 of
    // the exact JSON just checked against the journal
    private static final int PINNED_KEPT = 16;
    private static final Map<String, Methodology> PINNED = new ConcurrentHashMap<>();

    private static Methodology pinned(String sha, String json) {
        Methodology known = PINNED.get(sha);
        if (known != null) {
            return known;
        }
        Outcome<Methodology> mr = Methodology.parse(json);
        if (!mr.accepted()) {
            throw new UnreadableEventException(0, LocalizedText.message(
                    "бекітілген әдістеме енді тексеруден өтпейді: {0} мәселе", "закреплённая методология больше не проходит проверку: проблем {0}",
                    "the pinned methodology no longer validates: {0} problem(s)", mr.reasons().size()));
        }
        if (PINNED.size() >= PINNED_KEPT) {
            PINNED.clear();
        }
        PINNED.put(sha, mr.orElseThrow());
        return mr.orElseThrow();
    }

    /** A model holding the journal's first event only, its pinned methodology checked. */
    private Model genesis() {
        List<StoredRecord> first = store.read(0, 1);
        if (first.isEmpty()) {
            throw new SaruarException("the journal " + store + " holds no cohort");
        }
        RecordedEvent<CohortEvent> genesis = EventCodec.FORMAT.decode(0, first.get(0).payload(), JournalFormat.genesisHash());
        if (!(genesis.event() instanceof CohortEvent.CohortCreated created)) {
            throw new UnreadableEventException(0, LocalizedText.message(
                    "бірінші оқиға — {0}, когортаның құрылуы (CohortCreated) емес",
                    "первое событие — {0}, а не создание когорты (CohortCreated)",
                    "the first event is {0}, not the cohort's creation (CohortCreated)", genesis.type()));
        }
        String sha = JournalFormat.hex(JournalFormat.sha256().digest(created.methodologyJson().getBytes(StandardCharsets.UTF_8)));
        if (!sha.equals(created.methodologySha256())) {
            throw new UnreadableEventException(0, LocalizedText.message("бекітілген әдістеме өзінің SHA-256 мәніне сай емес",
                    "закреплённая методология не совпадает со своим SHA-256", "the pinned methodology does not match its SHA-256"));
        }
        Model m = new Model(created, pinned(sha, created.methodologyJson()), keys, calendar);
        m.apply(genesis, false);
        return m;
    }

    /**
     * The latest valid snapshot and the journal's tail after it, or empty (with a warning logged)
     * when no snapshot matches the journal or the tail does not follow it: then a full replay runs.
     */
    private Optional<Model> fromSnapshot(CohortSnapshots snapshots) {
        Model fresh = genesis();
        Optional<Model> restored = SnapshotCodec.latest(snapshots, store, fresh, keys);
        if (restored.isEmpty()) {
            return Optional.empty();
        }
        Model m = restored.get();
        model = m;
        try {
            catchUp();
            return Optional.of(m);
        } catch (UnreadableEventException e) {
            // the tail may be damaged (a full replay will say where) or the snapshot inconsistent
            LOG.warn("the journal's tail after the snapshot at position {} does not replay ({}): replaying in full",
                    m.snapshotPosition, e.getMessage());
            model = null;
            return Optional.empty();
        }
    }

    // ---- deciding --------------------------------------------------------------------------

    /** Decides a command; {@code written} is an application command's application as JSON (else null). */
    private Outcome<List<CohortEvent>> decide(CohortCommand command, Applications.Written written, Instant now) {
        if (command instanceof CohortCommand.SubmitApplication c) {
            return submitApplication(c, written, now);
        } else if (command instanceof CohortCommand.UpdateApplication c) {
            return updateApplication(c, written, now);
        } else if (command instanceof CohortCommand.CheckEligibility c) {
            return checkEligibility(c, now);
        } else if (command instanceof CohortCommand.Lifecycle c) {
            return lifecycle(c, now);
        } else if (command instanceof CohortCommand.HoldDefense c) {
            return holdDefense(c, now);
        } else if (command instanceof CohortCommand.PublishAvailability c) {
            return role(c, "PUBLISH_AVAILABILITY", "PRE-05", ActorRole.EXPERT_GROUP, ActorRole.ORGANIZER)
                    .flatMap(ok -> model.consultations.publish(c, now)).map(List::of);
        } else if (command instanceof CohortCommand.BookConsultation c) {
            return bookConsultation(c, now);
        } else if (command instanceof CohortCommand.MarkConsultationHeld c) {
            return markHeld(c, now);
        } else if (command instanceof CohortCommand.CancelConsultation c) {
            return cancelConsultation(c, now);
        } else if (command instanceof CohortCommand.RecordConsultationNoShow c) {
            return noShow(c, now);
        } else if (command instanceof CohortCommand.IssueCertificates c) {
            return issueCertificates(c);
        } else if (command instanceof CohortCommand.ErasePersonalData c) {
            return erase(c);
        }
        throw new IllegalArgumentException("unknown command " + command.type());
    }

    private static Outcome<Boolean> role(CohortCommand c, String what, String rule, ActorRole... allowed) {
        Set<ActorRole> roles = EnumSet.copyOf(List.of(allowed));
        if (roles.contains(c.actor().role())) {
            return Outcome.accepted(true);
        }
        Reason r = CohortReason.ROLE_NOT_ALLOWED.reason("$.actor.role", Figure.of("role", c.actor().role().name()),
                Figure.of("command", what), Figure.of("allowed", roles.toString()));
        return Outcome.refused(new Reason(r.code(), List.of(RuleId.of(rule)), r.subject(), r.figures(), r.message()));
    }

    private Outcome<ProjectRecord> project(String id) {
        ProjectRecord r = model.projects.get(id);
        return r == null ? Outcome.refused(CohortReason.UNKNOWN_PROJECT.reason("$.project", Figure.of("project", id)))
                : Outcome.accepted(r);
    }

    private Outcome<List<CohortEvent>> submitApplication(CohortCommand.SubmitApplication c, Applications.Written w,
            Instant now) {
        Outcome<Boolean> role = role(c, "SUBMIT_APPLICATION", "APP-03", ActorRole.TEAM, ActorRole.ORGANIZER);
        if (role.refused()) {
            return Outcome.refused(role.reasons());
        }
        if (model.projects.containsKey(c.project())) {
            return Outcome.refused(CohortReason.PROJECT_EXISTS.reason("$.project", Figure.of("project", c.project())));
        }
        return Applications.validate(w, now).map(app -> {
            Applications.Sealed s = Applications.seal(c.project(), w, keys);
            model.decided = Applications.opened(c.project(), app);
            return List.of(new CohortEvent.ApplicationSubmitted(c.project(), s.application(), s.persons()));
        });
    }

    private Outcome<List<CohortEvent>> updateApplication(CohortCommand.UpdateApplication c, Applications.Written w,
            Instant now) {
        Outcome<Boolean> role = role(c, "UPDATE_APPLICATION", "APP-10", ActorRole.TEAM, ActorRole.ORGANIZER);
        if (role.refused()) {
            return Outcome.refused(role.reasons());
        }
        return project(c.project()).flatMap(p -> {
            ProjectState s = p.lifecycle.state();
            // APP-03 before preselection, APP-10 documents after the first interview, DEF-12 the
            // pre-acceleration record before the move to acceleration
            if (!EnumSet.of(ProjectState.APPLIED, ProjectState.INTERVIEWED, ProjectState.IN_PRE_ACCELERATION,
                    ProjectState.DEFENDED).contains(s)) {
                return Outcome.refused(CohortReason.UPDATE_NOT_ALLOWED.reason("project:" + c.project(),
                        Figure.of("state", s.name())));
            }
            List<Reason> erasedPersons = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            ids.add(Applications.applicantId(c.project()));
            for (int i = 0; i < c.application().team().size(); i++) {
                ids.add(Applications.memberId(c.project(), i));
            }
            for (String id : ids) {
                if (model.erased.contains(id)) {
                    erasedPersons.add(CohortReason.ALREADY_ERASED.reason("$.application", Figure.of("person", id)));
                }
            }
            if (!erasedPersons.isEmpty()) {
                // an erased person's id is never sealed again (its key is a tombstone)
                return Outcome.refused(erasedPersons);
            }
            return Applications.validate(w, now).map(app -> {
                Applications.Sealed sealed = Applications.seal(c.project(), w, keys);
                model.decided = Applications.opened(c.project(), app);
                return List.<CohortEvent>of(new CohortEvent.ApplicationUpdated(c.project(), sealed.application(),
                        sealed.persons()));
            });
        });
    }

    private Outcome<List<CohortEvent>> checkEligibility(CohortCommand.CheckEligibility c, Instant now) {
        Outcome<Boolean> role = role(c, "CHECK_ELIGIBILITY", "APP-08", ActorRole.ORGANIZER, ActorRole.EXPERT_GROUP);
        if (role.refused()) {
            return Outcome.refused(role.reasons());
        }
        if (!Applications.CHECKS.containsKey(c.check())) {
            return Outcome.refused(CohortReason.UNKNOWN_CHECK.reason("$.check", Figure.of("check", c.check()),
                    Figure.of("checks", String.join(", ", Applications.CHECKS.keySet()))));
        }
        return project(c.project()).map(p -> {
            EligibilityVerdict v = Applications.check(c.check(), p.application, model.methodology, now);
            return List.<CohortEvent>of(new CohortEvent.EligibilityRecorded(c.project(), c.check(), v.status(),
                    v.checks().stream().map(LifecycleCommandJson::checkLine).toList()));
        });
    }

    private Outcome<List<CohortEvent>> lifecycle(CohortCommand.Lifecycle c, Instant now) {
        if (c.command() instanceof Commands.RecordDefense) {
            return Outcome.refused(CohortReason.DEFENSE_THROUGH_SESSION.reason("$.command"));
        }
        return project(c.project()).flatMap(p -> {
            LifecycleCommand completed = Lifecycles.complete(c.command(), model.methodology, p.application, p.defenseDate,
                    now);
            return Lifecycles.decide(p.lifecycle, completed, c.actor(), now, model.decidedLifecycles)
                    .map(List::<CohortEvent>of);
        });
    }

    private Outcome<List<CohortEvent>> holdDefense(CohortCommand.HoldDefense c, Instant now) {
        Outcome<Boolean> role = role(c, "HOLD_DEFENSE", "DEF-09", ActorRole.JURY);
        if (role.refused()) {
            return Outcome.refused(role.reasons());
        }
        List<Reason> unknown = new ArrayList<>();
        List<Defenses.Defending> defending = new ArrayList<>();
        for (String id : new LinkedHashSet<>(c.projects())) {
            ProjectRecord p = model.projects.get(id);
            if (p == null) {
                unknown.add(CohortReason.UNKNOWN_PROJECT.reason("$.projects", Figure.of("project", id)));
            } else {
                defending.add(new Defenses.Defending(id, p.application.form().projectName(), p.submittedAt, p.persons,
                        p.lifecycle));
            }
        }
        if (!unknown.isEmpty()) {
            return Outcome.refused(unknown);
        }
        return Defenses.decide(c, defending, model.methodology, "D" + (model.defenses.size() + 1), now,
                model.decidedLifecycles);
    }

    private Outcome<List<CohortEvent>> bookConsultation(CohortCommand.BookConsultation c, Instant now) {
        Outcome<Boolean> role = role(c, "BOOK_CONSULTATION", "PRE-06", ActorRole.TEAM, ActorRole.MENTOR,
                ActorRole.EXPERT_GROUP);
        if (role.refused()) {
            return Outcome.refused(role.reasons());
        }
        return project(c.project()).flatMap(p -> {
            if (p.lifecycle.state() != ProjectState.IN_PRE_ACCELERATION) {
                return Outcome.refused(CohortReason.CONSULTATION_STATE.reason("project:" + c.project(),
                        Figure.of("project", c.project()), Figure.of("state", p.lifecycle.state().name())));
            }
            Initiator initiator = c.actor().role() == ActorRole.EXPERT_GROUP ? Initiator.EXPERT : Initiator.PROJECT;
            return model.consultations.book(c, initiator, now).map(List::of);
        });
    }

    private Outcome<List<CohortEvent>> markHeld(CohortCommand.MarkConsultationHeld c, Instant now) {
        return onConsultation(c, "MARK_CONSULTATION_HELD", c.consultation(), Outcome.accepted(true),
                ok -> model.consultations.held(c, now), ActorRole.EXPERT_GROUP, ActorRole.ORGANIZER, ActorRole.MENTOR);
    }

    private Outcome<List<CohortEvent>> cancelConsultation(CohortCommand.CancelConsultation c, Instant now) {
        return onConsultation(c, "CANCEL_CONSULTATION", c.consultation(), Outcome.accepted(true),
                ok -> model.consultations.cancel(c, now), ActorRole.TEAM, ActorRole.EXPERT_GROUP, ActorRole.ORGANIZER,
                ActorRole.MENTOR);
    }

    private Outcome<List<CohortEvent>> noShow(CohortCommand.RecordConsultationNoShow c, Instant now) {
        Outcome<NoShowParty> party;
        try {
            party = Outcome.accepted(NoShowParty.valueOf(c.party()));
        } catch (IllegalArgumentException e) {
            party = Outcome.refused(CohortReason.UNKNOWN_NO_SHOW_PARTY.reason("$.party", Figure.of("party", c.party())));
        }
        return onConsultation(c, "RECORD_CONSULTATION_NO_SHOW", c.consultation(), party,
                p -> model.consultations.noShow(c, p, now), ActorRole.EXPERT_GROUP, ActorRole.ORGANIZER, ActorRole.MENTOR);
    }

    /**
     * A command on a booked consultation (PRE-06), refused in this order: the actor's role, what
     * {@code ready} refuses, an unknown consultation; otherwise the one event {@code decide} decides.
     */
    private <T> Outcome<List<CohortEvent>> onConsultation(CohortCommand c, String what, String consultation,
            Outcome<T> ready, Function<T, Outcome<CohortEvent>> decide, ActorRole... allowed) {
        return role(c, what, "PRE-06", allowed).flatMap(ok -> ready).flatMap(t -> model.consultations.exists(consultation)
                ? decide.apply(t).map(List::of)
                : Outcome.refused(CohortReason.UNKNOWN_CONSULTATION.reason("$.consultation",
                        Figure.of("consultation", consultation))));
    }

    private Outcome<List<CohortEvent>> issueCertificates(CohortCommand.IssueCertificates c) {
        Outcome<Boolean> role = role(c, "ISSUE_CERTIFICATES", "DEF-10", ActorRole.ORGANIZER);
        if (role.refused()) {
            return Outcome.refused(role.reasons());
        }
        return project(c.project()).flatMap(p -> Certification.decide(c, p.id, p.application.form().projectName(),
                p.submittedAt, p.lifecycle.state(), p.persons, p.certificates, model.methodology)).map(List::of);
    }

    private Outcome<List<CohortEvent>> erase(CohortCommand.ErasePersonalData c) {
        Outcome<Boolean> role = role(c, "ERASE_PERSONAL_DATA", "APP-03", ActorRole.ORGANIZER);
        if (role.refused()) {
            return Outcome.refused(role.reasons());
        }
        String project = model.personProject.get(c.person());
        if (project == null) {
            return Outcome.refused(CohortReason.UNKNOWN_PERSON.reason("$.person", Figure.of("person", c.person())));
        }
        if (model.erased.contains(c.person())) {
            return Outcome.refused(CohortReason.ALREADY_ERASED.reason("$.person", Figure.of("person", c.person())));
        }
        // the key goes first: once deleted, no crash can leave the data readable
        keys.erase(c.person());
        return Outcome.accepted(List.of(new CohortEvent.PersonalDataErased(c.person())));
    }

    // ---- fingerprints ------------------------------------------------------------------------

    /** The fingerprint, with an application command's application already {@code written} (else null). */
    static String fingerprint(CohortCommand c, Applications.Written written) {
        ObjectNode tree = CohortJson.MAPPER.createObjectNode();
        tree.put("type", c.type());
        tree.put("actor", c.actor().id() + "/" + c.actor().role());
        if (c instanceof CohortCommand.SubmitApplication s) {
            tree.put("project", s.project());
            tree.put("application", written.withoutPersonalData());
        } else if (c instanceof CohortCommand.UpdateApplication s) {
            tree.put("project", s.project());
            tree.put("application", written.withoutPersonalData());
        } else if (c instanceof CohortCommand.Lifecycle l) {
            tree.put("project", l.project());
            tree.set("command", LifecycleCommandJson.write(l.command()));
        } else {
            // written in place when the fingerprint is: the bytes valueToTree's tree would give
            // (CommandFingerprintProperties; no command has a BigDecimal, which a tree would strip
            // of trailing zeros), without building that tree for every command
            tree.putPOJO("command", c);
        }
        return fingerprintOf(c.type(), tree);
    }

    private static String fingerprintOf(String type, Object value) {
        return EventCodec.FORMAT.fingerprint(type, value);
    }

    // ---- the model --------------------------------------------------------------------------

    record Receipt(String fingerprint, CohortReceipt receipt) {
    }

    /** A recorded consultation event, kept so that a snapshot can rebuild the consultation book. */
    record ConsultationEntry(long position, Instant at, CohortEvent event) {
    }

    /** A project as the model keeps it, mutable inside the model only. */
    static final class ProjectRecord {
        final String id;
        final Instant submittedAt;
        /**
         * The recorded application without personal data, as compact JSON: read again only when a
         * person is erased or a snapshot is written, so kept as one array rather than a tree of
         * hundreds of small objects per project (a national intake keeps ten thousand of them).
         */
        private byte[] applicationJson;
        List<CohortEvent.SealedPerson> sealed;
        Instant applicationAt;
        ProjectApplication application;
        List<PersonView> persons;
        /** Whether each sealed person's data was opened into {@link #application} (its key was there). */
        List<Boolean> opened;
        ProjectLifecycle lifecycle;
        final Map<String, CheckStatus> eligibility = new LinkedHashMap<>();
        Optional<LocalDate> defenseDate = Optional.empty();
        final List<CohortEvent.CertificatesIssued> certificates = new ArrayList<>();

        ProjectRecord(String id, Instant submittedAt) {
            this.id = id;
            this.submittedAt = submittedAt;
        }

        /** The recorded application without personal data: a fresh tree the caller may change. */
        ObjectNode applicationTree() {
            try {
                return (ObjectNode) CohortJson.MAPPER.readTree(applicationJson);
            } catch (IOException e) {
                throw new SaruarException("cannot read back the application " + id + " the model wrote", e);
            }
        }

        void applicationTree(ObjectNode tree) {
            try {
                applicationJson = CohortJson.MAPPER.writeValueAsBytes(tree);
            } catch (JsonProcessingException e) {
                throw new SaruarException("cannot write the application " + id + " as JSON", e);
            }
        }
    }

    static final class Model {
        final CohortEvent.CohortCreated created;
        final Methodology methodology;
        final PersonKeys keys;
        final WorkingCalendar calendar;
        final Consultations consultations;
        final Map<String, ProjectRecord> projects = new LinkedHashMap<>();
        final Map<String, Receipt> receipts = new HashMap<>();
        final Map<String, String> personProject = new HashMap<>();
        final Set<String> erased = new LinkedHashSet<>();
        final List<String> defenses = new ArrayList<>();
        final List<ConsultationEntry> consultationLog = new ArrayList<>();
        long position;
        /** The position of the snapshot this model was restored from; 0 when replayed from the start. */
        long snapshotPosition;
        byte[] lastHash = JournalFormat.genesisHash();
        /** The application the last accepted Submit/UpdateApplication decided, as its live event opens it. */
        Applications.Opened decided;
        /** The projects after the lifecycle events the command being submitted decided, under those events. */
        final Map<CohortEvent, ProjectLifecycle> decidedLifecycles = new IdentityHashMap<>();
        private CohortState snapshot;

        Model(CohortEvent.CohortCreated created, Methodology methodology, PersonKeys keys, WorkingCalendar calendar) {
            this.created = created;
            this.methodology = methodology;
            this.keys = keys;
            this.calendar = calendar;
            this.consultations = new Consultations(methodology, calendar);
        }

        void apply(RecordedEvent<CohortEvent> r, boolean live) {
            if (r.position() != position) {
                throw new UnreadableEventException(r.position(), LocalizedText.message("{0}-орындағы жазба күтілген еді",
                        "ожидалась запись на позиции {0}", "expected the record at {0}", position));
            }
            Instant at = r.at().toInstant();
            CohortEvent e = r.event();
            if (e instanceof CohortEvent.CohortCreated) {
                if (position != 0) {
                    throw new UnreadableEventException(r.position(), LocalizedText.message(
                            "когорта екінші рет құрылған (екінші CohortCreated оқиғасы)",
                            "когорта создана второй раз (второе событие CohortCreated)",
                            "the cohort created a second time (a second CohortCreated)"));
                }
            } else if (e instanceof CohortEvent.ApplicationSubmitted s) {
                if (projects.containsKey(s.project())) {
                    throw new UnreadableEventException(r.position(), LocalizedText.message("{0} жобасы екі рет тапсырылған",
                            "проект {0} подан дважды", "the project {0} is submitted twice", s.project()));
                }
                ProjectRecord p = new ProjectRecord(s.project(), at);
                p.lifecycle = ProjectLifecycle.submit(s.project(), r.actor(), Clock.fixed(at, Kazakhstan.ZONE), methodology);
                setApplication(p, s.application(), s.persons(), at, r.position(), live ? decided : null);
                projects.put(p.id, p);
            } else if (e instanceof CohortEvent.ApplicationUpdated u) {
                setApplication(known(u.project(), r), u.application(), u.persons(), at, r.position(), live ? decided : null);
            } else if (e instanceof CohortEvent.EligibilityRecorded v) {
                known(v.project(), r).eligibility.put(v.check(), v.status());
            } else if (e instanceof CohortEvent.LifecycleRecorded l) {
                ProjectRecord p = known(l.project(), r);
                // a live event's project was just decided from it (Lifecycles.decide): not replayed again
                ProjectLifecycle known = live ? decidedLifecycles.remove(l) : null;
                p.lifecycle = known != null ? known : Lifecycles.replay(p.lifecycle, l, r.actor(), at, r.position());
            } else if (e instanceof CohortEvent.DefenseHeld d) {
                defenses.add(d.session());
                for (CohortEvent.DecisionLine line : d.decisions()) {
                    known(line.project(), r).defenseDate = Optional.of(d.date());
                }
            } else if (e instanceof CohortEvent.CertificatesIssued c) {
                known(c.project(), r).certificates.add(c);
            } else if (e instanceof CohortEvent.PersonalDataErased x) {
                String project = personProject.get(x.person());
                if (project == null) {
                    throw new UnreadableEventException(r.position(), LocalizedText.message("белгісіз тұлғаның деректері өшірілген",
                            "удалены данные неизвестного лица", "erasure of an unknown person"));
                }
                erased.add(x.person());
                ProjectRecord p = projects.get(project);
                setApplication(p, p.applicationTree(), p.sealed, p.applicationAt, r.position(), null);
            } else if (Consultations.isConsultationEvent(e)) {
                if (!live) {
                    consultations.replay(e, at, r.position());
                }
                consultationLog.add(new ConsultationEntry(r.position(), at, e));
            }
            Receipt seen = receipts.get(r.key());
            if (seen == null) {
                receipts.put(r.key(), new Receipt(r.command(), new CohortReceipt(r.key(),
                        r.command().substring(0, Math.max(0, r.command().indexOf(':'))), r.position(), List.of(r.type()))));
            } else {
                List<String> types = new ArrayList<>(seen.receipt().events());
                types.add(r.type());
                receipts.put(r.key(), new Receipt(seen.fingerprint(), new CohortReceipt(r.key(), seen.receipt().command(),
                        seen.receipt().firstPosition(), types)));
            }
            position = r.position() + 1;
            lastHash = JournalFormat.unhex(r.hash());
            snapshot = null;
        }

        private ProjectRecord known(String project, RecordedEvent<CohortEvent> r) {
            ProjectRecord p = projects.get(project);
            if (p == null) {
                throw new UnreadableEventException(r.position(), LocalizedText.message("{0} белгісіз {1} жобасына жатады",
                        "{0} относится к неизвестному проекту {1}", "{0} of an unknown project {1}", r.type(), project));
            }
            return p;
        }

        /** {@code known}: the application a live decision just read, or null to open it from the event. */
        void setApplication(ProjectRecord p, ObjectNode tree, List<CohortEvent.SealedPerson> sealed, Instant at,
                long position, Applications.Opened known) {
            // a live event's application was just read and validated by the decision: not read again
            Applications.Opened o = known != null && known.project().equals(p.id) ? known
                    : Applications.open(tree, sealed, keys, at, position);
            decided = null;
            p.applicationTree(tree);
            p.sealed = sealed;
            p.applicationAt = at;
            p.application = o.application();
            List<PersonView> views = new ArrayList<>();
            p.opened = o.persons().stream().map(v -> v.data().isPresent()).toList();
            for (PersonView v : o.persons()) {
                // an erased person reads as erased even if a key store kept a copy of the key
                views.add(erased.contains(v.personId()) ? new PersonView(v.personId(), v.path(), Optional.empty()) : v);
                personProject.put(v.personId(), p.id);
            }
            p.persons = views;
        }

        ProjectView view(ProjectRecord p) {
            ProjectLifecycle l = p.lifecycle;
            List<CertificateView> certs = new ArrayList<>();
            for (CohortEvent.CertificatesIssued c : p.certificates) {
                for (String h : c.holders()) {
                    String name = p.persons.stream().filter(v -> v.personId().equals(h)).findFirst()
                            .map(PersonView::displayName).orElse(p.application.form().projectName());
                    certs.add(new CertificateView(p.id, c.kind(), h, name, c.from(), c.to()));
                }
            }
            return new ProjectView(p.id, p.application.form().projectName(), l.state(), p.submittedAt,
                    p.application, p.persons, p.eligibility, l.rejection(), l.defense(), p.defenseDate,
                    l.accelerationApplication(), l.mentorRecommended(), l.characteristic(), l.ambassadorSteps(),
                    consultations.held(p.id), certs, l.events().size());
        }

        /** The methodology's deadlines (APP-10, DEF-11 are calendar days; the calendar serves the others). */
        private Deadlines deadlines() {
            return new Deadlines(calendar, DeadlineRules.from(methodology.intake(),
                    methodology.defense(), methodology.preAcceleration().consultations()), Kazakhstan.ZONE);
        }

        CohortState snapshot() {
            if (snapshot == null) {
                List<ProjectView> views = new ArrayList<>();
                List<PendingDeadline> deadlines = new ArrayList<>();
                Deadlines due = deadlines();
                for (ProjectRecord p : projects.values()) {
                    ProjectLifecycle l = p.lifecycle;
                    views.add(view(p));
                    if (l.state() == ProjectState.APPLIED || l.state() == ProjectState.PRESELECTED) {
                        deadlines.add(PendingDeadline.of(p.id, due.firstInterview(p.submittedAt)));
                    }
                    if (l.state() == ProjectState.DEFENDED && l.accelerationApplication().isEmpty() && p.defenseDate.isPresent()) {
                        deadlines.add(PendingDeadline.of(p.id, due.accelerationApplication(p.defenseDate.get())));
                    }
                }
                deadlines.sort(Comparator.comparing(PendingDeadline::due).thenComparing(PendingDeadline::project));
                snapshot = new CohortState(created.cohortId(), created.methodologyId(), created.methodologySha256(),
                        position, JournalFormat.hex(lastHash), views, consultations.lines(), defenses, erased, deadlines);
            }
            return snapshot;
        }
    }
}
