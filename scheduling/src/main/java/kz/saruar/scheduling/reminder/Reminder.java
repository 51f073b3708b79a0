package kz.saruar.scheduling.reminder;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * One planned reminder of a consultation (PRE-05, PRE-06).
 *
 * @param id             stable: consultation ID and kind
 * @param consultationId the consultation
 * @param kind           what it reminds of
 * @param rule           the rule that asks for it
 * @param sendAt         when to send it
 * @param recipients     who receives it, by role
 * @param text           the text in kk/ru/en, without personal data
 */
public record Reminder(String id, String consultationId, ReminderKind kind, RuleId rule, Instant sendAt,
        List<Recipient> recipients, LocalizedText text) {
    /** Refuses nulls; copies the list. */
    public Reminder {
        Arguments.nonNull("id", id, "consultationId", consultationId, "kind", kind, "rule", rule, "sendAt", sendAt,
                "text", text);
        recipients = ImmutableList.copyOf(Objects.requireNonNull(recipients, "recipients"));
    }
}
