package kz.saruar.ledger;

import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.spi.storage.JournalCorruptedException;

/**
 * What a journal store's failure damaged, for a user in kk/ru/en (FMT-03, LFT-06): the record and
 * byte when the store names them as data ({@link JournalCorruptedException}), else the stored bytes
 * in general. The store's own message is English prose, so only English carries it. The verifier
 * and the command line word a damaged journal with this one text.
 */
public final class StorageFailureText {
    private StorageFailureText() {
    }

    /** What {@code failure} damaged; {@code englishMessage} is the store's message as English should show it. */
    public static LocalizedText of(RuntimeException failure, String englishMessage) {
        if (namesRecord(failure)) {
            JournalCorruptedException j = (JournalCorruptedException) failure;
            long record = j.position().getAsLong();
            if (j.byteOffset().isPresent()) {
                return LocalizedText.message("{0}-жазба ({1}-байттан басталады) зақымдалған",
                        "запись {0} (с байта {1}) повреждена", "record {0} (from byte {1}) is damaged: {2}", record,
                        j.byteOffset().getAsLong(), englishMessage);
            }
            return LocalizedText.message("{0}-жазба жоқ немесе зақымдалған", "запись {0} отсутствует или повреждена",
                    "record {0} is missing or damaged: {1}", record, englishMessage);
        }
        return LocalizedText.message("сақталған байттар зақымдалған немесе қойма оларды оқи алмады",
                "сохранённые байты повреждены или хранилище не смогло их прочитать", "{0}", englishMessage);
    }

    /** Whether the store named the damaged record ({@link JournalCorruptedException} with a position). */
    static boolean namesRecord(RuntimeException failure) {
        return failure instanceof JournalCorruptedException j && j.position().isPresent();
    }

    /** {@code prefix} (a pattern whose {0} is {@code argument}) followed by {@code what}, in each language. */
    static LocalizedText after(String kk, String ru, String en, Object argument, LocalizedText what) {
        LocalizedText head = LocalizedText.message(kk, ru, en, argument);
        return LocalizedText.of(Map.of(Language.KK, head.get(Language.KK) + what.get(Language.KK),
                Language.RU, head.get(Language.RU) + what.get(Language.RU),
                Language.EN, head.get(Language.EN) + what.get(Language.EN)), head.translated());
    }
}
