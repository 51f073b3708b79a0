package kz.saruar.model.journal;

import kz.saruar.model.SaruarException;

/**
 * A journal record that this library cannot read (LFT-06): damaged bytes, a broken hash chain, an
 * unknown type, or a schema version newer than this library reads. The message names the journal,
 * the position and what is wrong; the journal does not open past it.
 */
public class UnreadableRecordException extends SaruarException {
    private static final long serialVersionUID = 1L;
    private final long position;

    /**
     * A record at {@code position} of a journal that cannot be read, and why.
     *
     * @param journal what the journal holds, e.g. {@code cohort}
     */
    public UnreadableRecordException(String journal, long position, String why) {
        super(journal + " journal record " + position + ": " + why);
        this.position = position;
    }

    /** The position of the record. */
    public long position() {
        return position;
    }
}
