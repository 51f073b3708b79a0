package kz.saruar.ledger;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/** What the LIFTCOIN ledger decided about a command (LFT-07): accepted with its journal record, or refused naming the rule. */
public sealed interface Decision {
    /** The command decided. */
    LedgerCommand command();

    /** Whether the command was accepted. */
    boolean isAccepted();

    /** The journal record, when accepted. */
    Optional<JournalRecord> journalRecord();

    /** The refusal's rule, when refused. */
    Optional<RuleId> refusedBy();

    /**
     * An accepted command and the journal record it made (LFT-06). A repeat of the command under
     * the same key returns an equal decision.
     *
     * @param record the journal record
     */
    record Accepted(JournalRecord record) implements Decision {
        /** Refuses null. */
        public Accepted {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public LedgerCommand command() {
            return record.command();
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public Optional<JournalRecord> journalRecord() {
            return Optional.of(record);
        }

        @Override
        public Optional<RuleId> refusedBy() {
            return Optional.empty();
        }
    }

    /**
     * A refused command: nothing changed (LFT-07). Names the rule, the reason, the figures that
     * decided (e.g. {@code shortfall} for LFT-04) and a kk/ru/en message.
     *
     * @param command the refused command
     * @param reason  why, which names the rule
     * @param message the reason's message with the figures filled in
     * @param figures the numbers that decided, by name
     */
    record Refused(LedgerCommand command, RefusalReason reason, LocalizedText message, Map<String, Long> figures)
            implements Decision {
        /** Refuses nulls and copies the figures. */
        public Refused {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            figures = ImmutableMap.copyOf(Objects.requireNonNull(figures, "figures"));
        }

        /** The rule applied. */
        public RuleId rule() {
            return reason.rule();
        }

        /** A figure by name, such as {@code shortfall}. */
        public Optional<Long> figure(String name) {
            return Optional.ofNullable(figures.get(name));
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public Optional<JournalRecord> journalRecord() {
            return Optional.empty();
        }

        @Override
        public Optional<RuleId> refusedBy() {
            return Optional.of(reason.rule());
        }
    }
}
