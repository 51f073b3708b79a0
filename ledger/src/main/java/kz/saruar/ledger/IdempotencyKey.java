package kz.saruar.ledger;

import java.util.Objects;

/**
 * The idempotency key every ledger command carries (LFT-07): a repeat with the same key and the
 * same content returns the first result; the same key with other content is refused.
 *
 * @param value 1–64 printable ASCII characters, e.g. a UUID the client generated
 */
public record IdempotencyKey(String value) {
    /** Checks the form. */
    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("idempotency key is not 1-64 characters: \"" + value + "\"");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("idempotency key has a character outside printable ASCII: \"" + value + "\"");
            }
        }
    }

    /** The key {@code value}. */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The record's equals, written out: IDs are map keys everywhere, and the generated one runs on method handles until compiled. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof IdempotencyKey other && value.equals(other.value);
    }

    /** The value's hash code, as the generated one is for a record of one component. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
