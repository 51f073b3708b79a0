package kz.saruar.model;

/**
 * The one unchecked root of Saruar's own failures: a broken invariant or a misused API. Expected
 * outcomes of the methodology (an ineligible application, a refused command) are values, never
 * exceptions.
 */
public class SaruarException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message that quotes the offending input. */
    public SaruarException(String message) {
        super(message);
    }

    /** A failure caused by another. */
    public SaruarException(String message, Throwable cause) {
        super(message, cause);
    }
}
