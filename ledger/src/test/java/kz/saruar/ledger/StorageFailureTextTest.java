package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.StorageException;
import org.junit.jupiter.api.Test;

/** FMT-03, LFT-06: a damaged journal is worded once, with the record and byte the store names. */
class StorageFailureTextTest {
    private static final String MESSAGE = "bad checksum in segment 0";

    @Test
    void LFT_06_a_store_naming_the_record_and_byte_is_told_with_both_and_only_english_keeps_its_message() {
        LocalizedText t = StorageFailureText.of(new JournalCorruptedException(MESSAGE, 2, 4096), MESSAGE);
        assertThat(t.get(Language.RU)).isEqualTo("запись 2 (с байта 4096) повреждена");
        assertThat(t.get(Language.KK)).isEqualTo("2-жазба (4096-байттан басталады) зақымдалған");
        assertThat(t.get(Language.EN)).isEqualTo("record 2 (from byte 4096) is damaged: " + MESSAGE);
    }

    @Test
    void LFT_06_a_store_naming_only_the_record_and_one_naming_nothing() {
        assertThat(StorageFailureText.of(new JournalCorruptedException(MESSAGE, 7), MESSAGE).get(Language.RU))
                .isEqualTo("запись 7 отсутствует или повреждена");
        LocalizedText generic = StorageFailureText.of(new StorageException(MESSAGE), MESSAGE);
        assertThat(generic.get(Language.KK)).doesNotContain("checksum");
        assertThat(generic.get(Language.RU)).isEqualTo("сохранённые байты повреждены или хранилище не смогло их прочитать");
        assertThat(generic.get(Language.EN)).isEqualTo(MESSAGE);
    }
}
