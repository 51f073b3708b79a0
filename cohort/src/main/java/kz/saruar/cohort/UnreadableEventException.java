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
    /** The journal's name as {@link UnreadableRecordException}'s sentence needs it (Russian genitive). */
    private static final LocalizedText JOURNAL = LocalizedText.message("когорта", "когорты", "cohort");

    /**
     * A record at {@code position} that cannot be read, and why in kk/ru/en: there is no English-only
     * form, so that every reason a cohort gives reads in the user's language (FMT-03).
     */
    public UnreadableEventException(long position, LocalizedText why) {
        super(JOURNAL, position, why);
    }
}
