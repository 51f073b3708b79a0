package kz.saruar.community.journal;

import kz.saruar.model.SaruarException;

/**
 * A journal record that this library cannot read as a community event (LFT-06 as the cohort reads
 * its journal): damaged bytes, a broken hash chain, an unknown type or a schema version newer than
 * this library reads. The message names the position and what is wrong.
 */
public final class UnreadableCommunityEventException extends SaruarException {
    private static final long serialVersionUID = 1L;
    private final long position;

    /** A record at {@code position} that cannot be read, and why. */
    public UnreadableCommunityEventException(long position, String why) {
        super("community journal record " + position + ": " + why);
        this.position = position;
    }

    /** The position of the record. */
    public long position() {
        return position;
    }
}
