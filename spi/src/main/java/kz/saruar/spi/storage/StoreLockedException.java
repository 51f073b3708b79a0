package kz.saruar.spi.storage;

/** A store location that another writer already holds (one writer per journal, LFT-06). */
public class StoreLockedException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** A refusal naming the locked location. */
    public StoreLockedException(String message) {
        super(message);
    }
}
