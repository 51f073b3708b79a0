package kz.saruar.cohort;

import kz.saruar.model.LocalizedText;
import kz.saruar.model.journal.UnreadableRecordException;

/**
 * A journal record that this library cannot read as a cohort event (LFT-06): damaged bytes, a
 * broken hash chain, an unknown type, or a schema version newer than this library reads. The
 * message names the position and what is wrong; the cohort does not open past it.
 */
public final class UnreadableEventException extends UnreadableRecordException {
    private static final long serialVersionUID = 1L;

    /** A record at {@code position} that cannot be read, and why in English (Kazakh and Russian say it does not replay). */
    public UnreadableEventException(long position, String why) {
        super("cohort", position, why);
    }

    /** A record at {@code position} that cannot be read, and why in kk/ru/en. */
    public UnreadableEventException(long position, LocalizedText why) {
        super("cohort", position, why);
    }
}
