package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written identifier check equals its regex, and the key index behaves like a map (LFT-07). */
class IdsAndKeyIndexProperties {
    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.strings().withChars("aZ09._:@-/ й").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 2000)
    void the_identifier_check_equals_the_regex(@ForAll("candidates") String s) {
        assertThat(Ids.wellFormed(s)).isEqualTo(s.matches("[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}"));
    }

    @Property(tries = 50)
    void the_key_index_returns_what_was_put(@ForAll List<@net.jqwik.api.constraints.AlphaChars @net.jqwik.api.constraints.StringLength(min = 1, max = 12) String> raw) {
        KeyIndex index = new KeyIndex();
        Map<String, Long> model = new HashMap<>();
        long seq = 0;
        for (String k : raw) {
            if (!model.containsKey(k)) {
                index.put(IdempotencyKey.of(k), seq);
                model.put(k, seq++);
            }
        }
        for (int i = 0; i < 5000; i++) {
            String k = "bulk" + i;
            index.put(IdempotencyKey.of(k), seq);
            model.put(k, seq++);
        }
        model.forEach((k, v) -> assertThat(index.get(IdempotencyKey.of(k))).isEqualTo(v));
        assertThat(index.get(IdempotencyKey.of("absent-key-!"))).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(model.size());
    }
}
