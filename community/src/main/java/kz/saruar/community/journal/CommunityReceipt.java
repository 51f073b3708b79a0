package kz.saruar.community.journal;

import java.util.Objects;

/**
 * What an accepted community command wrote (PLT-01, HUB-01; LFT-06 idempotency): its key, its
 * fingerprint, and where its events are. The same key again returns this receipt.
 *
 * @param key the command's idempotency key
 * @param command {@code <CommandType>:<SHA-256 of the command without personal data>}
 * @param firstPosition the position of its first event
 * @param events how many events it wrote
 */
public record CommunityReceipt(String key, String command, long firstPosition, int events) {
    /** Refuses nulls and a negative position. */
    public CommunityReceipt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(command, "command");
        if (firstPosition < 0 || events < 0) {
            throw new IllegalArgumentException("firstPosition and events must not be negative");
        }
    }
}
