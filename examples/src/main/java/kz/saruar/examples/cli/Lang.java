package kz.saruar.examples.cli;

import kz.saruar.model.Language;

/**
 * The {@code --lang} option's values. One default for every command: {@link #DEFAULT}, Russian, the
 * language of the methodology's originals and the first language a {@code LocalizedText} falls
 * back to (README, "The command line").
 */
public enum Lang {
    /** Kazakh. */
    kk(Language.KK),
    /** Russian. */
    ru(Language.RU),
    /** English. */
    en(Language.EN);

    /** The language of every command when {@code --lang} is not given. */
    public static final Lang DEFAULT = ru;

    private final Language language;

    Lang(Language language) {
        this.language = language;
    }

    /** The library's language. */
    public Language language() {
        return language;
    }
}
