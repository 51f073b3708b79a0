package kz.saruar.community.region;

import java.util.List;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * The seven tasks of a regional accelerator (REG-01, M V.5.2). Kazakh and Russian are the seed's
 * own words (the methodology, M V.5.2 in both halves, without the examples in brackets); English
 * is Saruar's translation and marked so.
 */
public enum RegionalTask {
    /** 1. Select projects and form clusters by direction. */
    SELECT_AND_CLUSTER("Акселераторға жобаларды іріктеу, тақырыптық бағыттар бойынша жобалар кластерлерін қалыптастыру",
            "Отбор проектов в Акселератор, формирование кластеров проектов по тематическим направлениям",
            "Select projects for the accelerator and form clusters of projects by theme"),
    /** 2. Expert and methodological support, business models. */
    EXPERT_SUPPORT("Жобаларды сараптамалық және әдістемелік сүйемелдеу, тиімді бизнес-модельдерді әзірлеу",
            "Экспертное и методическое сопровождение проектов, разработка эффективных бизнес-моделей",
            "Expert and methodological support of projects, effective business models"),
    /** 3. Coordinate with agencies and anchor organizations. */
    COORDINATE("Тиісті ведомстволармен және зәкірлік ұйымдармен жобалардың өзара іс-қимылын үйлестіру",
            "Координация взаимодействия проектов с соответствующими ведомствами и якорными организациями",
            "Coordinate the projects with the agencies and anchor organizations concerned"),
    /** 4. Attract resources, incl. the support platform. */
    ATTRACT_RESOURCES("Әлеуметтік салаға ресурстарды тарту және инновациялық тәсілдерді пайдалану арқылы халықтың жаппай"
            + " қатысуымен жобаларды қолдау үшін жағдайлар жасау",
            "Создание условий для привлечения ресурсов в социальную сферу и поддержки проектов с массовым участием"
            + " населения через использование инновационных подходов",
            "Attract resources to the social sphere and support projects with mass participation through innovative"
            + " approaches (e.g. a support platform)"),
    /** 5. Prepare projects for «Асар», competitions, investor meetings. */
    PREPARE_FOR_FUNDING("«Асар» алаңына, әлеуметтік жобалар конкурстарына қатысу үшін жобаларды дайындау, сондай-ақ жобалық"
            + " командалардың инвесторлармен және меценаттармен кездесулерін ұйымдастыру",
            "Подготовка проектов для участия на площадке «Асар», в конкурсах социальных проектов, а также организация"
            + " встреч проектных команд с инвесторами и меценатами",
            "Prepare projects for the «Asar» platform and social-project competitions; arrange meetings with investors"
            + " and patrons"),
    /** 6. Self-sufficiency. */
    SELF_SUFFICIENCY("Жобалардың өзін-өзі ақтауға шығуы және орнықты дербес дамуы үшін жағдайлар жасау",
            "Создание условий для выхода проектов на самоокупаемость и устойчивое самостоятельное развитие",
            "Help projects become self-sufficient and develop on their own"),
    /** 7. Strategic sessions by direction. */
    STRATEGIC_SESSIONS("Барлық қатысушылардың үйлесімді өзара іс-қимылын қамтамасыз ету үшін жекелеген бағыттар бойынша"
            + " стратегиялық сессиялар өткізу",
            "Проведение стратегических сессий по отдельным направлениям для обеспечения слаженного взаимодействия всех"
            + " участников",
            "Hold strategic sessions by direction so that all participants work together");

    private final LocalizedText name;

    RegionalTask(String kk, String ru, String en) {
        this.name = LocalizedText.of(Map.of(Language.KK, kk, Language.RU, ru, Language.EN, en), List.of(Language.EN));
    }

    /** The task's name in kk/ru/en. */
    public LocalizedText displayName() {
        return name;
    }
}
