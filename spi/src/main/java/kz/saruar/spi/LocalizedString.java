package kz.saruar.spi;

import java.util.Objects;

/**
 * A text that a plugin gives in Kazakh, Russian and English (the three languages of the
 * methodology's catalog); the library turns it into its own localized text.
 *
 * @param kk the Kazakh text
 * @param ru the Russian text
 * @param en the English text
 */
public record LocalizedString(String kk, String ru, String en) {
    /** Refuses a missing language: every catalog text is trilingual. */
    public LocalizedString {
        Objects.requireNonNull(kk, "kk");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    /** The same, in {@code of} style. */
    public static LocalizedString of(String kk, String ru, String en) {
        return new LocalizedString(kk, ru, en);
    }
}
