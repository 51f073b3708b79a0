package kz.saruar.scheduling;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.decision.ReasonCode;
import kz.saruar.model.decision.ReasonDefinition;

/**
 * Every refusal code of scheduling (working days APP-11, program calendars PRE-01/02 and
 * ACC-01..04, consultations PRE-05..07, iCalendar export), each with its rules and its kk/ru/en
 * message pattern; the figures are named and filled in pattern order. Kazakh and English texts
 * are Saruar's translations (the seeds have no such messages).
 */
public enum SchedulingReason implements ReasonCode {
    /** A date in a year the holiday calendar has no data for (APP-11: working days are never guessed). */
    NO_HOLIDAY_DATA("APP-11", "{0} күнтізбесінде {1} жылға мереке деректері жоқ; бар жылдар: {2}",
            "в календаре {0} нет данных о праздниках за {1} год; есть данные за: {2}",
            "calendar {0} has no holiday data for {1}; years with data: {2}"),
    /** An end date before its start date (APP-11 counts; APP-09 intake window). */
    DATES_OUT_OF_ORDER("APP-11", "соңғы күн {1} бастапқы күннен {0} бұрын",
            "конечная дата {1} раньше начальной {0}", "end {1} is before start {0}"),
    /** A holiday calendar ID that no provider supplies (APP-11). */
    UNKNOWN_CALENDAR("APP-11", "{0} күнтізбесі белгісіз; барлары: {1}",
            "календарь {0} неизвестен; известны: {1}", "unknown calendar {0}; known: {1}"),
    /** A holiday data file that contradicts itself or the law (APP-11). */
    HOLIDAY_DATA_INVALID("APP-11", "Мереке деректері қате: {0}", "Ошибка в данных о праздниках: {0}",
            "Invalid holiday data: {0}"),
    /** The methodology lists other than four kickoff sessions (PRE-02). */
    KICKOFF_COUNT("PRE-02", "Төрт нұсқау сессиясы күтіледі, бар: {0}",
            "Ожидаются четыре установочные сессии, есть: {0}", "Four kickoff sessions expected, the methodology has {0}"),
    /** The acceleration modules do not fit its working days (ACC-02). */
    MODULES_DO_NOT_FIT("ACC-02", "{0} модуль {1} жұмыс күніне сыймайды ({2}–{3})",
            "{0} модулей не помещаются в {1} рабочих дней ({2}–{3})",
            "{0} modules do not fit into {1} working days ({2} to {3})"),
    /** A coaching session finds no free working time in its month (ACC-04). */
    COACHING_DOES_NOT_FIT("ACC-04", "{0}: {1}–{2} аралығында бос жұмыс уақыты жоқ",
            "{0}: нет свободного рабочего времени {1}–{2}", "{0}: no free working time from {1} to {2}"),
    /** A session longer than the working hours left on its day (PRE-01, ACC-01). */
    OUTSIDE_WORKING_HOURS("PRE-01", "{0} ({1} мин) {2} жұмыс уақытына сыймайды ({3}–{4})",
            "{0} ({1} мин) не помещается в рабочие часы {2} ({3}–{4})",
            "{0} ({1} min) does not fit the working hours of {2} ({3}–{4})"),
    /** A program of zero or negative months (PRE-01, ACC-01). */
    ZERO_LENGTH_PROGRAM("PRE-01", "Бағдарлама ұзақтығы {0} ай: оң сан керек",
            "Длительность программы {0} мес.: нужна положительная", "Program duration is {0} months: it must be positive"),
    /** A session needs a working day the period does not have (PRE-02, DEF-01). */
    SESSION_DOES_NOT_FIT("PRE-02", "{0} {1}-жұмыс күнін қажет етеді, ал {2}–{3} аралығында {4} жұмыс күні бар",
            "{0} требует рабочий день №{1}, а в периоде {2}–{3} их {4}",
            "{0} needs working day #{1} before the defense, but {2} to {3} has {4}"),
    /** A project listed twice for the demo day (ACC-03). */
    DUPLICATE_PROJECT("ACC-03", "Жоба екі рет көрсетілген: {0}", "Проект указан дважды: {0}", "Project listed twice: {0}"),
    /** Projects that do not fit the demo day (ACC-03). */
    DEMO_DAY_FULL("ACC-03", "Демо-күнге сыймайтын жобалар ({0}): {1}", "Не помещаются в демо-день ({0}): {1}",
            "Do not fit the demo day ({0}): {1}"),
    /** An expert without published availability (PRE-05). */
    UNKNOWN_EXPERT("PRE-05", "Сарапшы {0} белгісіз: ол бос уақытын жарияламаған",
            "Эксперт {0} неизвестен: он не публиковал свободное время", "Unknown expert {0}: no availability published"),
    /** A consultation ID the book does not hold (PRE-06). */
    UNKNOWN_CONSULTATION("PRE-06", "{0} кеңесі жоқ", "Консультации {0} нет", "There is no consultation {0}"),
    /** A consultation at a past moment (PRE-05). */
    IN_THE_PAST("PRE-05", "Уақыт {0} өтіп кеткен (қазір {1})", "Время {0} уже прошло (сейчас {1})",
            "Time {0} is in the past (now {1})"),
    /** Availability that has already ended (PRE-05). */
    AVAILABILITY_IN_THE_PAST("PRE-05", "Сарапшы {0} бос уақыты {1} өтіп кеткен",
            "Свободное время эксперта {0} до {1} уже прошло", "Availability of expert {0} ending {1} is in the past"),
    /** An availability window that ends before it starts (PRE-05). */
    WINDOW_OUT_OF_ORDER("PRE-05", "Бос уақыт {1} басталуынан {0} кейін аяқталмайды",
            "Свободное время заканчивается {1} не позже начала {0}", "Availability ends {1}, not after its start {0}"),
    /** A consultation that leaves less than the agenda lead (PRE-06). */
    AGENDA_LEAD_TIME("PRE-06", "Кеңес {0} күн тәртібіне {1} күн қалдырмайды",
            "Консультация {0} не оставляет {1} дн. на повестку",
            "Consultation at {0} does not leave the {1} days for the agenda"),
    /** A consultation outside the expert's published availability (PRE-05). */
    OUTSIDE_AVAILABILITY("PRE-05", "Сарапшы {0} {1} уақытында бос емес", "Эксперт {0} не свободен в {1}",
            "Expert {0} has no availability at {1}"),
    /** A consultation outside the center's consultation hours or in a break (PRE-05 [default]). */
    OUTSIDE_CONSULTATION_HOURS("PRE-05", "Кеңес {0}–{1} орталықтың кеңес уақытынан тыс ({2})",
            "Консультация {0}–{1} вне часов консультаций центра ({2})",
            "Consultation {0}–{1} is outside the center''s consultation hours ({2})"),
    /** An expert booked twice at once (PRE-05). */
    EXPERT_DOUBLE_BOOKED("PRE-05", "Сарапшы {0} {1} уақытында басқа кеңесте", "Эксперт {0} уже занят в {1}",
            "Expert {0} is already booked at {1}"),
    /** A project booked twice at once (PRE-05). */
    PROJECT_DOUBLE_BOOKED("PRE-05", "Жоба {0} {1} уақытында басқа кеңесте", "Проект {0} уже занят в {1}",
            "Project {0} is already booked at {1}"),
    /** The project-requested limit per expert is reached (PRE-06). */
    EXPERT_LIMIT_REACHED("PRE-06",
            "Жоба {0} сарапшы {1} кеңестерінің шегіне жетті ({2}); көбін тек сарапшы бастай алады",
            "Проект {0} исчерпал лимит консультаций с экспертом {1} ({2}); больше — только по инициативе эксперта",
            "Project {0} has reached the limit of {2} consultations with expert {1}; more only on the expert''s initiative"),
    /** A consultation on a day off (PRE-05, APP-11 calendar). */
    NON_WORKING_DAY("PRE-05", "{0} жұмыс күні емес", "{0} — нерабочий день", "{0} is not a working day"),
    /** A group consultation with fewer than two distinct projects (PRE-07). */
    GROUP_NEEDS_PROJECTS("PRE-07", "Топтық кеңеске кемінде екі түрлі жоба керек: {0}",
            "Для групповой консультации нужны минимум два разных проекта: {0}",
            "A group consultation needs at least two distinct projects: {0}"),
    /** A project-initiated group consultation without written motivation (PRE-07). */
    GROUP_REQUEST_NOT_MOTIVATED("PRE-07", "Топтық кеңес өтінішінде жазбаша негіздеме жоқ",
            "В запросе групповой консультации нет письменного обоснования",
            "The group consultation request has no written motivation"),
    /** A group consultation the expert has not accepted (PRE-07). */
    GROUP_REQUEST_NOT_ACCEPTED("PRE-07", "Сарапшы {0} топтық кеңесті әлі қабылдамаған",
            "Эксперт {0} не принял запрос на групповую консультацию",
            "Expert {0} has not accepted the group consultation request"),
    /** Someone other than its expert extends a consultation (PRE-06). */
    ONLY_EXPERT_EXTENDS("PRE-06", "Кеңесті тек оның сарапшысы ұзарта алады", "Продлить консультацию может только её эксперт",
            "Only the consultation''s expert may extend it"),
    /** A reschedule inside the cancellation notice (PRE-06 [default]). */
    LATE_RESCHEDULE("PRE-06",
            "Кеңесті {0} сағаттан аз уақыт қалғанда ауыстыруға болмайды; бас тарту өткізілген деп есептеледі",
            "Перенос менее чем за {0} ч невозможен; отмена будет засчитана как проведённая",
            "Cannot reschedule with less than {0} hours'' notice; cancelling counts as held"),
    /** A consultation whose status no longer allows a change (PRE-06). */
    NOT_CHANGEABLE("PRE-06", "Кеңес {0} өзгертілмейді: күйі {1}", "Консультацию {0} нельзя изменить: статус {1}",
            "Consultation {0} cannot be changed: status {1}"),
    /** A consultation not yet started or already closed (PRE-06). */
    NOT_STARTED_OR_CLOSED("PRE-06", "Кеңес {0} әлі басталмаған немесе жабылған ({1})",
            "Консультация {0} ещё не началась или уже закрыта ({1})",
            "Consultation {0} has not started yet or is closed ({1})"),
    /** A blank ID in an input file (PRE-05). */
    BLANK_ID("PRE-05", "ID бос болмауы керек", "ID не может быть пустым", "The ID must not be blank"),
    /** A consultation request ID used twice (PRE-05). */
    DUPLICATE_REQUEST_ID("PRE-05", "Өтінім ID қайталанады: {0}", "ID запроса повторяется: {0}",
            "Request ID appears twice: {0}"),
    /** The expert has no start on a working day inside the hours that keeps the agenda lead (PRE-05, PRE-06). */
    NO_USABLE_AVAILABILITY(List.of(RuleId.of("PRE-05"), RuleId.of("PRE-06")),
            "Сарапшы {0} бос уақыты жұмыс күндерінде, кеңес уақытында күн тәртібіне {1} күн қалдырмайды",
            "У эксперта {0} нет свободного времени в рабочие дни и часы консультаций не ранее чем через {1} дн. (повестка)",
            "Expert {0} has no availability on working days within consultation hours that leaves {1} days for the agenda"),
    /** Every usable start of the expert overlaps another consultation of the expert (PRE-05). */
    EXPERT_FULLY_BOOKED("PRE-05", "Сарапшы {0} бос уақытының бәрі толы ({1} кеңес орналастырылған)",
            "Всё свободное время эксперта {0} занято ({1} консультаций назначено)",
            "All availability of expert {0} is taken ({1} consultations placed)"),
    /** At every start the expert is free, the project is in another consultation (PRE-05). */
    PROJECT_BUSY_AT_FREE_SLOTS("PRE-05", "Сарапшы {0} бос уақытында жоба {1} басқа кеңестерде",
            "В свободное время эксперта {0} проект {1} занят другими консультациями",
            "Project {1} is busy at every free time of expert {0}"),
    /** An iCalendar summary longer than the limit (PRE-05). */
    ICS_SUMMARY_TOO_LONG("PRE-05", "Оқиға {0} тақырыбы тым ұзын: {1} таңба, ең көбі {2}",
            "Заголовок события {0} слишком длинный: {1} символов, допустимо {2}",
            "Summary of event {0} is too long: {1} characters, at most {2}"),
    /** Two iCalendar events with one UID (PRE-05). */
    ICS_DUPLICATE_UID("PRE-05", "UID қайталанады: {0}", "UID повторяется: {0}", "UID appears twice: {0}");

    private final ReasonDefinition definition;

    SchedulingReason(String rule, String kk, String ru, String en) {
        this.definition = ReasonDefinition.translated(rule, kk, ru, en);
    }

    SchedulingReason(List<RuleId> rules, String kk, String ru, String en) {
        this.definition = ReasonDefinition.translated(rules, kk, ru, en);
    }

    @Override
    public ReasonDefinition definition() {
        return definition;
    }

    /**
     * A reason of this kind citing the rules that asked (e.g. PRE-01 and ACC-01 for a calendar
     * gap); this kind's own rules when none are given.
     */
    public Reason citing(List<RuleId> citedRules, String subject, Figure... figures) {
        Objects.requireNonNull(citedRules, "citedRules");
        if (citedRules.isEmpty()) {
            return reason(subject, figures);
        }
        Object[] texts = Arrays.stream(figures).map(Figure::text).toArray();
        return new Reason(code(), citedRules, subject, List.of(figures), pattern().formatted(texts));
    }
}
