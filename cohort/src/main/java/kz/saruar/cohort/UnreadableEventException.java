package kz.saruar.cohort;

import kz.saruar.model.journal.UnreadableRecordException;

/**
 * A journal record that this library cannot read as a cohort event (LFT-06): damaged bytes, a
 * broken hash chain, an unknown type, or a schema version newer than this library reads. The
 * message names the position and what is wrong; the cohort does not open past it.
 */
public final class UnreadableEventException extends UnreadableRecordException {
    private static final long serialVersionUID = 1L;

    /** A record at {@code position} that cannot be read, and why. */
    public UnreadableEventException(long position, String why) {
        super("cohort", position, why);
    }
}
