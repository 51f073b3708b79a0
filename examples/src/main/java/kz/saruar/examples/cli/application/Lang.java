package kz.saruar.examples.cli.application;

import kz.saruar.model.Language;

/** The {@code --lang} values of these commands (kept here so that this package never depends back on the top-level CLI). */
public enum Lang {
    /** Kazakh. */
    kk(Language.KK),
    /** Russian. */
    ru(Language.RU),
    /** English. */
    en(Language.EN);

    private final Language language;

    Lang(Language language) {
        this.language = language;
    }

    /** The library's language. */
    public Language language() {
        return language;
    }
}
