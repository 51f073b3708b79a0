package kz.saruar.model.diagnostics;

import kz.saruar.model.LocalizedText;

/**
 * The team maturity level that acceleration's team-development focus works on (MAT-07).
 * [default] The seeds name the level but not its scale: the library reads it from the mean score
 * of the answers, low below 1.5, medium below 2.5, high from 2.5 (of 3).
 */
public enum TeamMaturityLevel {
    /** Mean score below 1.5. */
    LOW(LocalizedText.message("Төмен", "Низкий", "Low")),
    /** Mean score from 1.5 to below 2.5. */
    MEDIUM(LocalizedText.message("Орташа", "Средний", "Medium")),
    /** Mean score from 2.5. */
    HIGH(LocalizedText.message("Жоғары", "Высокий", "High"));

    private final LocalizedText name;

    TeamMaturityLevel(LocalizedText name) {
        this.name = name;
    }

    /** The level's name in kk/ru/en. */
    public LocalizedText displayName() {
        return name;
    }

    /** The level of a mean score. */
    public static TeamMaturityLevel of(double meanScore) {
        return meanScore < 1.5 ? LOW : meanScore < 2.5 ? MEDIUM : HIGH;
    }
}
