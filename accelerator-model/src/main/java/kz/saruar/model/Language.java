package kz.saruar.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A language the methodology speaks: Kazakh and Russian from the seeds (APP-03 §9), English translated. */
public enum Language {
    /** Kazakh, the state language. */
    KK("kk"),
    /** Russian, the language of most seed texts. */
    RU("ru"),
    /** English, translated by Saruar where the seeds have no English. */
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag: {@code kk}, {@code ru} or {@code en}. */
    public String tag() {
        return tag;
    }

    /** The {@link Locale} of this language. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as {@code "kk"} or {@code "ru-KZ"}, if Saruar speaks it. */
    public static Optional<Language> fromTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        String primary = tag.trim().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        for (Language l : values()) {
            if (l.tag.equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #fromTag(String)} but refuses an unknown tag. */
    public static Language of(String tag) {
        return fromTag(tag).orElseThrow(() -> new IllegalArgumentException(
                "language is not one of kk, ru, en: \"" + tag + "\""));
    }
}
