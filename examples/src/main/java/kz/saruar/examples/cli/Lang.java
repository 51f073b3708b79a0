package kz.saruar.examples.cli;

import kz.saruar.model.Language;

/** The {@code --lang} option's values. */
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
