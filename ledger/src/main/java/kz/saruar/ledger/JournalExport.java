package kz.saruar.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StoredRecord;

/**
 * A verifiable export of a LIFTCOIN journal (LFT-06): copies every record of any store, byte for
 * byte, into a new directory in the embedded file journal's format, so that anyone holding the
 * copy can check it with {@code saruar ledger verify DIR} or {@link JournalVerifier} and compare its
 * head hash with the ledger's.
 */
public final class JournalExport {
    private JournalExport() {
    }

    /**
     * Copies {@code source} into {@code target}, which must not exist or be empty, and verifies the
     * copy. The source is read in pages; records appended to it meanwhile are not copied.
     *
     * @return the verification of the copy; its head hash equals the source's at the time of export
     * @throws SaruarException if {@code target} holds files
     */
    public static VerificationReport toDirectory(JournalStore source, Path target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        try {
            if (Files.isDirectory(target)) {
                try (var entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new SaruarException("export target is not empty: " + target);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new SaruarException("cannot read export target " + target + ": " + e, e);
        }
        long end = source.endPosition();
        try (FileJournalStore copy = FileJournalStore.open(target)) {
            long p = 0;
            while (p < end) {
                List<StoredRecord> page = source.read(p, (int) Math.min(4096, end - p));
                List<byte[]> bytes = new ArrayList<>(page.size());
                for (StoredRecord r : page) {
                    bytes.add(r.payload());
                }
                copy.append(p, bytes).join();
                p += page.size();
            }
            return JournalVerifier.verify(copy);
        }
    }
}
