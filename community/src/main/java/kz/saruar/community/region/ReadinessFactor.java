package kz.saruar.community.region;

import kz.saruar.model.LocalizedText;

/**
 * What support for social initiatives depends on (REG-03, seed P «Меры поддержки зависят от»): the
 * six factors of a region's readiness. Russian from the seed (shortened); Kazakh and English are
 * Saruar's translations.
 */
public enum ReadinessFactor {
    /** Political will and a long planning horizon. */
    POLITICAL_WILL("Саяси ерік пен ұзақ жоспарлау көкжиегі", "Наличие политической воли в территории, дальнего горизонта планирования",
            "Political will and a long planning horizon"),
    /** Trust between authorities and activists. */
    TRUST("Билік пен белсенділер арасындағы сенім", "Степень доверия между органами власти и активистами",
            "Trust between the authorities and activists"),
    /** Trained staff in government. */
    TRAINED_STAFF("Билік органдарында дайындалған мамандар", "Наличие в органах власти подготовленных специалистов",
            "Trained, motivated staff in government"),
    /** Number, quality and themes of initiatives. */
    INITIATIVES("Бастамалардың саны, сапасы және тақырыбы", "Количество и качество, а также тематика социальных инициатив",
            "Number, quality and themes of social initiatives"),
    /** Funding sources and material base. */
    FUNDING_AND_BASE("Қаржыландыру көздері мен материалдық-техникалық база",
            "Наличие источников финансирования и материально-технической базы", "Funding sources and a material base"),
    /** Society's attitude to grassroots initiatives. */
    SOCIETY_ATTITUDE("Қоғамның төменнен келген бастамаларға көзқарасы", "Отношение общества к инициативам снизу",
            "Society's attitude to grassroots initiatives");

    private final LocalizedText name;

    ReadinessFactor(String kk, String ru, String en) {
        this.name = LocalizedText.message(kk, ru, en);
    }

    /** The factor's name in kk/ru/en. */
    public LocalizedText displayName() {
        return name;
    }
}
