package kz.saruar.ledger;

import java.util.Objects;

/**
 * An account of the LIFTCOIN ledger (LFT-07), by a stable identifier such as
 * {@code project:eco-almaty}; never a person's name.
 *
 * @param value 1–64 characters: letters, digits and {@code . _ : @ -}, starting with a letter or digit
 */
public record AccountId(String value) implements Comparable<AccountId> {

    /** Checks the form. */
    public AccountId {
        Objects.requireNonNull(value, "value");
        if (!Ids.wellFormed(value)) {
            throw new IllegalArgumentException("account id is not 1-64 characters of [A-Za-z0-9._:@-] starting with a letter or digit: \"" + value + "\"");
        }
    }

    /** The account id {@code value}. */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The record's equals, written out: IDs are map keys everywhere, and the generated one runs on method handles until compiled. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AccountId other && value.equals(other.value);
    }

    /** The value's hash code, as the generated one is for a record of one component. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
