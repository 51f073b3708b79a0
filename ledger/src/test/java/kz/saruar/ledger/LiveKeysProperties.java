package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * LFT-07 idempotency: the ledger's compact table of live keys answers exactly as a map from key to
 * sequence would, through its growth, for keys it holds and keys it does not, and gives every key
 * back in sequence order, with its hash, for a snapshot.
 */
class LiveKeysProperties {
    @Property(tries = 200)
    void LFT_07_the_live_keys_answer_as_a_map_from_key_to_sequence_would(
            @ForAll @Size(max = 3000) List<@StringLength(min = 1, max = 64) @CharRange(from = '!', to = '~') String> raw,
            @ForAll @Size(max = 50) List<@StringLength(min = 1, max = 64) @CharRange(from = '!', to = '~') String> probes,
            @ForAll @LongRange(min = 0, max = 1_000_000) long base, @ForAll @LongRange(min = 0, max = 5000) long expected) {
        Set<String> distinct = new LinkedHashSet<>(raw);
        LiveKeys keys = new LiveKeys(base, expected);
        Map<String, Long> model = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String k : distinct) {
            keys.add(base + order.size(), new IdempotencyKey(k));
            model.put(k, base + order.size());
            order.add(k);
        }
        assertThat(keys.size()).isEqualTo(order.size());
        for (String k : order) {
            assertThat(keys.get(new IdempotencyKey(k))).as(k).isEqualTo(model.get(k));
        }
        for (String p : probes) {
            assertThat(keys.get(new IdempotencyKey(p))).as(p).isEqualTo(model.getOrDefault(p, -1L));
        }
        LiveKeys.View view = keys.view();
        assertThat(view.size()).isEqualTo(order.size());
        for (int i = 0; i < order.size(); i++) {
            assertThat(view.keyAt(i)).isEqualTo(order.get(i));
            assertThat(view.hashAt(i)).isEqualTo(KeyIndex.hash(order.get(i)));
        }
    }

    @Example
    void LFT_07_keys_beyond_one_byte_chunk_and_one_index_chunk_answer_and_read_back() {
        // 70,000 keys of 21-22 bytes: two index chunks (65,536 keys each) and two 1 MiB byte chunks
        LiveKeys keys = new LiveKeys(5, 1);
        int n = 70_000;
        for (int i = 0; i < n; i++) {
            keys.add(5 + i, new IdempotencyKey(String.format("transfer-%012d", i)));
        }
        LiveKeys.View view = keys.view();
        for (int i = 0; i < n; i += 997) {
            String k = String.format("transfer-%012d", i);
            assertThat(keys.get(new IdempotencyKey(k))).isEqualTo(5 + i);
            assertThat(view.keyAt(i)).isEqualTo(k);
            assertThat(view.hashAt(i)).isEqualTo(KeyIndex.hash(k));
            assertThat(view.sequenceAt(i)).isEqualTo(5 + i);
        }
        assertThat(view.keyAt(n - 1)).isEqualTo(String.format("transfer-%012d", n - 1));
        assertThat(keys.get(new IdempotencyKey("transfer-999999999999"))).isEqualTo(-1);
    }
}
