package kz.saruar.community.journal;

import java.time.OffsetDateTime;
import java.util.Objects;
import kz.saruar.model.lifecycle.Actor;

/**
 * One event of a community's journal as recorded (LFT-06; the cohort's envelope, docs/events.md):
 * position, type, schema version, the command's key and fingerprint, who and when, the event, and
 * its link in the hash chain.
 *
 * @param position the position in the journal, from 0
 * @param type the event's type
 * @param schemaVersion the schema version it was written in
 * @param key the idempotency key of the command
 * @param command the command's fingerprint
 * @param actor who gave the command (an account id, never a name)
 * @param at when it was accepted, in Asia/Almaty with its offset
 * @param event the event
 * @param previousHash the previous record's hash, hex (64 zeros for the first)
 * @param hash SHA-256(previous hash ‖ the record's JSON bytes), hex
 */
public record RecordedCommunityEvent(long position, String type, int schemaVersion, String key, String command,
        Actor actor, OffsetDateTime at, CommunityEvent event, String previousHash, String hash) {
    /** Refuses nulls. */
    public RecordedCommunityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
