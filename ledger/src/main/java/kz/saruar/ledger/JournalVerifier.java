package kz.saruar.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.LocalizedText;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;

/**
 * Walks a LIFTCOIN journal and names its first bad record (LFT-06): anyone holding the journal can
 * check that no record was changed, removed, reordered or given a wrong hash. The checking itself
 * is {@code HashChain}'s. A journal cut off after its last record cannot be told from a shorter
 * one by itself; compare {@link VerificationReport#headHash()} with a published head hash for that.
 * An incomplete write at the end of a file journal (a torn tail, never acknowledged) is not a
 * record; the report says how many bytes of it were ignored.
 */
public final class JournalVerifier {
    private JournalVerifier() {
    }

    /** Verifies every record of {@code store}. */
    public static VerificationReport verify(JournalStore store) {
        Objects.requireNonNull(store, "store");
        long torn = store instanceof FileJournalStore f ? f.ignoredTailBytes() : 0;
        HashChain chain = new HashChain();
        try {
            while (true) {
                List<StoredRecord> page = store.read(chain.position(), 4096);
                if (page.isEmpty()) {
                    return report(chain, Optional.empty(), torn);
                }
                for (StoredRecord r : page) {
                    Optional<VerificationReport.Problem> p = chain.check(r.payload());
                    if (p.isPresent()) {
                        return report(chain, p, torn);
                    }
                }
            }
        } catch (StorageException e) {
            return report(chain, Optional.of(unreadable(chain.position(), e)), torn);
        }
    }

    /**
     * The store failed to read from {@code position}, the first record not verified: the problem
     * stands there, and its text names the damaged record and byte when the store names them (a
     * {@link JournalCorruptedException}; the records between were not read either). The storage's
     * own message is English prose, so Kazakh and Russian say what failed in their words.
     */
    private static VerificationReport.Problem unreadable(long position, StorageException e) {
        LocalizedText what = StorageFailureText.of(e, String.valueOf(e.getMessage()));
        // a store that names the damaged record: the records from here to it are not read either
        boolean named = StorageFailureText.namesRecord(e);
        LocalizedText text = StorageFailureText.after(
                named ? "{0}-жазбадан бастап оқу мүмкін емес: " : "{0}-жазбаны оқу мүмкін емес: ",
                named ? "записи с {0} не читаются: " : "запись {0} не читается: ",
                named ? "records from {0} cannot be read: " : "record {0} cannot be read: ", position, what);
        return VerificationReport.Problem.of(position, VerificationReport.Kind.UNREADABLE, text);
    }

    /** Verifies records given in journal order. */
    public static VerificationReport verify(Iterable<byte[]> records) {
        HashChain chain = new HashChain();
        return report(chain, chain.checkAll(Objects.requireNonNull(records, "records")), 0);
    }

    private static VerificationReport report(HashChain chain, Optional<VerificationReport.Problem> problem, long torn) {
        return new VerificationReport(chain.position(), chain.bytes(),
                chain.position() == 0 ? Optional.empty() : Optional.of(chain.headHash()), problem, torn);
    }
}
