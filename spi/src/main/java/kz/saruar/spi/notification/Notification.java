package kz.saruar.spi.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One reminder to send (PRE-05: organizers remind participant, mentor and expert before each
 * consultation; PRE-06: agenda and survey due).
 *
 * @param id         a stable ID of this notification, usable as an idempotency key
 * @param ruleId     the methodology rule that asks for it, e.g. {@code "PRE-06"}
 * @param kind       what it reminds of, e.g. {@code "AGENDA_DUE"}
 * @param subjectId  the ID of what it concerns, e.g. a consultation ID
 * @param dueAt      when it should be sent
 * @param recipients opaque IDs of the recipients; the embedding system resolves them to contacts
 * @param texts      the text by language tag ({@code kk}, {@code ru}, {@code en})
 */
public record Notification(String id, String ruleId, String kind, String subjectId, Instant dueAt,
        List<String> recipients, Map<String, String> texts) {
    /** Refuses nulls; copies the collections. */
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(dueAt, "dueAt");
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        texts = Map.copyOf(Objects.requireNonNull(texts, "texts"));
    }
}
