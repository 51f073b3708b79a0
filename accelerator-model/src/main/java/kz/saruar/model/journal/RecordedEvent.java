package kz.saruar.model.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Objects;
import kz.saruar.model.lifecycle.Actor;

/**
 * One event of a journal as it was recorded (LFT-06 journal; docs/events.md): its position, type
 * and schema version, the idempotency key and fingerprint of the command that produced it, who
 * and when, the event, and its link in the hash chain.
 *
 * @param <E> the journal's events
 * @param position the position in the journal, from 0
 * @param type the event's type
 * @param schemaVersion the schema version it was written in
 * @param key the idempotency key of the command
 * @param command the SHA-256 fingerprint of the command (without personal data), hex
 * @param actor who gave the command (an account id, never a name)
 * @param at when it was accepted, in Asia/Almaty with its offset
 * @param event the event
 * @param previousHash the previous event's hash, hex (64 zeros for the first)
 * @param hash SHA-256(previous hash ‖ the event's bytes), hex
 */
public record RecordedEvent<E extends JournalEvent>(long position, String type, int schemaVersion, String key,
        String command, Actor actor, OffsetDateTime at, E event, String previousHash, String hash) {

    /** Refuses nulls, a negative position, a schema version below 1 and hashes that are not 64 hex digits. */
    public RecordedEvent {
        if (position < 0) {
            throw new IllegalArgumentException("position is negative: " + position);
        }
        Objects.requireNonNull(type, "type");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion below 1: " + schemaVersion);
        }
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        requireHash(previousHash, "previousHash");
        requireHash(hash, "hash");
    }

    /** A link of the chain: 64 lower-case hex digits (a SHA-256). */
    private static void requireHash(String hash, String name) {
        Objects.requireNonNull(hash, name);
        // a loop, not a regular expression: every recorded event is checked twice (draft and record)
        boolean ok = hash.length() == 64;
        for (int i = 0; ok && i < 64; i++) {
            char c = hash.charAt(i);
            ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        }
        if (!ok) {
            throw new IllegalArgumentException(name + " is not 64 lower-case hex digits: " + hash);
        }
    }

    /**
     * The event as one JSON object: the envelope fields, the event under {@code event} (written by
     * {@code mapper}, the journal's own), and the hash.
     */
    public ObjectNode toJson(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        ObjectNode o = envelope(mapper);
        o.put("hash", hash);
        return o;
    }

    /** The envelope without its hash, in the order the cohort's journal writes it. */
    ObjectNode envelope(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", type);
        o.put("schemaVersion", schemaVersion);
        o.put("position", position);
        o.put("key", key);
        o.put("command", command);
        o.putObject("actor").put("id", actor.id()).put("role", actor.role().name());
        o.put("at", at.toString());
        o.put("previousHash", previousHash);
        o.set("event", mapper.valueToTree(event));
        return o;
    }
}
