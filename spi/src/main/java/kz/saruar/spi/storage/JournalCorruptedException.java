package kz.saruar.spi.storage;

/** A journal whose stored bytes are damaged beyond an unacknowledged tail (LFT-06); the store refuses it rather than drop acknowledged records. */
public class JournalCorruptedException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** A refusal naming where the damage is. */
    public JournalCorruptedException(String message) {
        super(message);
    }
}
