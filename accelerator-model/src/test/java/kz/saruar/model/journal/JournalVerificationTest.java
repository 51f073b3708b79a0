package kz.saruar.model.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import org.junit.jupiter.api.Test;

/** LFT-06: a journal good up to a record the rules cannot apply says so with the last good record's hash. */
class JournalVerificationTest {
    @Test
    void LFT_06_good_up_to_a_bad_record_names_it_and_the_hash_before_it() {
        String hash = "ab".repeat(32);
        JournalVerification v = JournalVerification.badAt(3, hash,
                LocalizedText.message("үшінші", "третья", "the third"));
        assertThat(v.ok()).isFalse();
        assertThat(v.records()).isEqualTo(3);
        assertThat(v.firstBad()).contains(3L);
        assertThat(v.lastHash()).isEqualTo(hash);
        assertThat(v.problemText().orElseThrow().get(Language.RU)).isEqualTo("третья");
        assertThatThrownBy(() -> JournalVerification.badAt(-1, hash, LocalizedText.message("a", "b", "c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
