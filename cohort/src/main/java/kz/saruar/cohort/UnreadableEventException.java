package kz.saruar.cohort;

import kz.saruar.model.SaruarException;

/**
 * A journal record that this library cannot read as a cohort event (LFT-06): damaged bytes, a
 * broken hash chain, an unknown type, or a schema version newer than this library reads. The
 * message names the position and what is wrong; the cohort does not open past it.
 */
public final class UnreadableEventException extends SaruarException {
    private static final long serialVersionUID = 1L;
    private final long position;

    /** A record at {@code position} that cannot be read, and why. */
    public UnreadableEventException(long position, String why) {
        super("cohort journal record " + position + ": " + why);
        this.position = position;
    }

    /** The position of the record. */
    public long position() {
        return position;
    }
}
