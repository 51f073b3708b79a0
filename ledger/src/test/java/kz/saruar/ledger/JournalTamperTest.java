package kz.saruar.ledger;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Language;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import org.junit.jupiter.api.Test;

/** Flipping any single byte of a journal is detected, and verify names the first bad record (LFT-06). */
class JournalTamperTest {
    private static Path journal() throws Exception {
        Path dir = Files.createTempDirectory("saruar-tamper");
        try (Ledger l = Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock())) {
            populated(l);
            accept(l, issue(ECO, 500));
            accept(l, reward(ECO_TEAM, ECO, ALIYA, 200));
            accept(l, pay(ALIYA_ACTOR, ALIYA, CAFE, 50));
            accept(l, new LedgerCommand.ForumGrant(key(), PLATFORM, "Форум", GUEST, 10));
        }
        return dir;
    }

    /** Detected: the store refuses to open, or the verifier reports a problem. */
    private static boolean detected(Path dir) {
        try (FileJournalStore store = FileJournalStore.openReadOnly(dir)) {
            return !JournalVerifier.verify(store).ok();
        } catch (StorageException e) {
            return true;
        }
    }

    @Test
    void flipping_any_single_byte_of_the_journal_file_is_detected() throws Exception {
        Path dir = journal();
        Path file = dir.resolve(FileJournalStore.JOURNAL_FILE);
        byte[] original = Files.readAllBytes(file);
        assertThat(detected(dir)).isFalse();
        for (int mask : new int[] {0x01, 0xFF}) {
            for (int i = 0; i < original.length; i++) {
                byte[] changed = original.clone();
                changed[i] ^= (byte) mask;
                Files.write(file, changed);
                assertThat(detected(dir)).as("flip 0x%02x of byte %s of %s", mask, i, original.length).isTrue();
            }
        }
        Files.write(file, original);
        assertThat(detected(dir)).isFalse();
    }

    private static List<byte[]> records(Path dir) {
        List<byte[]> out = new ArrayList<>();
        try (FileJournalStore s = FileJournalStore.openReadOnly(dir)) {
            for (StoredRecord r : s.read(0, 1000)) {
                out.add(r.payload());
            }
        }
        return out;
    }

    /** Re-seals a record's CRC after a change, as a forger would. */
    private static byte[] resealed(byte[] r) {
        CRC32C crc = new CRC32C();
        crc.update(r, 0, r.length - 4);
        int v = (int) crc.getValue();
        r[r.length - 4] = (byte) (v >>> 24);
        r[r.length - 3] = (byte) (v >>> 16);
        r[r.length - 2] = (byte) (v >>> 8);
        r[r.length - 1] = (byte) v;
        return r;
    }

    @Test
    void verify_names_the_first_changed_missing_reordered_or_wrongly_hashed_record() throws Exception {
        List<byte[]> good = records(journal());
        assertThat(JournalVerifier.verify(good).ok()).isTrue();

        List<byte[]> changed = new ArrayList<>(good);
        byte[] r5 = good.get(5).clone();
        r5[r5.length / 2] ^= 4;
        changed.set(5, r5);
        assertThat(JournalVerifier.verify(changed).problem()).map(p -> p.position() + " " + p.kind())
                .contains("5 CRC_MISMATCH");

        changed.set(5, resealed(r5));
        assertThat(JournalVerifier.verify(changed).problem()).map(p -> p.position() + " " + p.kind())
                .contains("5 HASH_MISMATCH");

        List<byte[]> missing = new ArrayList<>(good);
        missing.remove(4);
        assertThat(JournalVerifier.verify(missing).problem()).map(p -> p.position() + " " + p.kind())
                .contains("4 MISSING_RECORD");
        // LFT-06: the same problem in each language, the English kept as detail()
        VerificationReport.Problem gap = JournalVerifier.verify(missing).problem().orElseThrow();
        assertThat(gap.detail()).isEqualTo("record 4: it has sequence 5: 1 record(s) missing before it");
        assertThat(gap.text().get(Language.EN)).isEqualTo(gap.detail());
        assertThat(gap.text().get(Language.RU)).isEqualTo("запись 4: её порядковый номер 5: перед ней не хватает записей: 1");
        assertThat(gap.text().get(Language.KK)).isEqualTo("4-жазба: реттік нөмірі 5: алдында 1 жазба жоқ");

        List<byte[]> reordered = new ArrayList<>(good);
        Collections.swap(reordered, 6, 7);
        assertThat(JournalVerifier.verify(reordered).problem()).map(p -> p.position() + " " + p.kind())
                .contains("6 MISSING_RECORD");
        List<byte[]> repeated = new ArrayList<>(good);
        repeated.add(7, good.get(6));
        assertThat(JournalVerifier.verify(repeated).problem()).map(p -> p.position() + " " + p.kind())
                .contains("7 REORDERED_RECORD");

        List<byte[]> wrongHash = new ArrayList<>(good);
        byte[] r8 = good.get(8).clone();
        r8[r8.length - 10] ^= 1;
        wrongHash.set(8, resealed(r8));
        VerificationReport v = JournalVerifier.verify(wrongHash);
        assertThat(v.problem()).map(p -> p.position() + " " + p.kind()).contains("8 HASH_MISMATCH");
        assertThat(v.records()).isEqualTo(8);

        // flipping any byte of any record (re-sealed or not) is detected by the chain
        for (int i = 0; i < good.size(); i++) {
            for (int b = 0; b < good.get(i).length; b++) {
                List<byte[]> t = new ArrayList<>(good);
                byte[] r = good.get(i).clone();
                r[b] ^= 0x20;
                t.set(i, r);
                assertThat(JournalVerifier.verify(t).ok()).as("record %s byte %s", i, b).isFalse();
                if (b < r.length - 4) {
                    t.set(i, resealed(r));
                    assertThat(JournalVerifier.verify(t).ok()).as("resealed record %s byte %s", i, b).isFalse();
                }
            }
        }
        assertThat(Optional.of(good.size())).contains(12);
    }
}
