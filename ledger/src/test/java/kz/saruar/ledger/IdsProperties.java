package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written identifier check equals its regex (LFT-07); the ID records compare as records do. */
class IdsProperties {
    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.strings().withChars("aZ09._:@-/ й").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 2000)
    void the_identifier_check_equals_the_regex(@ForAll("candidates") String s) {
        assertThat(Ids.wellFormed(s)).isEqualTo(s.matches("[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}"));
    }

    /** A record of one string as the compiler generates it: what the ID types' hand-written methods must match. */
    private record Generated(String value) {
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("aZ09._:@-").ofMinLength(1).ofMaxLength(12).filter(Ids::wellFormed);
    }

    @Property(tries = 500)
    void id_records_are_equal_and_hash_as_generated_records_do(@ForAll("ids") String a, @ForAll("ids") String b) {
        boolean same = new Generated(a).equals(new Generated(b));
        assertThat(AccountId.of(a).equals(AccountId.of(b))).isEqualTo(same);
        assertThat(ActorId.of(a).equals(ActorId.of(b))).isEqualTo(same);
        assertThat(OfferId.of(a).equals(OfferId.of(b))).isEqualTo(same);
        assertThat(new IdempotencyKey(a).equals(new IdempotencyKey(b))).isEqualTo(same);
        // the same hash codes, so that maps and sets of IDs iterate as before
        assertThat(AccountId.of(a).hashCode()).isEqualTo(new Generated(a).hashCode());
        assertThat(ActorId.of(a).hashCode()).isEqualTo(new Generated(a).hashCode());
        assertThat(OfferId.of(a).hashCode()).isEqualTo(new Generated(a).hashCode());
        assertThat(new IdempotencyKey(a).hashCode()).isEqualTo(new Generated(a).hashCode());
        // never equal across types, nor to the bare string
        assertThat(AccountId.of(a)).isNotEqualTo(ActorId.of(a)).isNotEqualTo(a);
    }
}
