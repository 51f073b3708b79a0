package kz.saruar.community.region;

import kz.saruar.model.LocalizedText;

/** The seven tasks of a regional accelerator (REG-01, M V.5.2); Kazakh and English are Saruar's translations. */
public enum RegionalTask {
    /** 1. Select projects and form clusters by direction. */
    SELECT_AND_CLUSTER("Жобаларды іріктеу және бағыттар бойынша кластерлеу", "Отбор проектов и формирование кластеров по направлениям",
            "Select projects and form clusters by direction"),
    /** 2. Expert and methodological support, business models. */
    EXPERT_SUPPORT("Сараптамалық және әдістемелік қолдау, бизнес-модельдер", "Экспертное и методическое сопровождение, бизнес-модели",
            "Expert and methodological support, business models"),
    /** 3. Coordinate with agencies and anchor organizations. */
    COORDINATE("Мемлекеттік органдармен және якорь ұйымдармен үйлестіру", "Координация с госорганами и якорными организациями",
            "Coordinate with agencies and anchor organizations"),
    /** 4. Attract resources, incl. the support platform. */
    ATTRACT_RESOURCES("Ресурстарды тарту, соның ішінде қолдау платформасы", "Привлечение ресурсов, в том числе платформа поддержки",
            "Attract resources, including the support platform"),
    /** 5. Prepare projects for «Асар», competitions, investor meetings. */
    PREPARE_FOR_FUNDING("Жобаларды «Асар»-ға, конкурстарға, инвесторлармен кездесулерге дайындау",
            "Подготовка проектов к «Асар», конкурсам, встречам с инвесторами",
            "Prepare projects for «Asar», competitions and investor meetings"),
    /** 6. Self-sufficiency. */
    SELF_SUFFICIENCY("Өзін-өзі қамтамасыз ету", "Самоокупаемость", "Self-sufficiency"),
    /** 7. Strategic sessions by direction. */
    STRATEGIC_SESSIONS("Бағыттар бойынша стратегиялық сессиялар", "Стратегические сессии по направлениям",
            "Strategic sessions by direction");

    private final LocalizedText name;

    RegionalTask(String kk, String ru, String en) {
        this.name = LocalizedText.message(kk, ru, en);
    }

    /** The task's name in kk/ru/en. */
    public LocalizedText displayName() {
        return name;
    }
}
