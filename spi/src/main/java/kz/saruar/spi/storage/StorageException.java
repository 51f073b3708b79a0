package kz.saruar.spi.storage;

/** A failure of a journal store (LFT-06): I/O, a closed or failed store, corrupted data it cannot recover. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message naming the store's location. */
    public StorageException(String message) {
        super(message);
    }

    /** A failure caused by another, usually an {@link java.io.IOException}. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
