package kz.saruar.community.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import kz.saruar.community.CommunityReason;
import kz.saruar.community.collaboration.Collaboration;
import kz.saruar.community.collaboration.Collaborations;
import kz.saruar.community.impact.ImpactFile;
import kz.saruar.community.impact.ImpactReport;
import kz.saruar.community.impact.Indicator;
import kz.saruar.community.impact.Measurement;
import kz.saruar.community.impact.TheoryOfChange;
import kz.saruar.community.impact.TheoryOfChangeCheck;
import kz.saruar.community.consent.PairKind;
import kz.saruar.community.consent.PairingEvent;
import kz.saruar.community.consent.Pairings;
import kz.saruar.community.registry.Contact;
import kz.saruar.community.registry.DeclinedPair;
import kz.saruar.community.registry.Engagement;
import kz.saruar.community.registry.Expert;
import kz.saruar.community.registry.MatchingPolicy;
import kz.saruar.community.registry.ProjectRecord;
import kz.saruar.community.registry.Registry;
import kz.saruar.model.Arguments;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.SaruarException;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.journal.JournalVerification;
import kz.saruar.model.journal.UnreadableRecordException;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.model.privacy.PersonalDataCipher;
import kz.saruar.spi.storage.JournalStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A community's registries of experts and projects (PLT-01) and its pairings by mutual consent
 * (HUB-01, HUB-02, M II.2.2), kept as a hash-chained journal of {@link CommunityEvent}s on any
 * {@link JournalStore} — in memory, the embedded file store, PostgreSQL — in the cohort journal's
 * envelope and chain (docs/events.md, docs/community.md). {@link #open} replays the journal to the
 * same registries and pairings; {@link #verify} names the first tampered record.
 *
 * <p>Every command takes an idempotency key and an actor; it is decided on the state at the
 * journal's end and appended as one batch at that position (optimistic concurrency, LFT-06): a
 * refused command writes nothing, the same key again returns the first receipt, the same key with
 * another command is refused ({@code KEY_REUSED}), and a writer that lost a race is refused with a
 * retryable {@code CONCURRENT_WRITE}. Names and contacts ({@link Contact}) never enter the journal
 * in clear: each is sealed with AES-256-GCM under the person's key in {@link PersonKeys}, kept
 * apart; {@link #erasePersonalData} deletes the key, and the journal still verifies and replays.
 *
 * <p>Thread-safe: commands are decided one at a time.
 */
public final class CommunityJournal {
    private static final Logger LOG = LoggerFactory.getLogger(CommunityJournal.class);

    private final JournalStore store;
    private final Clock clock;
    private final PersonKeys keys;
    private State state;

    private CommunityJournal(JournalStore store, Clock clock, PersonKeys keys) {
        this.store = store;
        this.clock = clock;
        this.keys = keys;
    }

    /**
     * Opens a new community on an empty journal; refused ({@code COMMUNITY_EXISTS}) when the
     * journal already holds records.
     *
     * @param store the journal (the caller keeps ownership)
     * @param communityId the community's id, e.g. {@code almaty-hub}
     * @param policy the matching policy (HUB-01)
     * @param actor who opens it
     * @param clock the clock every command reads
     * @param keys where the per-person contact keys live
     */
    public static Outcome<CommunityJournal> create(JournalStore store, String communityId, MatchingPolicy policy,
            Actor actor, Clock clock, PersonKeys keys) {
        Arguments.nonNull("store", store, "communityId", communityId, "policy", policy, "actor", actor, "clock", clock,
                "keys", keys);
        if (communityId.isBlank()) {
            throw new IllegalArgumentException("community id is blank");
        }
        CommunityEvent created = new CommunityEvent.CommunityCreated(communityId, policy);
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), Kazakhstan.ZONE);
        OptionalLong held = CommunityEventCodec.FORMAT.create(store, "create:" + communityId,
                fingerprint("CreateCommunity", created), actor, at, created);
        if (held.isPresent()) {
            return Outcome.refused(CommunityReason.COMMUNITY_EXISTS.reason("$", Figure.of("records", held.getAsLong())));
        }
        CommunityJournal j = new CommunityJournal(store, clock, keys);
        j.state = j.replay();
        LOG.info("community {} created", communityId);
        return Outcome.accepted(j);
    }

    /**
     * Opens the community on a journal by replaying every event.
     *
     * @throws UnreadableRecordException naming the first record that cannot be read
     * @throws SaruarException if the journal is empty
     */
    public static CommunityJournal open(JournalStore store, Clock clock, PersonKeys keys) {
        Arguments.nonNull("store", store, "clock", clock, "keys", keys);
        CommunityEventCodec.FORMAT.requireCreated(store);
        CommunityJournal j = new CommunityJournal(store, clock, keys);
        j.state = j.replay();
        return j;
    }

    /** Checks the whole journal's hash chain and schema without opening it: the first bad record, if any. */
    public static JournalVerification verify(JournalStore store) {
        return CommunityEventCodec.FORMAT.verify(store);
    }

    /**
     * Every recorded event, in order.
     *
     * @throws UnreadableRecordException naming the first record that cannot be read
     */
    public static List<RecordedEvent<CommunityEvent>> events(JournalStore store) {
        return CommunityEventCodec.FORMAT.events(store);
    }

    // ---- commands ---------------------------------------------------------------------------

    /**
     * Records a whole registry (PLT-01) — its experts, projects and declined pairs — as one batch,
     * e.g. a registry file read with {@link Registry#read}; refused when an identifier is already
     * registered.
     */
    public Outcome<CommunityReceipt> importRegistry(String key, Actor actor, Registry registry) {
        Objects.requireNonNull(registry, "registry");
        List<Command> events = new ArrayList<>();
        registry.projects().forEach(p -> events.add(Command.project(CommunityEvent.ProjectRegistered::new, p)));
        registry.experts().forEach(e -> events.add(Command.expert(CommunityEvent.ExpertRegistered::new, e)));
        registry.declined().forEach(d -> events.add(Command.plain(new CommunityEvent.DeclinedPairRecorded(d))));
        return submit(key, actor, "ImportRegistry", events);
    }

    /** Registers an expert (PLT-01); refused for a known id, load above capacity, pro bono without company, unknown conflicts. */
    public Outcome<CommunityReceipt> registerExpert(String key, Actor actor, Expert expert) {
        return submit(key, actor, "RegisterExpert", List.of(Command.expert(CommunityEvent.ExpertRegistered::new, expert)));
    }

    /** Replaces a registered expert's entry (PLT-01), e.g. the month's load; the same checks. */
    public Outcome<CommunityReceipt> updateExpert(String key, Actor actor, Expert expert) {
        return submit(key, actor, "UpdateExpert", List.of(Command.expert(CommunityEvent.ExpertUpdated::new, expert)));
    }

    /** Registers a project (PLT-01); refused for a known id. */
    public Outcome<CommunityReceipt> registerProject(String key, Actor actor, ProjectRecord project) {
        return submit(key, actor, "RegisterProject", List.of(Command.project(CommunityEvent.ProjectRegistered::new, project)));
    }

    /** Replaces a registered project's entry (PLT-01), e.g. its stage or ambassador status. */
    public Outcome<CommunityReceipt> updateProject(String key, Actor actor, ProjectRecord project) {
        return submit(key, actor, "UpdateProject", List.of(Command.project(CommunityEvent.ProjectUpdated::new, project)));
    }

    /**
     * Records a pairing step (M II.2.2, HUB-01, HUB-02) made with {@link Pairings#propose},
     * {@link Pairings#consent} or {@link Pairings#decline} on {@link #pairings()}; refused as
     * {@link Pairings#check} refuses it, or when a mentoring pair names an unregistered expert or project.
     */
    public Outcome<CommunityReceipt> recordPairing(String key, Actor actor, PairingEvent pairing) {
        Objects.requireNonNull(pairing, "pairing");
        CommunityEvent e;
        if (pairing instanceof PairingEvent.Proposed p) {
            e = new CommunityEvent.PairProposed(p);
        } else if (pairing instanceof PairingEvent.Consented c) {
            e = new CommunityEvent.PairConsented(c);
        } else {
            e = new CommunityEvent.PairDeclined((PairingEvent.Declined) pairing);
        }
        return submit(key, actor, "RecordPairing", List.of(Command.plain(e)));
    }

    /**
     * Records a collaboration (HUB-05) between registered projects, or a registered project and a
     * registered expert; refused when a party is not registered or the collaboration is malformed
     * (as {@link Collaborations#of} refuses it).
     */
    public Outcome<CommunityReceipt> recordCollaboration(String key, Actor actor, Collaboration collaboration) {
        Objects.requireNonNull(collaboration, "collaboration");
        return submit(key, actor, "RecordCollaboration",
                List.of(Command.plain(new CommunityEvent.CollaborationRecorded(collaboration))));
    }

    /**
     * Records or replaces a registered project's theory of change (HUB-03); refused as
     * {@link TheoryOfChangeCheck#check(TheoryOfChange, String)} refuses it, or for an unregistered project.
     */
    public Outcome<CommunityReceipt> recordTheory(String key, Actor actor, TheoryOfChange theory) {
        Objects.requireNonNull(theory, "theory");
        return submit(key, actor, "RecordTheory", List.of(Command.plain(new CommunityEvent.TheoryRecorded(theory))));
    }

    /**
     * Records a measurement of an indicator of a project's recorded theory (HUB-03); refused for an
     * unknown theory or indicator, a unit other than the indicator's, a date outside the project's life.
     */
    public Outcome<CommunityReceipt> recordMeasurement(String key, Actor actor, String project, String indicator,
            Measurement measurement) {
        return submit(key, actor, "RecordMeasurement",
                List.of(Command.plain(new CommunityEvent.MeasurementRecorded(project, indicator, measurement))));
    }

    /**
     * Erases a person's name and contacts (PLT-01 as APP-03): deletes the key, then records
     * {@code PersonalDataErased}. The person is {@link #expertPerson} or {@link #leadPerson}.
     */
    public synchronized Outcome<CommunityReceipt> erasePersonalData(String key, Actor actor, String person) {
        Objects.requireNonNull(person, "person");
        // the key is deleted for good: every misuse and every refusal comes before it, on the journal
        // as other writers left it; a second erasure is refused here, not by the state's check,
        // which replays journals that may hold one
        return submit(key, actor, "ErasePersonalData", List.of(Command.plain(new CommunityEvent.PersonalDataErased(person))),
                s -> s.erased.contains(person)
                        ? List.of(CommunityReason.ALREADY_ERASED.reason("person", Figure.of("id", person))) : List.of(),
                () -> keys.erase(person));
    }

    /** The person id under which an expert's contact is sealed. */
    public static String expertPerson(String expertId) {
        return "expert/" + Objects.requireNonNull(expertId, "expertId");
    }

    /** The person id under which a project lead's contact is sealed. */
    public static String leadPerson(String projectId) {
        return "project/" + Objects.requireNonNull(projectId, "projectId") + "/lead";
    }

    // ---- views ------------------------------------------------------------------------------

    /** The community's id. */
    public synchronized String communityId() {
        return state.communityId;
    }

    /**
     * The registries as recorded (PLT-01), with the pairs declined before and those declined in
     * the journal, so that {@code MentorMatcher.of(journal.registry())} never proposes them again.
     */
    public synchronized Registry registry() {
        return Registry.of(List.copyOf(state.experts.values()), List.copyOf(state.projects.values()), state.policy,
                state.declined);
    }

    /** The pairs and their states (M II.2.2). */
    public synchronized Pairings pairings() {
        return state.pairings;
    }

    /** The theories of change recorded (HUB-03) with their measurements, for {@link ImpactReport#of}. */
    public synchronized ImpactFile theories() {
        return new ImpactFile(1, List.copyOf(state.theories.values()));
    }

    /** The collaborations recorded (HUB-05), in the order they were recorded, to count in reports. */
    public synchronized Collaborations collaborations() {
        // each was accepted by Collaborations.of when it was recorded
        return Collaborations.of(List.copyOf(state.collaborations)).orElseThrow();
    }

    /** The position the next event will get (the number of records). */
    public synchronized long position() {
        return state.position;
    }

    /** The hash of the last record, hex. */
    public synchronized String headHash() {
        return JournalFormat.hex(state.head);
    }

    @Override
    public synchronized String toString() {
        return "CommunityJournal[" + state.communityId + ", " + state.position + " records]";
    }

    // ---- deciding and appending -------------------------------------------------------------

    /** An event to record, with the contact to seal into it. */
    private record Command(CommunityEvent event, Optional<Contact> contact) {
        /** An event without personal data. */
        static Command plain(CommunityEvent event) {
            return new Command(event, Optional.empty());
        }

        /** An expert's entry as {@code event} records it: contact erased, to be sealed apart. */
        static Command expert(BiFunction<Expert, Optional<String>, CommunityEvent> event, Expert expert) {
            Objects.requireNonNull(expert, "expert");
            return new Command(event.apply(expert.withContactErased(), Optional.empty()), Optional.of(expert.contact()));
        }

        /** A project's entry as {@code event} records it: lead erased, to be sealed apart. */
        static Command project(BiFunction<ProjectRecord, Optional<String>, CommunityEvent> event, ProjectRecord project) {
            Objects.requireNonNull(project, "project");
            return new Command(event.apply(project.withLeadErased(), Optional.empty()), Optional.of(project.lead()));
        }
    }

    private Optional<Outcome<CommunityReceipt>> repeated(String key, String fingerprint) {
        State.Receipt r = state.receipts.get(key);
        if (r == null) {
            return Optional.empty();
        }
        if (r.receipt().command().equals(fingerprint)) {
            return Optional.of(Outcome.accepted(r.receipt()));
        }
        return Optional.of(Outcome.refused(CommunityReason.KEY_REUSED.reason("key", Figure.of("key", key))));
    }

    private static void requireKeyAndActor(String key, Actor actor) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(actor, "actor");
        if (key.isBlank()) {
            throw new IllegalArgumentException("idempotency key is blank");
        }
    }

    private synchronized Outcome<CommunityReceipt> submit(String key, Actor actor, String commandType, List<Command> commands) {
        return submit(key, actor, commandType, commands, s -> List.of(), () -> { });
    }

    /**
     * As {@link #submit(String, Actor, String, List)}, with {@code refuse}'s further refusals on the
     * state the commands would follow (asked only when the state's own checks pass), and
     * {@code beforeAppend} run once nothing is refused, just before the append.
     */
    private synchronized Outcome<CommunityReceipt> submit(String key, Actor actor, String commandType, List<Command> commands,
            Function<State, List<Reason>> refuse, Runnable beforeAppend) {
        requireKeyAndActor(key, actor);
        catchUp();
        String fingerprint = fingerprint(commandType, commands.stream().map(Command::event).toList());
        Optional<Outcome<CommunityReceipt>> repeated = repeated(key, fingerprint);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        State next = state.copy();
        List<Reason> reasons = new ArrayList<>();
        List<CommunityEvent> sealed = new ArrayList<>();
        for (Command c : commands) {
            List<Reason> r = next.check(c.event());
            if (!r.isEmpty()) {
                reasons.addAll(r);
                continue;
            }
            CommunityEvent e = seal(next, c);
            sealed.add(e);
            next.apply(e, c.contact().filter(x -> !erasedContact(x)).filter(x -> !next.erased.contains(personOf(e))));
        }
        if (reasons.isEmpty()) {
            reasons.addAll(refuse.apply(state));
        }
        if (!reasons.isEmpty()) {
            return Outcome.refused(reasons);
        }
        beforeAppend.run();
        long first = state.position;
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), Kazakhstan.ZONE);
        List<byte[]> payloads = new ArrayList<>();
        byte[] prev = state.head;
        for (int i = 0; i < sealed.size(); i++) {
            JournalFormat.Encoded<CommunityEvent> enc = CommunityEventCodec.FORMAT.encode(first + i, key, fingerprint, actor, at, sealed.get(i), prev);
            payloads.add(enc.payload());
            prev = enc.hash();
        }
        OptionalLong lost = CommunityEventCodec.FORMAT.append(store, first, payloads);
        if (lost.isPresent()) {
            catchUp();
            return Outcome.refused(CommunityReason.CONCURRENT_WRITE.reason("$", Figure.of("position", lost.getAsLong()),
                    Figure.of("retryable", true)));
        }
        CommunityReceipt receipt = new CommunityReceipt(key, fingerprint, first, sealed.size());
        next.position = first + sealed.size();
        next.head = prev;
        next.receipts.put(key, new State.Receipt(receipt));
        state = next;
        return Outcome.accepted(receipt);
    }

    /** The event with its contact sealed under the person's key (none when absent, erased or empty). */
    private CommunityEvent seal(State s, Command c) {
        String person = personOf(c.event());
        if (person.isEmpty() || c.contact().isEmpty() || erasedContact(c.contact().get()) || s.erased.contains(person)) {
            return c.event();
        }
        byte[] json;
        try {
            json = CommunityEventCodec.MAPPER.writeValueAsBytes(c.contact().get());
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write a contact as JSON", e);
        }
        Optional<String> sealed = Optional.of(PersonalDataCipher.seal(keys.keyFor(person), person, json));
        CommunityEvent e = c.event();
        if (e instanceof CommunityEvent.ExpertRegistered x) {
            return new CommunityEvent.ExpertRegistered(x.expert(), sealed);
        }
        if (e instanceof CommunityEvent.ExpertUpdated x) {
            return new CommunityEvent.ExpertUpdated(x.expert(), sealed);
        }
        if (e instanceof CommunityEvent.ProjectRegistered x) {
            return new CommunityEvent.ProjectRegistered(x.project(), sealed);
        }
        CommunityEvent.ProjectUpdated x = (CommunityEvent.ProjectUpdated) e;
        return new CommunityEvent.ProjectUpdated(x.project(), sealed);
    }

    private static boolean erasedContact(Contact c) {
        return c.name().isEmpty() && c.email().isEmpty() && c.phone().isEmpty();
    }

    /** The person whose contact the event carries, or "" for none. */
    private static String personOf(CommunityEvent e) {
        if (e instanceof CommunityEvent.ExpertRegistered x) {
            return expertPerson(x.expert().id());
        }
        if (e instanceof CommunityEvent.ExpertUpdated x) {
            return expertPerson(x.expert().id());
        }
        if (e instanceof CommunityEvent.ProjectRegistered x) {
            return leadPerson(x.project().id());
        }
        if (e instanceof CommunityEvent.ProjectUpdated x) {
            return leadPerson(x.project().id());
        }
        return "";
    }

    private static Optional<String> sealedOf(CommunityEvent e) {
        if (e instanceof CommunityEvent.ExpertRegistered x) {
            return x.sealedContact();
        }
        if (e instanceof CommunityEvent.ExpertUpdated x) {
            return x.sealedContact();
        }
        if (e instanceof CommunityEvent.ProjectRegistered x) {
            return x.sealedLead();
        }
        if (e instanceof CommunityEvent.ProjectUpdated x) {
            return x.sealedLead();
        }
        return Optional.empty();
    }

    /** The contact sealed in a replayed event, if its key still exists and opens it. */
    private Optional<Contact> unseal(CommunityEvent e) {
        String person = personOf(e);
        Optional<String> sealed = sealedOf(e);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        return keys.find(person).flatMap(k -> PersonalDataCipher.open(k, person, sealed.get())).map(b -> {
            try {
                return CommunityEventCodec.MAPPER.readValue(b, Contact.class);
            } catch (IOException x) {
                throw new SaruarException("a sealed contact of " + person + " is not a contact", x);
            }
        });
    }

    private void catchUp() {
        CommunityEventCodec.FORMAT.read(store, state.position, state.head, e -> {
            replayOne(state, e);
            state.position = e.position() + 1;
            state.head = JournalFormat.unhex(e.hash());
        });
    }

    /** Replays the whole journal into a fresh state (when the journal is opened). */
    private State replay() {
        state = new State();
        catchUp();
        return state;
    }

    private void replayOne(State s, RecordedEvent<CommunityEvent> r) {
        CommunityEvent e = r.event();
        if (r.position() == 0 != e instanceof CommunityEvent.CommunityCreated) {
            throw CommunityEventCodec.FORMAT.misplacedFirst(r.position());
        }
        List<Reason> refused = s.check(e);
        if (!refused.isEmpty()) {
            throw CommunityEventCodec.FORMAT.unreadable(r.position(), LocalizedText.message(
                    "{0} алдындағы күйге қолданылмайды: {1}", "{0} не применяется к состоянию перед ним: {1}",
                    "{0} does not apply to the state before it: {1}", r.type(), refused.get(0).code()));
        }
        s.apply(e, unseal(e));
        State.Receipt old = s.receipts.get(r.key());
        if (old == null) {
            s.receipts.put(r.key(), new State.Receipt(new CommunityReceipt(r.key(), r.command(), r.position(), 1)));
        } else {
            CommunityReceipt o = old.receipt();
            s.receipts.put(r.key(), new State.Receipt(new CommunityReceipt(o.key(), o.command(), o.firstPosition(), o.events() + 1)));
        }
    }

    private static String fingerprint(String type, Object value) {
        return CommunityEventCodec.FORMAT.fingerprint(type, value);
    }

    // ---- the state --------------------------------------------------------------------------

    /** The replayed state; copied for a decision, replaced when the batch is appended. */
    private static final class State {
        /** A command's receipt, as rebuilt from the envelopes. */
        private record Receipt(CommunityReceipt receipt) {
        }

        String communityId = "";
        MatchingPolicy policy = MatchingPolicy.DEFAULT;
        final Map<String, Expert> experts = new LinkedHashMap<>();
        final Map<String, ProjectRecord> projects = new LinkedHashMap<>();
        final List<DeclinedPair> declined = new ArrayList<>();
        final List<Collaboration> collaborations = new ArrayList<>();
        final Map<String, TheoryOfChange> theories = new LinkedHashMap<>();
        Pairings pairings = Pairings.empty();
        final Set<String> erased = new HashSet<>();
        final Map<String, Receipt> receipts = new HashMap<>();
        long position;
        byte[] head = JournalFormat.genesisHash();

        State copy() {
            State s = new State();
            s.communityId = communityId;
            s.policy = policy;
            s.experts.putAll(experts);
            s.projects.putAll(projects);
            s.declined.addAll(declined);
            s.collaborations.addAll(collaborations);
            s.theories.putAll(theories);
            s.pairings = pairings;
            s.erased.addAll(erased);
            s.receipts.putAll(receipts);
            s.position = position;
            s.head = head;
            return s;
        }

        boolean knowsPerson(String person) {
            return experts.keySet().stream().anyMatch(id -> expertPerson(id).equals(person))
                    || projects.keySet().stream().anyMatch(id -> leadPerson(id).equals(person));
        }

        /** Why the event may not be applied here; empty when it may. */
        List<Reason> check(CommunityEvent e) {
            List<Reason> r = new ArrayList<>();
            if (e instanceof CommunityEvent.ExpertRegistered x) {
                if (experts.containsKey(x.expert().id())) {
                    r.add(CommunityReason.DUPLICATE_ID.reason("expert:" + x.expert().id(), Figure.of("id", x.expert().id())));
                }
                checkExpert(x.expert(), r);
            } else if (e instanceof CommunityEvent.ExpertUpdated x) {
                if (!experts.containsKey(x.expert().id())) {
                    r.add(CommunityReason.UNKNOWN_REFERENCE.reason("expert:" + x.expert().id(), Figure.of("id", x.expert().id())));
                }
                checkExpert(x.expert(), r);
            } else if (e instanceof CommunityEvent.ProjectRegistered x) {
                if (projects.containsKey(x.project().id())) {
                    r.add(CommunityReason.DUPLICATE_ID.reason("project:" + x.project().id(), Figure.of("id", x.project().id())));
                }
            } else if (e instanceof CommunityEvent.ProjectUpdated x) {
                if (!projects.containsKey(x.project().id())) {
                    r.add(CommunityReason.UNKNOWN_REFERENCE.reason("project:" + x.project().id(), Figure.of("id", x.project().id())));
                }
            } else if (e instanceof CommunityEvent.DeclinedPairRecorded x) {
                requireProject(x.pair().project(), r);
                requireExpert(x.pair().expert(), r);
            } else if (e instanceof CommunityEvent.PairProposed x) {
                checkPairing(x.pairing(), r);
            } else if (e instanceof CommunityEvent.PairConsented x) {
                checkPairing(x.pairing(), r);
            } else if (e instanceof CommunityEvent.PairDeclined x) {
                checkPairing(x.pairing(), r);
            } else if (e instanceof CommunityEvent.CollaborationRecorded x) {
                for (String party : x.collaboration().parties()) {
                    if (!projects.containsKey(party) && !experts.containsKey(party)) {
                        r.add(CommunityReason.UNKNOWN_REFERENCE.reason("collaboration:" + party, Figure.of("id", party)));
                    }
                }
                if (r.isEmpty()) {
                    r.addAll(Collaborations.of(List.of(x.collaboration())).reasons());
                }
            } else if (e instanceof CommunityEvent.TheoryRecorded x) {
                requireProject(x.theory().project(), r);
                r.addAll(TheoryOfChangeCheck.check(x.theory(), "theory:" + x.theory().project()));
            } else if (e instanceof CommunityEvent.MeasurementRecorded x) {
                TheoryOfChange t = theories.get(x.project());
                if (t == null) {
                    r.add(CommunityReason.UNKNOWN_REFERENCE.reason("theory:" + x.project(), Figure.of("id", x.project())));
                } else if (t.indicators().stream().noneMatch(i -> i.code().equals(x.indicator()))) {
                    r.add(CommunityReason.UNKNOWN_REFERENCE.reason("theory:" + x.project() + "/" + x.indicator(),
                            Figure.of("id", x.indicator())));
                } else {
                    r.addAll(TheoryOfChangeCheck.check(measured(t, x), "theory:" + x.project()));
                }
            } else if (e instanceof CommunityEvent.PersonalDataErased x) {
                if (!knowsPerson(x.person())) {
                    r.add(CommunityReason.UNKNOWN_REFERENCE.reason("person", Figure.of("id", x.person())));
                }
            }
            return r;
        }

        private void checkExpert(Expert e, List<Reason> r) {
            String at = "expert:" + e.id();
            if (e.currentLoad() > e.capacityPerMonth()) {
                r.add(CommunityReason.LOAD_ABOVE_CAPACITY.reason(at, Figure.of("load", e.currentLoad()),
                        Figure.of("capacity", e.capacityPerMonth())));
            }
            if (e.engagement() == Engagement.PRO_BONO && e.company().filter(c -> !c.isBlank()).isEmpty()) {
                r.add(CommunityReason.PRO_BONO_WITHOUT_COMPANY.reason(at));
            }
            e.conflictsOfInterest().forEach(p -> requireProject(p, r));
        }

        private void checkPairing(PairingEvent p, List<Reason> r) {
            if (p.kind() == PairKind.MENTORING) {
                requireExpert(p.adviser(), r);
                requireProject(p.advisee(), r);
            } else {
                requireProject(p.adviser(), r);
            }
            if (r.isEmpty()) {
                r.addAll(pairings.check(p).reasons());
            }
        }

        private void requireProject(String id, List<Reason> r) {
            if (!projects.containsKey(id)) {
                r.add(CommunityReason.UNKNOWN_REFERENCE.reason("project:" + id, Figure.of("id", id)));
            }
        }

        private void requireExpert(String id, List<Reason> r) {
            if (!experts.containsKey(id)) {
                r.add(CommunityReason.UNKNOWN_REFERENCE.reason("expert:" + id, Figure.of("id", id)));
            }
        }

        /** Applies an event that {@link #check} accepts; {@code contact} is the opened contact, if any. */
        void apply(CommunityEvent e, Optional<Contact> contact) {
            Contact c = contact.orElse(Contact.erased());
            if (e instanceof CommunityEvent.CommunityCreated x) {
                communityId = x.communityId();
                policy = x.policy();
            } else if (e instanceof CommunityEvent.ExpertRegistered x) {
                experts.put(x.expert().id(), withContact(x.expert(), c));
            } else if (e instanceof CommunityEvent.ExpertUpdated x) {
                experts.put(x.expert().id(), withContact(x.expert(), c));
            } else if (e instanceof CommunityEvent.ProjectRegistered x) {
                projects.put(x.project().id(), withLead(x.project(), c));
            } else if (e instanceof CommunityEvent.ProjectUpdated x) {
                projects.put(x.project().id(), withLead(x.project(), c));
            } else if (e instanceof CommunityEvent.DeclinedPairRecorded x) {
                declined.add(x.pair());
            } else if (e instanceof CommunityEvent.PairProposed x) {
                pairings = pairings.apply(x.pairing());
            } else if (e instanceof CommunityEvent.PairConsented x) {
                pairings = pairings.apply(x.pairing());
            } else if (e instanceof CommunityEvent.PairDeclined x) {
                pairings = pairings.apply(x.pairing());
                if (x.pairing().kind() == PairKind.MENTORING) {
                    declined.add(new DeclinedPair(x.pairing().advisee(), x.pairing().adviser(), x.pairing().reason()));
                }
            } else if (e instanceof CommunityEvent.CollaborationRecorded x) {
                collaborations.add(x.collaboration());
            } else if (e instanceof CommunityEvent.TheoryRecorded x) {
                theories.put(x.theory().project(), x.theory());
            } else if (e instanceof CommunityEvent.MeasurementRecorded x) {
                theories.put(x.project(), measured(theories.get(x.project()), x));
            } else if (e instanceof CommunityEvent.PersonalDataErased x) {
                erased.add(x.person());
                experts.replaceAll((id, v) -> expertPerson(id).equals(x.person()) ? v.withContactErased() : v);
                projects.replaceAll((id, v) -> leadPerson(id).equals(x.person()) ? v.withLeadErased() : v);
            }
        }

        /** The theory with the measurement added to its indicator. */
        private static TheoryOfChange measured(TheoryOfChange t, CommunityEvent.MeasurementRecorded m) {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : t.indicators()) {
                if (i.code().equals(m.indicator())) {
                    List<Measurement> ms = new ArrayList<>(i.measurements());
                    ms.add(m.measurement());
                    i = new Indicator(i.code(), i.result(), i.name(), i.unit(), i.baseline(), i.target(), i.direction(),
                            i.irisMetric(), i.dimensions(), ms);
                }
                indicators.add(i);
            }
            return new TheoryOfChange(t.project(), t.title(), t.cohort(), t.region(), t.start(), t.end(), t.chain(), indicators);
        }

        private static Expert withContact(Expert e, Contact c) {
            return new Expert(e.id(), c, e.format(), e.competencies(), e.directions(), e.languages(), e.region(),
                    e.engagement(), e.company(), e.capacityPerMonth(), e.currentLoad(), e.conflictsOfInterest());
        }

        private static ProjectRecord withLead(ProjectRecord p, Contact c) {
            return new ProjectRecord(p.id(), p.title(), c, p.direction(), p.region(), p.stage(), p.languages(), p.needs(),
                    p.cohorts(), p.ambassador(), p.impact());
        }
    }
}
