package kz.saruar.cohort;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What an accepted cohort command recorded (LFT-06 journal): its key, the positions of its events
 * and their types. A repeated key returns the first receipt.
 *
 * @param key the idempotency key
 * @param command the command's type
 * @param firstPosition the position of its first event
 * @param events the types of its events, in order
 */
public record CohortReceipt(String key, String command, long firstPosition, List<String> events) {
    /** Refuses nulls; copies. */
    public CohortReceipt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(command, "command");
        events = ImmutableList.copyOf(Objects.requireNonNull(events, "events"));
    }

    /** The position after its last event. */
    public long nextPosition() {
        return firstPosition + events.size();
    }
}
