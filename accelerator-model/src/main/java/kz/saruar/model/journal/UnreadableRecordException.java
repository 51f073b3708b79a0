package kz.saruar.model.journal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.SaruarException;

/**
 * A journal record that this library cannot read (LFT-06): damaged bytes, a broken hash chain, an
 * unknown type, or a schema version newer than this library reads. The message names the journal,
 * the position and what is wrong, in English for a developer's log; {@link #text()} says the same
 * in kk/ru/en for a user (FMT-03). The journal does not open past it.
 */
public class UnreadableRecordException extends SaruarException {
    private static final long serialVersionUID = 1L;
    private final long position;
    private final LocalizedText text;

    /**
     * A record at {@code position} of a journal that cannot be read, and why in kk/ru/en.
     *
     * @param journal what the journal holds, e.g. {@code cohort}
     */
    public UnreadableRecordException(String journal, long position, LocalizedText why) {
        this(LocalizedText.of(journal, journal, journal), position, why);
    }

    /**
     * A record at {@code position} of a journal that cannot be read, and why in kk/ru/en, the journal
     * named in each language as the sentence needs it: Kazakh {@code когорта} (…журналының), Russian in
     * the genitive {@code когорты} (…журнала), English {@code cohort}.
     *
     * @param journal what the journal holds, in the forms above; its English names it in the message
     */
    public UnreadableRecordException(LocalizedText journal, long position, LocalizedText why) {
        super(Objects.requireNonNull(journal, "journal").get(Language.EN) + " journal record " + position + ": "
                + Objects.requireNonNull(why, "why").get(Language.EN));
        this.position = position;
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            LocalizedText head = LocalizedText.message("{0} журналының {1}-жазбасын оқу мүмкін емес",
                    "запись {1} журнала {0} не читается", "{0} journal record {1}", journal.get(l), position);
            texts.put(l, head.get(l) + ": " + why.get(l));
        }
        this.text = LocalizedText.of(texts, List.of(Language.KK, Language.EN));
    }

    /** The position of the record. */
    public long position() {
        return position;
    }

    /** What is wrong with the record, in kk/ru/en, naming the journal and the position. */
    public LocalizedText text() {
        return text;
    }
}
