package kz.saruar.community;

import kz.saruar.model.decision.ReasonCode;
import kz.saruar.model.decision.ReasonDefinition;

/**
 * Every refusal and exclusion of the community module, with its rule (HUB-01..05, PLT-01,
 * REG-03). Kazakh and English messages are Saruar's translations (the seeds have no such messages).
 */
public enum CommunityReason implements ReasonCode {
    /** PLT-01: two records share one identifier. */
    DUPLICATE_ID("PLT-01", "{0} идентификаторы қайталанады", "Идентификатор {0} повторяется", "Identifier {0} is used twice"),
    /** PLT-01: a reference to a record that the registry does not hold. */
    UNKNOWN_REFERENCE("PLT-01", "{0} тізілімде жоқ", "{0} нет в реестре", "{0} is not in the registry"),
    /** PLT-01: an expert area that is not in CAT-05. */
    UNKNOWN_COMPETENCY("CAT-05", "{0} — сарапшы бағыты емес (CAT-05)", "{0} — не область экспертизы (CAT-05)", "{0} is not an expert area of CAT-05"),
    /** PLT-01: a direction the methodology does not have. */
    UNKNOWN_DIRECTION("CAT-01", "{0} бағыты жоқ", "Направления {0} нет", "There is no direction {0}"),
    /** MAT-07: a focus area the methodology does not have. */
    UNKNOWN_FOCUS_AREA("MAT-07", "{0} — акселерация фокусы емес", "{0} — не фокус акселерации", "{0} is not an acceleration focus area"),
    /** MAT-02: a lifecycle stage the methodology does not have. */
    UNKNOWN_STAGE("MAT-02", "{0} — өмірлік цикл кезеңі емес", "{0} — не этап жизненного цикла", "{0} is not a lifecycle stage"),
    /** HUB-02: a load above the capacity. */
    LOAD_ABOVE_CAPACITY("HUB-02", "Жүктеме {0} қуаттан {1} асады", "Загрузка {0} превышает ёмкость {1}", "Load {0} exceeds the capacity {1}"),
    /** HUB-02: a pro-bono expert without the company that lends them. */
    PRO_BONO_WITHOUT_COMPANY("HUB-02", "Pro bono сарапшының компаниясы көрсетілмеген", "У эксперта pro bono не указана компания", "A pro-bono expert names no company"),
    /** HUB-01 (EXP-02): only a mentor-expert curates projects. */
    NOT_A_MENTOR("HUB-01", "{0} — кеңесші сарапшы, тәлімгер емес (EXP-02)", "{0} — эксперт-консультант, не наставник (EXP-02)", "{0} is a consulting expert, not a mentor-expert (EXP-02)"),
    /** HUB-01: a conflict of interest with the project. */
    CONFLICT_OF_INTEREST("HUB-01", "{0} мен {1} арасында мүдделер қақтығысы бар", "У {0} конфликт интересов с {1}", "{0} has a conflict of interest with {1}"),
    /** HUB-01: the expert's month is full. */
    NO_CAPACITY("HUB-01", "{0} толық жүктелген: {1} / {2}", "{0} полностью загружен: {1} из {2}", "{0} is fully booked: {1} of {2}"),
    /** HUB-01: no language in common. */
    NO_COMMON_LANGUAGE("HUB-01", "{0} жобаның тілдерінде ({1}) жұмыс істемейді", "{0} не работает на языках проекта ({1})", "{0} works in none of the project''s languages ({1})"),
    /** HUB-01: the expert covers none of the project's needs. */
    NO_NEED_COVERED("HUB-01", "{0} жобаның бірде-бір қажеттілігін жаппайды", "{0} не покрывает ни одной потребности проекта", "{0} covers none of the project''s needs"),
    /** M II.2.2: a declined pair is never proposed again. */
    DECLINED_BEFORE("HUB-01", "{0} мен {1} жұбынан бұрын бас тартылған", "От пары {0} и {1} уже отказались", "The pair {0} and {1} was declined before"),
    /** M II.2.2: the pair is already proposed or formed. */
    ALREADY_PAIRED("HUB-01", "{0} мен {1} жұбы бұрыннан бар", "Пара {0} и {1} уже есть", "The pair {0} and {1} already exists"),
    /** HUB-01: the project already has the methodology's number of mentors. */
    MENTOR_LIMIT_REACHED("HUB-01", "{0} жобасында {1} тәлімгер бар, ең көбі {2}", "У проекта {0} уже {1} наставник(ов), не больше {2}", "Project {0} already has {1} mentor(s), at most {2}"),
    /** M II.2.2: no proposal of this pair is open. */
    NO_OPEN_PROPOSAL("HUB-01", "{0} мен {1} жұбына ашық ұсыныс жоқ", "Нет открытого предложения пары {0} и {1}", "There is no open proposal of the pair {0} and {1}"),
    /** M II.2.2: this side has already answered. */
    ALREADY_ANSWERED("HUB-01", "{0} жауап берді", "{0} уже ответил(а)", "{0} has already answered"),
    /** M II.2.2: a decline keeps its reason. */
    DECLINE_WITHOUT_REASON("HUB-01", "Бас тартудың себебі көрсетілмеген", "Не указана причина отказа", "A decline needs its reason"),
    /** Events: a schema version the reader does not know. */
    UNKNOWN_SCHEMA_VERSION("HUB-01", "{0} схема нұсқасы белгісіз", "Версия схемы {0} неизвестна", "Schema version {0} is unknown"),
    /** Events: an event type the reader does not know. */
    UNKNOWN_EVENT_TYPE("HUB-01", "{0} оқиға түрі белгісіз", "Тип события {0} неизвестен", "Event type {0} is unknown"),
    /** HUB-03: a measurement in another unit than its indicator's. */
    WRONG_UNIT("HUB-03", "Өлшем бірлігі {0}, көрсеткіште {1}", "Единица измерения {0}, у индикатора {1}", "The unit is {0}, the indicator''s is {1}"),
    /** HUB-03: a target on the wrong side of the baseline for the direction of good. */
    TARGET_AGAINST_DIRECTION("HUB-03", "Мақсат {0} базалық {1} мәнінен {2} бағытына қайшы", "Цель {0} противоречит направлению {2} от базового значения {1}", "The target {0} contradicts the direction {2} from the baseline {1}"),
    /** HUB-03: a date outside the project's life. */
    DATE_OUTSIDE_PROJECT("HUB-03", "{0} күні жоба мерзімінен ({1} — {2}) тыс", "Дата {0} вне срока проекта ({1} — {2})", "The date {0} is outside the project''s life ({1} to {2})"),
    /** HUB-03: a project that ends before it starts. */
    PROJECT_ENDS_BEFORE_START("HUB-03", "Жоба {1} басталмай {0} аяқталады", "Проект заканчивается {0} раньше начала {1}", "The project ends on {0}, before it starts on {1}"),
    /** HUB-03: an indicator that refers to no result of the chain. */
    UNKNOWN_RESULT("HUB-03", "{0} нәтижесі өзгеріс теориясында жоқ", "Результата {0} нет в теории изменений", "There is no result {0} in the theory of change"),
    /** HUB-03: a link that does not go one step forward in the chain. */
    LINK_OUT_OF_ORDER("HUB-03", "{0} → {1} байланысы тізбек бойынша алға бармайды", "Связь {0} → {1} не идёт вперёд по цепочке", "The link {0} → {1} does not go one step forward in the chain"),
    /** HUB-03: an IRIS+ metric ID of the wrong shape. */
    BAD_IRIS_ID("HUB-03", "{0} — IRIS+ метрика идентификаторы емес", "{0} — не идентификатор метрики IRIS+", "{0} is not an IRIS+ metric ID"),
    /** REG-03: a factor of the checklist is missing or repeated. */
    READINESS_FACTOR_MISSING("REG-03", "{0} факторы бағаланбаған", "Фактор {0} не оценён", "Factor {0} is not rated"),
    /** REG-03: a rating given without evidence. */
    RATING_WITHOUT_EVIDENCE("REG-03", "{0} бағасының дәлелі жоқ", "У оценки {0} нет подтверждения", "The rating of {0} has no evidence"),
    /** REG-03: a rating outside the scale. */
    RATING_OUT_OF_SCALE("REG-03", "{0} бағасы {1} шкаладан тыс (0..{2})", "Оценка {0} = {1} вне шкалы (0..{2})", "The rating of {0} = {1} is outside the scale (0..{2})"),
    /** REG-01/02: a task or role code the methodology does not have. */
    UNKNOWN_TASK_OR_ROLE("REG-01", "{0} — өңірлік акселератордың міндеті не рөлі емес", "{0} — не задача и не роль регионального акселератора", "{0} is not a task or role of a regional accelerator"),
    /** LFT-06: the journal already holds a community. */
    COMMUNITY_EXISTS("LFT-06", "Журналда қоғамдастық бар ({0} жазба)", "В журнале уже есть сообщество ({0} записей)",
            "The journal already holds a community ({0} records)"),
    /** LFT-06: an idempotency key used before for a different command. */
    KEY_REUSED("LFT-06", "«{0}» кілті басқа командаға қолданылған", "Ключ «{0}» уже использован для другой команды",
            "The key \"{0}\" was already used for a different command"),
    /** LFT-06: another writer appended first; the command may be given again. */
    CONCURRENT_WRITE("LFT-06", "Журналға басқа жазушы {0} позициясында жазды; қайталап көріңіз",
            "Другой писатель дописал журнал до позиции {0}; повторите команду",
            "Another writer appended to the journal up to position {0}; give the command again"),
    /** PLT-01: the person's name and contacts were already erased. */
    ALREADY_ERASED("PLT-01", "{0} тұлғасының деректері өшірілген", "Данные лица {0} уже удалены",
            "The personal data of {0} were already erased"),
    /** HUB-05: a collaboration needs two different parties. */
    COLLABORATION_WITH_ITSELF("HUB-05", "{0} өзімен ынтымақтаса алмайды", "{0} не может сотрудничать сам с собой", "{0} cannot collaborate with itself");

    private final ReasonDefinition definition;

    CommunityReason(String rule, String kk, String ru, String en) {
        this.definition = ReasonDefinition.translated(rule, kk, ru, en);
    }

    @Override
    public ReasonDefinition definition() {
        return definition;
    }
}
