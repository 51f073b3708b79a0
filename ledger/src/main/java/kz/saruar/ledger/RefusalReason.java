package kz.saruar.ledger;

import kz.saruar.model.decision.ReasonCode;
import kz.saruar.model.decision.ReasonDefinition;

/**
 * Why the LIFTCOIN ledger refused a command, with the rule it applies (LFT-01..08) and a kk/ru/en
 * message pattern; the ledger's codes of the shared {@link ReasonCode} vocabulary, so a refusal
 * reaches callers as a {@link kz.saruar.model.decision.Reason} with its figures by name.
 */
public enum RefusalReason implements ReasonCode {
    /** Only the platform issues, opens accounts, grants, corrects and expires (LFT-01). */
    NOT_THE_PLATFORM("LFT-01",
            "Бұл әрекетті тек SOCIAL LIFT платформасы орындай алады: {0}",
            "Это действие может выполнить только платформа SOCIAL LIFT: {0}",
            "Only the SOCIAL LIFT platform may do this: {0}"),
    /** Points are issued to a project account only (LFT-01). */
    ISSUE_TO_PROJECT_ONLY("LFT-01",
            "Ұпайлар тек әлеуметтік жобаның шотына шығарылады, {0} шоты — {1}",
            "Баллы выпускаются только на счёт социального проекта, а счёт {0} — {1}",
            "Points are issued to a social project account only; account {0} is {1}"),
    /** A project rewards from its own project account (LFT-02). */
    REWARD_FROM_OWN_PROJECT_ONLY("LFT-02",
            "Жоба тек өз жоба шотынан марапаттайды: {0}",
            "Проект награждает только со своего счёта проекта: {0}",
            "A project rewards only from its own project account: {0}"),
    /** A project rewards its own participants (LFT-02). */
    NOT_A_PARTICIPANT_OF_THE_PROJECT("LFT-02",
            "{0} шоты {1} жобасының қатысушысы емес",
            "Счёт {0} не является участником проекта {1}",
            "Account {0} is not a participant of project {1}"),
    /** Offers come from projects and businesses; payments go between members (LFT-03). */
    NOT_A_MARKET_MEMBER("LFT-03",
            "{0} шоты ({1}) нарықта бұл әрекетті жасай алмайды",
            "Счёт {0} ({1}) не может делать это на рынке",
            "Account {0} ({1}) cannot do this in the market"),
    /** The offer does not exist (LFT-03). */
    UNKNOWN_OFFER("LFT-03",
            "{0} ұсынысы жоқ",
            "Предложения {0} нет",
            "There is no offer {0}"),
    /** The offer identifier is taken (LFT-03). */
    OFFER_EXISTS("LFT-03",
            "{0} ұсынысы бұрыннан бар",
            "Предложение {0} уже существует",
            "Offer {0} already exists"),
    /** The offer was withdrawn (LFT-03). */
    OFFER_WITHDRAWN("LFT-03",
            "{0} ұсынысы алынып тасталды",
            "Предложение {0} снято",
            "Offer {0} has been withdrawn"),
    /** Fewer units remain than requested (LFT-03). */
    NOT_ENOUGH_UNITS("LFT-03",
            "{0} ұсынысында {1} бірлік қалды, {2} сұралды",
            "В предложении {0} осталось {1} ед., запрошено {2}",
            "Offer {0} has {1} units left; {2} requested"),
    /** Issuing would exceed coverage (LFT-04). */
    COVERAGE_EXCEEDED("LFT-04",
            "{0} ұпай шығару қамтуды {1} ұпайға асырады: айналымда {2}, нарық сыйымдылығы {3} × {4}",
            "Выпуск {0} баллов превысит покрытие на {1}: в обращении {2}, ёмкость рынка {3} × {4}",
            "Issuing {0} points would exceed coverage by {1}: circulation {2}, market capacity {3} × {4}"),
    /** Forum grants go to participants and guests (LFT-05). */
    FORUM_GRANT_RECIPIENT("LFT-05",
            "Форум гранты тек қатысушыларға және қонақтарға беріледі, {0} шоты — {1}",
            "Грант форума выдаётся только участникам и гостям, а счёт {0} — {1}",
            "Forum grants go to participants and guests only; account {0} is {1}"),
    /** Every grant of a forum is the forum's set amount (LFT-05). */
    FORUM_GRANT_AMOUNT("LFT-05",
            "{0} форумы әрқайсысына {1} ұпай береді, {2} емес",
            "Форум {0} выдаёт каждому {1} баллов, а не {2}",
            "Forum {0} grants {1} points to each, not {2}"),
    /** One grant per recipient and forum (LFT-05). */
    FORUM_GRANT_REPEATED("LFT-05",
            "{1} шоты {0} форумының грантын алып қойған",
            "Счёт {1} уже получил грант форума {0}",
            "Account {1} has already received the grant of forum {0}"),
    /** The account does not exist (LFT-07). */
    UNKNOWN_ACCOUNT("LFT-07",
            "{0} шоты жоқ",
            "Счёта {0} нет",
            "There is no account {0}"),
    /** The account identifier is taken (LFT-07). */
    ACCOUNT_EXISTS("LFT-07",
            "{0} шоты бұрыннан бар",
            "Счёт {0} уже существует",
            "Account {0} already exists"),
    /** The account cannot be opened this way (LFT-07). */
    INVALID_ACCOUNT("LFT-07",
            "{0} шотын ашу мүмкін емес: {1}",
            "Счёт {0} нельзя открыть: {1}",
            "Account {0} cannot be opened: {1}"),
    /** Only the owner spends from an account (LFT-07). */
    NOT_THE_OWNER("LFT-07",
            "{0} шотынан тек оның иесі жұмсай алады",
            "Тратить со счёта {0} может только его владелец",
            "Only the owner of account {0} may spend from it"),
    /** Amounts, prices and quantities are positive whole numbers (LFT-07). */
    NOT_POSITIVE("LFT-07",
            "{0} оң бүтін сан болуы керек: {1}",
            "{0} должно быть положительным целым числом: {1}",
            "{0} must be a positive whole number: {1}"),
    /** The result would not fit in a long (LFT-07). */
    OVERFLOW("LFT-07",
            "{0} тым үлкен: есеп асып кетеді",
            "{0} слишком велико: переполнение",
            "{0} is too large: the arithmetic would overflow"),
    /** No account but the issuer goes below zero (LFT-07). */
    INSUFFICIENT_BALANCE("LFT-07",
            "{0} шотында {1} ұпай бар, {2} қажет",
            "На счёте {0} {1} баллов, нужно {2}",
            "Account {0} has {1} points; {2} needed"),
    /** Points cannot move from an account to itself (LFT-07). */
    SAME_ACCOUNT("LFT-07",
            "Ұпайларды {0} шотынан өзіне аудару мүмкін емес",
            "Нельзя переводить баллы со счёта {0} на него же",
            "Points cannot move from account {0} to itself"),
    /** The idempotency key was used for another command (LFT-07). */
    KEY_REUSED("LFT-07",
            "{0} кілті басқа командаға қолданылған",
            "Ключ {0} уже использован для другой команды",
            "Idempotency key {0} was already used for a different command"),
    /** The record cannot be corrected (LFT-07). */
    NOT_CORRECTABLE("LFT-07",
            "{0} жазбасын түзету мүмкін емес: {1}",
            "Запись {0} нельзя исправить: {1}",
            "Record {0} cannot be corrected: {1}"),
    /** The expiry policy finds nothing expired (LFT-07). */
    NOTHING_EXPIRED("LFT-07",
            "{0} шотында мерзімі өткен ұпай жоқ",
            "На счёте {0} нет просроченных баллов",
            "Account {0} has no expired points"),
    /** A direction tag must be one of the priority directions (LFT-08). */
    NOT_A_PRIORITY_DIRECTION("LFT-08",
            "{0} басым бағыт емес; басым бағыттар: {1}",
            "{0} не является приоритетным направлением; приоритетные: {1}",
            "{0} is not a priority direction; the priority directions are {1}");

    private final ReasonDefinition definition;

    RefusalReason(String rule, String kk, String ru, String en) {
        this.definition = ReasonDefinition.of(rule, kk, ru, en);
    }

    /** The rule this refusal applies and its {@link java.text.MessageFormat} pattern. */
    @Override
    public ReasonDefinition definition() {
        return definition;
    }
}
