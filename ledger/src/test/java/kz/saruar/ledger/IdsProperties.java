package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written identifier check equals its regex (LFT-07). */
class IdsProperties {
    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.strings().withChars("aZ09._:@-/ й").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 2000)
    void the_identifier_check_equals_the_regex(@ForAll("candidates") String s) {
        assertThat(Ids.wellFormed(s)).isEqualTo(s.matches("[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}"));
    }
}
