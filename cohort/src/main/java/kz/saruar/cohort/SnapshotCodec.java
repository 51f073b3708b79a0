package kz.saruar.cohort;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.model.privacy.PersonalDataCipher;
import kz.saruar.model.RuleId;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.lifecycle.LifecycleEvent;
import kz.saruar.model.lifecycle.ProjectLifecycle;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and reads cohort snapshots ({@link CohortSnapshots}, LFT-06 replay). The body holds what
 * the cohort's model holds, in a form that restores without the costly parts of a replay: each
 * application as the model bound it (no second pass of the strict reader; it was checked when
 * accepted and the hash chain guards it since), with every person's data left out and sealed as
 * in the journal, opened again with the person's key on reading. The one place that knows the
 * snapshot format.
 */
final class SnapshotCodec {
    static final String FORMAT = "saruar-cohort-snapshot";
    /** The snapshot format this library writes and the newest it reads. */
    static final int VERSION = 1;
    private static final int CHUNK = 4 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotCodec.class);

    /** Why a snapshot cannot be used. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    private SnapshotCodec() {
    }

    // ---- writing ----------------------------------------------------------------------------

    static SnapshotReceipt write(CohortSnapshots snapshots, Cohort.Model m, Instant at) {
        byte[] body = body(m);
        String sha = JournalFormat.hex(JournalFormat.sha256().digest(body));
        JournalStore store = snapshots.store();
        int size = Math.min(CHUNK, store.maxRecordSize());
        List<byte[]> records = new ArrayList<>();
        for (int off = 0; off < body.length; off += size) {
            records.add(Arrays.copyOfRange(body, off, Math.min(body.length, off + size)));
        }
        int chunks = records.size();
        ObjectNode t = CohortJson.MAPPER.createObjectNode();
        t.put("format", FORMAT);
        t.put("snapshotVersion", VERSION);
        t.put("eventSchemaVersion", EventCodec.CURRENT_VERSION);
        t.put("cohortId", m.created.cohortId());
        t.put("methodologyId", m.created.methodologyId());
        t.put("methodologySha256", m.created.methodologySha256());
        t.put("position", m.position);
        t.put("headHash", JournalFormat.hex(m.lastHash));
        t.put("chunks", chunks);
        t.put("bytes", body.length);
        t.put("sha256", sha);
        t.put("writtenAt", at.toString());
        records.add(t.toString().getBytes(StandardCharsets.UTF_8));
        for (int attempt = 1; ; attempt++) {
            long end = store.endPosition();
            OptionalLong lost = JournalFormat.append(store, end, records, "the snapshot store");
            if (lost.isEmpty()) {
                LOG.info("snapshot of cohort {} at journal position {}: {} bytes in {} record(s)", m.created.cohortId(),
                        m.position, body.length, records.size());
                return new SnapshotReceipt(m.position, JournalFormat.hex(m.lastHash), end + chunks, records.size(), body.length);
            }
            // another node wrote a snapshot meanwhile: ours goes after it
            if (attempt == 3) {
                throw new StorageException("the snapshot store " + store + " kept moving: gave up after 3 attempts (its end "
                        + lost.getAsLong() + ")");
            }
        }
    }

    private static byte[] body(Cohort.Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (OutputStream gz = new FastGzip(out)) {
            json(m, gz);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a cohort snapshot", e);
        }
        return out.toByteArray();
    }

    /** The model as the snapshot's JSON body: equal models give equal bytes. */
    static String json(Cohort.Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json(m, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void json(Cohort.Model m, OutputStream to) {
        try (JsonGenerator g = CohortJson.MAPPER.createGenerator(to)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("snapshotVersion", VERSION);
            g.writeStringField("cohortId", m.created.cohortId());
            g.writeStringField("methodologySha256", m.created.methodologySha256());
            g.writeNumberField("position", m.position);
            g.writeStringField("headHash", JournalFormat.hex(m.lastHash));
            g.writeArrayFieldStart("projects");
            for (Cohort.ProjectRecord p : m.projects.values()) {
                g.writeTree(project(p));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("receipts");
            for (Map.Entry<String, Cohort.Receipt> e : new java.util.TreeMap<>(m.receipts).entrySet()) {
                CohortReceipt r = e.getValue().receipt();
                ObjectNode n = CohortJson.MAPPER.createObjectNode();
                n.put("key", e.getKey());
                n.put("fingerprint", e.getValue().fingerprint());
                n.put("command", r.command());
                n.put("firstPosition", r.firstPosition());
                ArrayNode types = n.putArray("events");
                r.events().forEach(types::add);
                g.writeTree(n);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("personProject");
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(m.personProject).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("erased");
            for (String s : m.erased) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("defenses");
            for (String s : m.defenses) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("consultations");
            for (Cohort.ConsultationEntry c : m.consultationLog) {
                ObjectNode n = CohortJson.MAPPER.createObjectNode();
                n.put("position", c.position());
                n.put("at", c.at().toString());
                n.put("type", c.event().type());
                n.set("event", CohortJson.MAPPER.valueToTree(c.event()));
                g.writeTree(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a cohort snapshot", e);
        }
    }

    private static ObjectNode project(Cohort.ProjectRecord p) {
        ObjectNode n = CohortJson.MAPPER.createObjectNode();
        n.put("id", p.id);
        n.put("submittedAt", p.submittedAt.toString());
        n.put("applicationAt", p.applicationAt.toString());
        n.set("applicationTree", p.applicationTree());
        n.set("sealed", CohortJson.MAPPER.valueToTree(p.sealed));
        ArrayNode opened = n.putArray("opened");
        p.opened.forEach(opened::add);
        // the application as bound, each opened person's data left out: it stays sealed above
        ObjectNode bound = (ObjectNode) JsonReader.toTree(p.application);
        for (int i = 0; i < p.sealed.size(); i++) {
            if (p.opened.get(i)) {
                Applications.place(bound, p.sealed.get(i).path(), NullNode.getInstance(), -1);
            }
        }
        n.set("application", bound);
        ArrayNode events = n.putArray("lifecycle");
        for (LifecycleEvent e : p.lifecycle.events()) {
            ObjectNode le = events.addObject();
            le.put("sequence", e.sequence());
            le.putObject("actor").put("id", e.actor().id()).put("role", e.actor().role().name());
            le.put("at", e.at().toString());
            e.command().ifPresent(c -> le.set("command", LifecycleCommandJson.write(c)));
            e.from().ifPresent(f -> le.put("from", f.name()));
            le.put("to", e.to().name());
            le.put("why", e.why());
            ArrayNode rules = le.putArray("rules");
            e.rules().forEach(r -> rules.add(r.value()));
        }
        ArrayNode eligibility = n.putArray("eligibility");
        p.eligibility.forEach((check, status) -> eligibility.addArray().add(check).add(status.name()));
        p.defenseDate.ifPresent(d -> n.put("defenseDate", d.toString()));
        n.set("certificates", CohortJson.MAPPER.valueToTree(p.certificates));
        return n;
    }

    /** Gzip at the fastest level: a snapshot is rewritten often and read once per opening. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    /**
     * The model of the latest snapshot that matches the journal, trying up to
     * {@link CohortSnapshots#TRIED} of them newest first; empty, with a warning for each one
     * skipped, when none does.
     *
     * @param fresh the journal's genesis as a model: the cohort and methodology a snapshot must name
     */
    static Optional<Cohort.Model> latest(CohortSnapshots snapshots, JournalStore journal, Cohort.Model fresh,
            PersonKeys keys) {
        JournalStore store = snapshots.store();
        long trailer = store.endPosition() - 1;
        for (int tried = 0; tried < CohortSnapshots.TRIED && trailer >= 0; tried++) {
            JsonNode t;
            try {
                t = CohortJson.MAPPER.readTree(store.read(trailer, 1).get(0).payload());
            } catch (IOException | RuntimeException e) {
                LOG.warn("the snapshot trailer at {} of {} does not read ({}): replaying the journal in full", trailer,
                        store, e.getMessage());
                return Optional.empty();
            }
            long chunks = t.path("chunks").asLong(-1);
            try {
                return Optional.of(read(store, trailer, t, journal, fresh, keys));
            } catch (Unusable e) {
                LOG.warn("snapshot {} of {} ignored: {}", trailer, store, e.getMessage());
            }
            if (chunks < 1) {
                return Optional.empty();
            }
            trailer -= chunks + 1;
        }
        return Optional.empty();
    }

    private static Cohort.Model read(JournalStore store, long trailer, JsonNode t, JournalStore journal,
            Cohort.Model fresh, PersonKeys keys) throws Unusable {
        if (!FORMAT.equals(t.path("format").asText())) {
            throw new Unusable("not a cohort snapshot trailer");
        }
        int version = t.path("snapshotVersion").asInt(-1);
        if (version > VERSION || version < 1) {
            throw new Unusable("written in snapshot format " + version + "; this library reads up to " + VERSION);
        }
        if (t.path("eventSchemaVersion").asInt(-1) != EventCodec.CURRENT_VERSION) {
            throw new Unusable("made from events of schema version " + t.path("eventSchemaVersion")
                    + "; this library writes version " + EventCodec.CURRENT_VERSION);
        }
        if (!fresh.created.cohortId().equals(t.path("cohortId").asText())) {
            throw new Unusable("of cohort " + t.path("cohortId") + ", not " + fresh.created.cohortId());
        }
        if (!fresh.created.methodologySha256().equals(t.path("methodologySha256").asText())
                || !fresh.created.methodologyId().equals(t.path("methodologyId").asText())) {
            throw new Unusable("made under methodology " + t.path("methodologyId") + " " + t.path("methodologySha256")
                    + ", the journal pins " + fresh.created.methodologyId() + " " + fresh.created.methodologySha256());
        }
        long position = t.path("position").asLong(-1);
        String head = t.path("headHash").asText();
        if (position < 1 || position > journal.endPosition()) {
            throw new Unusable("covers the journal up to " + position + ", but the journal ends at " + journal.endPosition());
        }
        byte[] last = journal.read(position - 1, 1).get(0).payload();
        String stored = last.length < 64 ? "" : new String(last, last.length - 64, 64, StandardCharsets.US_ASCII);
        if (!stored.equals(head)) {
            throw new Unusable("names the chain head " + head + " at position " + (position - 1) + ", the journal has "
                    + stored);
        }
        long chunks = t.path("chunks").asLong(-1);
        if (chunks < 1 || chunks > trailer) {
            throw new Unusable("names " + chunks + " chunks before position " + trailer);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (long p = trailer - chunks; p < trailer; ) {
            List<StoredRecord> page = store.read(p, (int) Math.min(64, trailer - p));
            for (StoredRecord r : page) {
                body.writeBytes(r.payload());
            }
            p += page.size();
        }
        byte[] bytes = body.toByteArray();
        String sha = JournalFormat.hex(JournalFormat.sha256().digest(bytes));
        if (!sha.equals(t.path("sha256").asText()) || bytes.length != t.path("bytes").asLong(-1)) {
            throw new Unusable("its body does not match its SHA-256: damaged or changed");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16);
                JsonParser parser = CohortJson.MAPPER.createParser(in)) {
            return restore(parser, fresh, keys, position, head);
        } catch (IOException | RuntimeException e) {
            throw new Unusable("its body does not read: " + e);
        }
    }

    private static Cohort.Model restore(JsonParser p, Cohort.Model fresh, PersonKeys keys, long position, String head)
            throws IOException, Unusable {
        Cohort.Model m = new Cohort.Model(fresh.created, fresh.methodology, keys, fresh.calendar);
        m.position = position;
        m.snapshotPosition = position;
        m.lastHash = JournalFormat.unhex(head);
        List<JsonNode> projects = new ArrayList<>();
        expect(p.nextToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "format", "snapshotVersion", "cohortId", "methodologySha256" -> p.skipChildren();
                case "position" -> {
                    if (p.getLongValue() != position) {
                        throw new Unusable("its body covers position " + p.getLongValue() + ", its trailer " + position);
                    }
                }
                case "headHash" -> {
                    if (!head.equals(p.getText())) {
                        throw new Unusable("its body names another chain head than its trailer");
                    }
                }
                case "projects" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        projects.add(p.readValueAsTree());
                    }
                }
                case "receipts" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode r = p.readValueAsTree();
                        List<String> types = new ArrayList<>();
                        r.path("events").forEach(x -> types.add(x.asText()));
                        m.receipts.put(r.path("key").asText(), new Cohort.Receipt(r.path("fingerprint").asText(),
                                new CohortReceipt(r.path("key").asText(), r.path("command").asText(),
                                        r.path("firstPosition").asLong(), types)));
                    }
                }
                case "personProject" -> {
                    expect(value, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String person = p.getCurrentName();
                        p.nextToken();
                        m.personProject.put(person, p.getText());
                    }
                }
                case "erased" -> strings(p, value, m.erased);
                case "defenses" -> strings(p, value, m.defenses);
                case "consultations" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode c = p.readValueAsTree();
                        Class<? extends CohortEvent> type = EventCodec.TYPES.get(c.path("type").asText());
                        if (type == null) {
                            throw new Unusable("a consultation event of unknown type " + c.path("type"));
                        }
                        CohortEvent e = CohortJson.MAPPER.treeToValue(c.get("event"), type);
                        long at = c.path("position").asLong();
                        Instant when = Instant.parse(c.path("at").asText());
                        m.consultations.replay(e, when, at);
                        m.consultationLog.add(new Cohort.ConsultationEntry(at, when, e));
                    }
                }
                default -> throw new Unusable("an unknown field " + field);
            }
        }
        // projects last: their person views read the erased set
        for (JsonNode n : projects) {
            Cohort.ProjectRecord r = project(n, m, keys);
            m.projects.put(r.id, r);
        }
        return m;
    }

    private static Cohort.ProjectRecord project(JsonNode n, Cohort.Model m, PersonKeys keys) throws IOException, Unusable {
        Cohort.ProjectRecord r = new Cohort.ProjectRecord(n.path("id").asText(), Instant.parse(n.path("submittedAt").asText()));
        if (!(n.get("applicationTree") instanceof ObjectNode tree)) {
            throw new Unusable("project " + r.id + " has no application tree");
        }
        r.applicationTree(tree);
        r.applicationAt = Instant.parse(n.path("applicationAt").asText());
        List<CohortEvent.SealedPerson> sealed = new ArrayList<>();
        for (JsonNode s : n.path("sealed")) {
            sealed.add(CohortJson.MAPPER.treeToValue(s, CohortEvent.SealedPerson.class));
        }
        r.sealed = List.copyOf(sealed);
        List<Boolean> opened = new ArrayList<>();
        n.path("opened").forEach(b -> opened.add(b.asBoolean()));
        if (opened.size() != sealed.size()) {
            throw new Unusable("project " + r.id + " has " + sealed.size() + " sealed persons and " + opened.size() + " flags");
        }
        ObjectNode bound = (ObjectNode) n.get("application");
        List<PersonView> views = new ArrayList<>();
        boolean same = true;
        for (int i = 0; i < sealed.size() && same; i++) {
            CohortEvent.SealedPerson s = sealed.get(i);
            Optional<JsonNode> data = keys.find(s.personId())
                    .flatMap(k -> PersonalDataCipher.open(k, s.personId(), s.sealed()))
                    .map(b -> Applications.readTree(b, -1));
            // a key erased or restored since the snapshot: the application opens as a replay opens it, below
            same = data.isPresent() == opened.get(i);
            data.ifPresent(d -> Applications.place(bound, s.path(), d, -1));
            Optional<kz.saruar.model.application.PersonalData> pd = data.map(d -> Applications.personalData(d, -1));
            views.add(new PersonView(s.personId(), s.path(), m.erased.contains(s.personId()) ? Optional.empty() : pd));
        }
        if (same) {
            r.opened = List.copyOf(opened);
            r.application = JsonReader.bind(bound, ProjectApplication.class);
            r.persons = views;
        } else {
            m.setApplication(r, r.applicationTree(), r.sealed, r.applicationAt, -1, null);
        }
        List<LifecycleEvent> events = new ArrayList<>();
        for (JsonNode e : n.path("lifecycle")) {
            JsonNode a = e.path("actor");
            events.add(new LifecycleEvent(e.path("sequence").asLong(), r.id,
                    Actor.of(a.path("id").asText(), ActorRole.valueOf(a.path("role").asText())),
                    Instant.parse(e.path("at").asText()),
                    e.has("command") ? Optional.of(LifecycleCommandJson.read(e.get("command"), "$.command")) : Optional.empty(),
                    e.has("from") ? Optional.of(ProjectState.valueOf(e.path("from").asText())) : Optional.empty(),
                    ProjectState.valueOf(e.path("to").asText()), e.path("why").asText(),
                    textList(e.path("rules")).stream().map(RuleId::of).toList()));
        }
        r.lifecycle = ProjectLifecycle.replay(events, m.methodology);
        for (JsonNode e : n.path("eligibility")) {
            r.eligibility.put(e.get(0).asText(), CheckStatus.valueOf(e.get(1).asText()));
        }
        if (n.has("defenseDate")) {
            r.defenseDate = Optional.of(LocalDate.parse(n.path("defenseDate").asText()));
        }
        for (JsonNode c : n.path("certificates")) {
            r.certificates.add(CohortJson.MAPPER.treeToValue(c, CohortEvent.CertificatesIssued.class));
        }
        return r;
    }

    private static List<String> textList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static void strings(JsonParser p, JsonToken value, java.util.Collection<String> into)
            throws IOException, Unusable {
        expect(value, JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            into.add(p.getText());
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) throws Unusable {
        if (actual != expected) {
            throw new Unusable("expected " + expected + ", found " + actual);
        }
    }
}
