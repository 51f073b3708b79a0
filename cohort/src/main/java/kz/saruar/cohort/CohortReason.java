package kz.saruar.cohort;

import kz.saruar.model.decision.ReasonCode;
import kz.saruar.model.decision.ReasonDefinition;

/**
 * Why the cohort itself refuses a command, before or besides the rules of the composed modules
 * (APP-03, APP-10, DEF-09, DEF-10, PRE-06, ACC-03; LFT-06 for the journal). Kazakh and English
 * messages are Saruar's translations.
 */
public enum CohortReason implements ReasonCode {
    /** Another writer appended first; read the journal again and retry (optimistic concurrency). */
    CONCURRENT_WRITE("LFT-06", "Журналға басқа жазушы {0} позициясында жазды; қайталап көріңіз",
            "Другой писатель дописал журнал до позиции {0}; повторите команду",
            "Another writer appended to the journal up to position {0}; retry the command"),
    /** The idempotency key was used for a different command. */
    KEY_REUSED("LFT-06", "«{0}» кілті басқа командаға қолданылған", "Ключ «{0}» уже использован для другой команды",
            "The key \"{0}\" was already used for a different command"),
    /** The journal already holds a cohort. */
    COHORT_EXISTS("LFT-06", "Журналда когорта бар ({0} жазба)", "В журнале уже есть когорта ({0} записей)",
            "The journal already holds a cohort ({0} records)"),
    /** A project with this id is already in the cohort. */
    PROJECT_EXISTS("APP-03", "{0} жобасы когортада бар", "Проект {0} уже есть в когорте", "The project {0} is already in the cohort"),
    /** No project with this id. */
    UNKNOWN_PROJECT("APP-03", "{0} жобасы жоқ", "Проекта {0} нет", "There is no project {0}"),
    /** The actor's role may not give this command. */
    ROLE_NOT_ALLOWED("APP-10", "{0} рөлі {1} жасай алмайды; рұқсат етілгендер: {2}",
            "Роль {0} не может выполнить {1}; допустимы: {2}", "Role {0} may not give {1}; allowed: {2}"),
    /** The application can no longer be updated in this state. */
    UPDATE_NOT_ALLOWED("APP-10", "{0} күйінде өтінімді жаңарту мүмкін емес",
            "В состоянии {0} заявку обновить нельзя", "The application cannot be updated in state {0}"),
    /** No eligibility check of this name. */
    UNKNOWN_CHECK("APP-08", "«{0}» тексеруі жоқ; бары: {1}", "Проверки «{0}» нет; есть: {1}",
            "There is no check \"{0}\"; the checks are: {1}"),
    /** A defense is recorded only through a defense session. */
    DEFENSE_THROUGH_SESSION("DEF-09", "Қорғау нәтижесі тек қорғау сессиясы арқылы тіркеледі",
            "Результат защиты записывается только через сессию защиты",
            "A defense is recorded only through a defense session"),
    /** A project at the defense is not in pre-acceleration. */
    NOT_IN_PRE_ACCELERATION("DEF-09", "{0} жобасы {1} күйінде, алдын ала акселерацияда емес",
            "Проект {0} в состоянии {1}, а не в предакселерации", "The project {0} is in state {1}, not in pre-acceleration"),
    /** No consultation with this id. */
    UNKNOWN_CONSULTATION("PRE-06", "{0} кеңесі жоқ", "Консультации {0} нет", "There is no consultation {0}"),
    /** The project cannot take consultations in its state. */
    CONSULTATION_STATE("PRE-06", "{0} жобасы {1} күйінде; кеңес алдын ала акселерацияда беріледі",
            "Проект {0} в состоянии {1}; консультации — в предакселерации",
            "The project {0} is in state {1}; consultations are for pre-acceleration"),
    /** A no-show party that does not exist. */
    UNKNOWN_NO_SHOW_PARTY("PRE-06", "«{0}» келмеген тарап жоқ; бары: PROJECT, EXPERT",
            "Неявившейся стороны «{0}» нет; есть: PROJECT, EXPERT",
            "There is no no-show party \"{0}\"; the parties are PROJECT and EXPERT"),
    /** A certificate kind that does not exist. */
    UNKNOWN_CERTIFICATE_KIND("DEF-10", "«{0}» сертификат түрі жоқ", "Вида сертификата «{0}» нет",
            "There is no certificate kind \"{0}\""),
    /** The project's state does not earn this certificate. */
    CERTIFICATE_NOT_EARNED("DEF-10", "{0} жобасы {1} күйінде; {2} сертификаты берілмейді",
            "Проект {0} в состоянии {1}; сертификат {2} не выдаётся",
            "The project {0} is in state {1}; it does not earn a {2} certificate"),
    /** The certificates were already issued. */
    CERTIFICATES_ALREADY_ISSUED("DEF-10", "{0} жобасына {1} сертификаттары берілген",
            "Проекту {0} сертификаты {1} уже выданы", "The {1} certificates of {0} were already issued"),
    /** No person with this id. */
    UNKNOWN_PERSON("APP-03", "{0} тұлғасы жоқ", "Лица {0} нет", "There is no person {0}"),
    /** The person's data was already erased. */
    ALREADY_ERASED("APP-03", "{0} тұлғасының деректері өшірілген", "Данные лица {0} уже удалены",
            "The personal data of {0} were already erased");

    private final ReasonDefinition definition;

    CohortReason(String rule, String kk, String ru, String en) {
        this.definition = ReasonDefinition.translated(rule, kk, ru, en);
    }

    @Override
    public ReasonDefinition definition() {
        return definition;
    }
}
