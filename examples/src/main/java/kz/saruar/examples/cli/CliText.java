package kz.saruar.examples.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * Every line of the command line's own wording, in Kazakh, Russian and English: the one place the
 * commands take their texts from (headings, summary lines, usage errors, unreadable input), so that
 * {@code --lang} reaches every line printed. Texts are Saruar's own (the seeds have no such
 * messages): Russian is the source, Kazakh and English are translations, as
 * {@link LocalizedText#message} marks them. {@code {0}}, {@code {1}}… are filled literally.
 */
public enum CliText {
    // unreadable input: the wording of the one strict reader (JsonReader), for every file and directory
    /** A file or directory that does not exist (the reader's FILE_NOT_FOUND). */
    FILE_NOT_FOUND("{0} файлы табылмады", "Файл {0} не найден", "File {0} not found"),
    /** A directory where a file is expected (the reader's NOT_A_FILE). */
    NOT_A_FILE("{0} — файл емес, каталог", "{0} — это каталог, а не файл", "{0} is a directory, not a file"),
    /** A file where a directory is expected. */
    NOT_A_DIRECTORY("{0} — каталог емес, файл", "{0} — это файл, а не каталог", "{0} is a file, not a directory"),
    /** Bytes that cannot be read (the reader's FILE_UNREADABLE). */
    FILE_UNREADABLE("{0} файлын оқу мүмкін емес", "Файл {0} не читается", "File {0} cannot be read"),
    /** An output that cannot be written. */
    CANNOT_WRITE("{0} файлын жазу мүмкін емес", "Не удаётся записать {0}", "{0} cannot be written"),
    /** An output file option that names a directory. */
    OUT_IS_DIRECTORY("{0} {1}: бұл файл емес, каталог", "{0} {1}: это каталог, а не файл", "{0} {1}: a directory, not a file"),
    /** An output directory option that names a file. */
    DIR_IS_FILE("{0} {1}: бұл каталог емес, файл", "{0} {1}: это файл, а не каталог", "{0} {1}: a file, not a directory"),

    // misuse of the command line (exit 2)
    /** A required parameter or option is missing. */
    MISSING_ARGUMENT("{0} берілмеген", "Не указано: {0}", "Missing: {0}"),
    /** An argument no command knows. */
    UNKNOWN_ARGUMENT("Белгісіз аргумент: {0}", "Неизвестный аргумент: {0}", "Unknown argument: {0}"),
    /** A value that cannot be converted. */
    INVALID_VALUE("{0} үшін жарамсыз мән: {1}", "Недопустимое значение {0}: {1}", "Invalid value for {0}: {1}"),
    /** A value that cannot be converted, with what was expected. */
    INVALID_VALUE_EXPECTED("{0} үшін жарамсыз мән: {1} (күтілгені: {2})", "Недопустимое значение {0}: {1} (ожидается: {2})",
            "Invalid value for {0}: {1} (expected: {2})"),
    /** What a date option expects. */
    EXPECTED_DATE("ЖЖЖЖ-АА-КК күні", "дата ГГГГ-ММ-ДД", "a date YYYY-MM-DD"),
    /** What a whole-number option expects. */
    EXPECTED_INTEGER("бүтін сан", "целое число", "a whole number"),
    /** What an option with fixed values expects. */
    EXPECTED_ONE_OF("мына мәндердің бірі: {0}", "одно из: {0}", "one of: {0}"),
    /** An option given twice. */
    OPTION_REPEATED("{0} бір реттен артық берілген", "{0} указан больше одного раза", "{0} is given more than once"),
    /** Two options that exclude each other. */
    EXCLUSIVE_OPTIONS("{0} және {1} бірге қолданылмайды: біреуін таңдаңыз", "{0} и {1} несовместимы: укажите одно из них",
            "{0} and {1} cannot be used together: choose one"),
    /** A count below one. */
    AT_LEAST_ONE("{0} кемінде 1 болуы керек", "{0} должно быть не меньше 1", "{0} must be at least 1"),
    /** Any other misuse, with the parser's words. */
    USAGE_OTHER("Команда жолы қате: {0}", "Ошибка в командной строке: {0}", "Command line error: {0}"),
    /** Where to read about a command. */
    USAGE_HINT("Анықтама: {0} --help", "Справка: {0} --help", "Help: {0} --help"),
    /** A command that groups subcommands, invoked without one. */
    SUBCOMMAND_MISSING("{0}: ішкі команданы көрсетіңіз ({1})", "{0}: укажите подкоманду ({1})",
            "{0}: choose a subcommand ({1})"),
    /** A command that stopped on an unexpected failure. */
    INTERNAL_ERROR("{0} командасы аяқталмады: {1}", "Команда {0} не завершилась: {1}", "The command {0} did not finish: {1}"),
    /** A refusal's heading. */
    REFUSED("Бас тартылды:", "Отказано:", "Refused:"),

    // methodology
    /** A refused methodology file's heading. */
    METHODOLOGY_INVALID("{0} әдістемесі жарамсыз:", "Методология {0} некорректна:", "The methodology {0} is invalid:"),
    /** The standard methodology's name in the heading above. */
    STANDARD("стандартты", "стандартная", "standard"),
    /** A file's problem count. */
    FILE_PROBLEMS("{0}: мәселелер саны — {1}", "{0}: проблем — {1}", "{0}: {1} problem(s)"),
    /** A file that could not be read as what it should be. */
    FILE_PROBLEMS_UNREADABLE("{0}: мәселелер саны — {1}; файлды оқу мүмкін емес:", "{0}: проблем — {1}; файл не читается:",
            "{0}: {1} problem(s); the file cannot be read:"),
    /** A valid methodology file. */
    METHODOLOGY_VALID("{0}: жарамды — {1} ({2})", "{0}: корректна — {1} ({2})", "{0}: valid — {1} ({2})"),
    /** A file that is not a valid methodology. */
    NOT_A_METHODOLOGY("{0}: жарамды әдістеме емес", "{0}: некорректная методология", "{0}: not a valid methodology"),
    /** A consistency property that holds. */
    PROPERTY_HOLDS("орындалады", "выполняется", "holds"),
    /** A consistency property that fails. */
    PROPERTY_FAILED("БҰЗЫЛДЫ", "НАРУШЕНО", "FAILED"),
    /** The counterexample of a failed property. */
    COUNTEREXAMPLE("қарсы мысал ({0}-талпыныс): {1}", "контрпример (попытка {0}): {1}", "counterexample (try {0}): {1}"),
    /** The summary of a consistency check. */
    CHECK_SUMMARY("орындалды: {0}, бұзылды: {1} (әрқайсысына {2} талпыныс, --seed {3})",
            "выполнено: {0}, нарушено: {1} ({2} попыток на каждое, --seed {3})", "{0} held, {1} failed ({2} tries each, seed {3})"),
    /** A failed property as a reason. */
    RULES_DISAGREE_ON("Ережелер келіспейді ({0}): {1}; қарсы мысал: {2}", "Правила не согласуются ({0}): {1}; контрпример: {2}",
            "The rules disagree ({0}): {1}; counterexample: {2}"),
    /** The schema resource is absent. */
    SCHEMA_MISSING("JSON Schema jar ішінде жоқ", "JSON Schema отсутствует в jar", "The JSON Schema is missing from the jar"),

    // catalog (CAT, DEF, PRE, ACC, EXT, MAT, LFT)
    /** Catalog heading. */
    CAT_DIRECTIONS("Бағыттар (CAT-01/02)", "Направления (CAT-01/02)", "Directions (CAT-01/02)"),
    /** Catalog heading. */
    CAT_PRINCIPLES("Қағидаттар (CAT-03)", "Принципы (CAT-03)", "Principles (CAT-03)"),
    /** Catalog heading. */
    CAT_STAGES("Акселерация кезеңдері (CAT-04)", "Этапы акселерации (CAT-04)", "Acceleration stages (CAT-04)"),
    /** Catalog heading. */
    CAT_AREAS("Сарапшылар салалары (CAT-05)", "Сферы экспертов (CAT-05)", "Expert areas (CAT-05)"),
    /** Catalog heading. */
    CAT_FUNDING("Қаржыландыру көздері (CAT-06)", "Источники финансирования (CAT-06)", "Funding sources (CAT-06)"),
    /** Catalog heading. */
    CAT_RANKING("Рейтинг өлшемдері (CAT-07)", "Критерии ранжирования (CAT-07)", "Ranking criteria (CAT-07)"),
    /** Catalog heading. */
    CAT_JURY("Қазылар алқасы (DEF-03)", "Жюри (DEF-03)", "Jury (DEF-03)"),
    /** Catalog heading. */
    CAT_CRITERIA("Қорғау өлшемдері (DEF-04)", "Критерии защиты (DEF-04)", "Defense criteria (DEF-04)"),
    /** Catalog heading. */
    CAT_THRESHOLD("Өту шегі (DEF-06)", "Проходной балл (DEF-06)", "Pass threshold (DEF-06)"),
    /** Catalog heading. */
    CAT_BANDS("Деңгейлер (DEF-07)", "Уровни (DEF-07)", "Bands (DEF-07)"),
    /** Catalog heading. */
    CAT_PRE("Преакселерация (PRE-01/02)", "Преакселерация (PRE-01/02)", "Pre-acceleration (PRE-01/02)"),
    /** Catalog heading. */
    CAT_ACC("Акселерация (ACC-01/02)", "Акселерация (ACC-01/02)", "Acceleration (ACC-01/02)"),
    /** Catalog heading. */
    CAT_AMBASSADOR("Бренд-амбассадор өлшемдері (EXT-02)", "Критерии бренд-амбассадора (EXT-02)", "Brand-ambassador criteria (EXT-02)"),
    /** Catalog heading. */
    CAT_LIFECYCLE("Өмірлік цикл кезеңдері (MAT-02)", "Этапы жизненного цикла (MAT-02)", "Lifecycle stages (MAT-02)"),
    /** Catalog heading. */
    CAT_PRIORITY("Басым бағыттар (LFT-08)", "Приоритетные направления (LFT-08)", "Priority directions (LFT-08)"),
    /** A duration in months. */
    CAT_MONTHS("{0} ай", "{0} мес.", "{0} months"),
    /** A duration in hours. */
    CAT_HOURS("{0} сағ", "{0} ч", "{0} h"),
    /** An unknown value. */
    CAT_UNKNOWN("белгісіз", "не указано", "unknown"),
    /** A threshold derived by DEF-08. */
    CAT_DERIVED("DEF-08 бойынша шығарылған", "выведено по DEF-08", "derived by DEF-08"),
    /** A threshold stated in the file. */
    CAT_STATED("файлда көрсетілген", "указано в файле", "stated in the file"),

    // applications, diagnostics, documents
    /** An eligibility status. */
    STATUS_PASSED("ӨТТІ", "ПРОЙДЕНО", "PASSED"),
    /** An eligibility status. */
    STATUS_FAILED("ӨТПЕДІ", "НЕ ПРОЙДЕНО", "FAILED"),
    /** An eligibility status. */
    STATUS_NEEDS_EVIDENCE("ДӘЛЕЛ ҚАЖЕТ", "НУЖНЫ ПОДТВЕРЖДЕНИЯ", "NEEDS EVIDENCE"),
    /** Diagnostics heading. */
    DIAG_STAGE("Өмірлік цикл кезеңі (MAT-02)", "Этап жизненного цикла (MAT-02)", "Lifecycle stage (MAT-02)"),
    /** Diagnostics heading. */
    DIAG_FACTORS("Факторлар", "Факторы", "Factors"),
    /** Diagnostics heading. */
    DIAG_RISK("Тәуекел", "Риск", "Risk"),
    /** Diagnostics heading. */
    DIAG_PHASE("Қолдау фазасы (MAT-03)", "Фаза поддержки (MAT-03)", "Support phase (MAT-03)"),
    /** Diagnostics heading. */
    DIAG_TABLE1("1-кесте бойынша кезең (MAT-01, MAT-04)", "Стадия по таблице 1 (MAT-01, MAT-04)", "Table 1 stage (MAT-01, MAT-04)"),
    /** Diagnostics heading. */
    DIAG_PROBLEMS("Байқалған мәселелер (MAT-06)", "Выявленные проблемы (MAT-06)", "Problems observed (MAT-06)"),
    /** Diagnostics heading. */
    DIAG_TEAM("Команданың жетілу деңгейі (MAT-07)", "Уровень зрелости команды (MAT-07)", "Team maturity level (MAT-07)"),
    /** Diagnostics heading. */
    DIAG_TRAJECTORY("Жеке траектория жобасы (MAT-07, PRE-04)", "Проект индивидуальной траектории (MAT-07, PRE-04)",
            "Draft individual trajectory (MAT-07, PRE-04)"),
    /** Nothing. */
    NONE("жоқ", "нет", "none"),
    /** A warning of the template registry. */
    WARNING("ескерту: {0}", "предупреждение: {0}", "warning: {0}"),
    /** No template for a document. */
    NO_TEMPLATE("{0} үшін {1} тілінде {2} үлгісі жоқ; түрлері: {3}", "Нет шаблона {0} на языке {1} в формате {2}; виды: {3}",
            "No template for {0} in {1} as {2}; kinds: {3}"),
    /** The count of a community's collaborations. */
    COMMUNITY_COLLABORATIONS("HUB-05 Ынтымақтастықтар: {0}", "HUB-05 Сотрудничества: {0}", "HUB-05 Collaborations: {0}"),
    /** Heading of the collaborations by kind. */
    COMMUNITY_BY_KIND("Түрі бойынша:", "По видам:", "By kind:"),
    /** Heading of the collaborations by party. */
    COMMUNITY_BY_PARTY("Қатысушы бойынша:", "По участникам:", "By party:"),
    /** The ikigai intersection of all three lists. */
    IKIGAI_ALL_THREE("Үшеуінің қиылысы: {0}", "Пересечение всех трёх: {0}", "In all three: {0}"),
    /** The ikigai intersection of want and can. */
    IKIGAI_WANT_CAN("Қалайды және істей алады: {0}", "Хотят и могут: {0}", "Wanted and possible: {0}"),
    /** The ikigai intersection of can and need. */
    IKIGAI_CAN_NEED("Істей алады және қажет: {0}", "Могут и нужно: {0}", "Possible and needed: {0}"),
    /** The ikigai intersection of want and need. */
    IKIGAI_WANT_NEED("Қалайды және қажет: {0}", "Хотят и нужно: {0}", "Wanted and needed: {0}"),
    /** The experts a registry search found. */
    SEARCH_EXPERTS("PLT-01 Сарапшылар: {0}", "PLT-01 Эксперты: {0}", "PLT-01 Experts: {0}"),
    /** The projects a registry search found. */
    SEARCH_PROJECTS("PLT-01 Жобалар: {0}", "PLT-01 Проекты: {0}", "PLT-01 Projects: {0}"),
    /** A project in a registry search that became an ambassador (EXT-01). */
    AMBASSADOR("амбассадор", "амбассадор", "ambassador"),
    /** A project in a registry search that holds the DEF-10 certificate. */
    CERTIFIED("сертификаты бар", "сертифицирован", "certified"),
    /** A document written to a file. */
    WROTE("{0} жазылды ({1})", "Записан {0} ({1})", "Wrote {0} ({1})"),

    // scoring
    /** A refused protocol's heading. */
    PROTOCOL_NOT_ISSUED("Хаттама шығарылмады, себептері ({0}):", "Протокол не выдан, причины ({0}):",
            "The protocol is not issued; {0} reason(s):"),
    /** Statistics heading. */
    STATS_HEADING("Ақпараттық статистика (ресми жиынтықты өзгертпейді)", "Справочная статистика (не меняет официальных сумм)",
            "Informational statistics (they never change an official total)"),
    /** Statistics line. */
    STATS_AGREEMENT("Қазылар келісімі (Криппендорф альфасы, реттік): {0}", "Согласованность жюри (альфа Криппендорфа, порядковая): {0}",
            "Juror agreement (Krippendorff's alpha, ordinal): {0}"),
    /** An undefined statistic. */
    STATS_UNDEFINED("анықталмаған", "не определена", "undefined"),
    /** Statistics line. */
    STATS_SEVERITY("Қатаңдық {0}: {1} ({2} жоба)", "Строгость {0}: {1} (проектов: {2})", "Severity {0}: {1} ({2} projects)"),

    // scheduling
    /** A provisional day in a range. */
    PROVISIONAL("алдын ала: {0} {1} ({2})", "предварительно: {0} {1} ({2})", "provisional: {0} {1} ({2})"),
    /** A provisional holiday's mark. */
    PROVISIONAL_MARK("АЛДЫН АЛА", "ПРЕДВАРИТЕЛЬНО", "PROVISIONAL"),
    /** A day kind. */
    DAY_PUBLIC_HOLIDAY("мереке", "праздник", "public holiday"),
    /** A day kind. */
    DAY_MOVED_DAY_OFF("ауыстырылған демалыс", "перенесённый выходной", "moved day off"),
    /** A day kind. */
    DAY_DECREED_DAY_OFF("қаулымен демалыс", "выходной по постановлению", "decreed day off"),
    /** A day kind. */
    DAY_DECREED_WORKING_DAY("қаулымен жұмыс күні", "рабочий день по постановлению", "decreed working day"),
    /** The calendar written as iCalendar. */
    ICAL_WRITTEN("iCalendar: {0} ({1} оқиға)", "iCalendar: {0} (событий: {1})", "iCalendar: {0} ({1} events)"),
    /** The consultation plan's summary. */
    PLAN_SUMMARY("орналастырылды: {0}, орналастырылмады: {1}, шектеу бұзылулары: {2}",
            "размещено: {0}, не размещено: {1}, нарушений ограничений: {2}", "placed: {0}, not placed: {1}, constraint violations: {2}"),
    /** A placed consultation. */
    PLAN_PLACED("{0}  {1}  жоба {2}  сарапшы {3}", "{0}  {1}  проект {2}  эксперт {3}", "{0}  {1}  project {2}  expert {3}"),
    /** A request not placed. */
    PLAN_NOT_PLACED("ОРНАЛАСТЫРЫЛМАДЫ {0}: {1}", "НЕ РАЗМЕЩЕНО {0}: {1}", "NOT PLACED {0}: {1}"),
    /** A violated constraint. */
    PLAN_VIOLATION("БҰЗУШЫЛЫҚ {0}", "НАРУШЕНИЕ {0}", "VIOLATION {0}"),

    // ledger
    /** The demo's directory is not empty. */
    DIR_NOT_EMPTY("{0} бос емес: демо тек жаңа немесе бос каталогқа жазады",
            "{0} не пуст: демо пишет только в новый или пустой каталог",
            "{0} is not empty; the demo writes only into a new or empty directory"),
    /** A demo command refused. */
    DEMO_REFUSED("бас тартылды  {0} [{1}] {2}", "отказано   {0} [{1}] {2}", "refused   {0} [{1}] {2}"),
    /** A demo command accepted. */
    DEMO_ACCEPTED("қабылданды  {0} #{1}", "принято    {0} #{1}", "accepted  {0} #{1}"),
    /** What to run after the demo. */
    DEMO_NEXT("енді көріңіз: {0}", "теперь попробуйте: {0}", "now try: {0}"),
    /** A damaged journal. */
    JOURNAL_INVALID("Журнал жарамсыз: {0}", "Журнал повреждён: {0}", "The journal is invalid: {0}"),
    /** A verified journal. */
    VERIFY_OK("ДҰРЫС: {0} жазба, {1} байт, соңғы хэш {2}{3} ({4} мс)", "ВЕРНО: записей {0}, байт {1}, хэш головы {2}{3} ({4} мс)",
            "OK: {0} records, {1} bytes, head hash {2}{3} ({4} ms)"),
    /** A torn tail that verification ignored. */
    VERIFY_TORN("; соңындағы {0} байттық үзік ескерілмеді (аяқталмаған, расталмаған жазба)",
            "; оборванный хвост в {0} байт пропущен (незавершённая, не подтверждённая запись)",
            "; ignored a torn tail of {0} bytes (an incomplete write at the end, never acknowledged)"),
    /** A journal that fails verification. */
    VERIFY_INVALID("ЖАРАМСЫЗ: {0}-жазбада {1} — {2}", "НЕВЕРНО: запись {0}, {1} — {2}", "INVALID: {1} at record {0} — {2}"),
    /** The good part of a journal that fails verification. */
    VERIFY_GOOD_PART("алғашқы {0} жазба дұрыс; дұрыс бөліктің соңғы хэші {1}{2}", "первые {0} записей верны; хэш головы верной части {1}{2}",
            "the first {0} records are good; head hash of the good part {1}{2}"),
    /** An account id that is not valid. */
    BAD_ACCOUNT("Шот идентификаторы жарамсыз: {0}", "Недопустимый идентификатор счёта: {0}", "Invalid account id: {0}"),
    /** An account absent from the journal. */
    NO_ACCOUNT("{1} ішінде {0} шоты жоқ", "В {1} нет счёта {0}", "There is no account {0} in {1}"),
    /** A period that ends before it starts. */
    PERIOD_REVERSED("{0} .. {1} кезеңі басталмай тұрып аяқталады", "Период {0} .. {1} заканчивается раньше, чем начинается",
            "The period {0} .. {1} ends before it starts"),
    /** A statement's heading. */
    STATEMENT_HEADING("{0} шотының көшірмесі ({1}) {2} .. {3} [{4}]", "Выписка по счёту {0} ({1}) {2} .. {3} [{4}]",
            "Statement of {0} ({1}) {2} .. {3} [{4}]"),
    /** A statement period outside the journal. */
    STATEMENT_OUTSIDE("журнал {0} .. {1} кезеңін қамтиды; бұл кезеңде ештеңе жоқ", "журнал охватывает {0} .. {1}; за этот период ничего нет",
            "the journal covers {0} .. {1}; nothing in this period"),
    /** A statement line. */
    OPENING_BALANCE("бастапқы қалдық {0}", "входящий остаток {0}", "opening balance {0}"),
    /** A statement line. */
    TURNOVER("кредит айналымы {0}, дебет айналымы {1}", "оборот по кредиту {0}, по дебету {1}", "credit turnover {0}, debit turnover {1}"),
    /** A statement line. */
    CLOSING_BALANCE("соңғы қалдық {0}", "исходящий остаток {0}", "closing balance {0}"),
    /** A coverage line. */
    COV_CIRCULATION("айналымда: {0}  (шығарылды {1} − өтелді {2})", "в обращении: {0}  (выпущено {1} − погашено {2})",
            "circulation: {0}  (issued {1} − retired {2})"),
    /** A coverage line. */
    COV_CAPACITY("нарық сыйымдылығы: {0}", "ёмкость рынка: {0}", "market capacity: {0}"),
    /** A coverage line. */
    COV_RATIO("қамту коэффициенті: {0}", "коэффициент покрытия: {0}", "coverage ratio: {0}"),
    /** A coverage line. */
    COV_LIMIT("қамтылған шек: {0}", "покрытый лимит: {0}", "covered limit: {0}"),
    /** A coverage line. */
    COV_HEADROOM("қор: {0}", "запас: {0}", "headroom: {0}"),
    /** A coverage heading. */
    COV_BY_DIRECTION("бағыттар бойынша сыйымдылық (LFT-08):", "ёмкость по направлениям (LFT-08):", "capacity by direction (LFT-08):"),
    /** Capacity of no direction. */
    COV_UNTAGGED("(бағытсыз)", "(без направления)", "(untagged)"),
    /** A coverage heading. */
    COV_BY_KIND("шот түрлері бойынша айналым:", "обращение по видам счетов:", "circulation by account kind:"),
    /** Coverage broken. */
    COV_BROKEN("LFT-04: қамту {0} ұпайға бұзылды; шығару тоқтатылды", "LFT-04: покрытие нарушено на {0} баллов; выпуск заморожен",
            "LFT-04: coverage broken by {0} points; issuing is frozen"),
    /** Coverage kept. */
    COV_OK("LFT-04: қамтылған; шығару ашық", "LFT-04: покрыто; выпуск открыт", "LFT-04: covered; issuing open"),

    // cohort
    /** An accepted cohort command. */
    COHORT_ACCEPTED("ҚАБЫЛДАНДЫ {0} {1}: {2}, позиция {3}", "ПРИНЯТО {0} {1}: {2}, позиция {3}", "ACCEPTED {0} {1}: {2} at {3}"),
    /** A store URI without keys. */
    NEEDS_KEYS("Қойма URI-іне --keys DIR керек: жеке деректердің кілттері журналдан бөлек сақталады",
            "Для URI хранилища нужен --keys DIR: ключи персональных данных хранятся отдельно от журнала",
            "A store URI needs --keys DIR: the personal data keys are kept apart from the journal"),
    /** No cohort at a location. */
    NO_COHORT("{0} ішінде когорта жоқ ({1} күтілген): алдымен saruar cohort init орындаңыз",
            "В {0} нет когорты (ожидается {1}): сначала выполните saruar cohort init",
            "No cohort at {0} (expected {1}): run saruar cohort init first"),
    /** A cohort store that does not open. */
    CANNOT_OPEN_COHORT("{0} когортасын ашу мүмкін емес: {1}", "Не удаётся открыть когорту {0}: {1}", "Cannot open the cohort at {0}: {1}"),
    /** The cohort's status heading. */
    COHORT_STATUS("когорта {0}, әдістеме {1} (sha256 {2}), оқиғалар: {3}", "когорта {0} по методологии {1} (sha256 {2}), событий: {3}",
            "cohort {0} under {1} (sha256 {2}), {3} events"),
    /** A pending deadline. */
    COHORT_DUE("  мерзімі {0} {1} [{2}] {3}", "  срок {0} {1} [{2}] {3}", "  due {0} {1} [{2}] {3}"),
    /** A verified cohort journal. */
    COHORT_VERIFY_OK("ДҰРЫС: {0} оқиға, соңғы хэш {1}", "ВЕРНО: событий {0}, хэш головы {1}", "OK: {0} events, head hash {1}"),
    /** A cohort journal that fails verification. */
    COHORT_VERIFY_BAD("ЖАРАМСЫЗ: {0}-оқиға: {1}", "НЕВЕРНО: событие {0}: {1}", "INVALID at event {0}: {1}"),
    /** The good part of a cohort journal. */
    COHORT_GOOD_PART("алғашқы {0} оқиға дұрыс", "первые {0} событий верны", "the first {0} events are good"),
    /** A cohort store whose records are damaged. */
    COHORT_STORE_DAMAGED("ЖАРАМСЫЗ: журнал қоймасын ашу мүмкін емес, жазбалары зақымдалған",
            "НЕВЕРНО: хранилище журнала не открывается, записи повреждены",
            "INVALID: the journal's store cannot be opened, its records are damaged"),
    /** An event that cannot be read. */
    EVENT_UNREADABLE("Оқиғаны оқу мүмкін емес: {0}", "Событие не читается: {0}", "An event cannot be read: {0}"),

    // community
    /** Mentor matching. */
    MENTORS_EXCLUDED("Шығарылғандар", "Исключены", "Excluded"),
    /** Mentor matching. */
    MENTORS_COVERS("жабады", "покрывает", "covers"),
    /** Mentor matching. */
    MENTORS_MISSES("жабылмаған", "не покрывает", "misses"),
    /** Mentor matching. */
    MENTORS_LOAD("жүктеме", "загрузка", "load"),
    /** Mentor matching. */
    MENTORS_UNASSIGNED("Тәлімгерсіз жобалар", "Проекты без наставника", "Projects without a mentor"),
    /** Mentor matching. */
    MENTORS_TOTAL("Жалпы сәйкестік", "Суммарное соответствие", "Total fit"),
    /** Mentor matching. */
    MENTORS_CONSENT("Бұл — ұсыныстар: жұп екі тараптың келісімімен ғана құрылады (M II.2.2).",
            "Это предложения: пара образуется только по взаимному согласию (M II.2.2).",
            "These are proposals: a pair exists only by mutual consent (M II.2.2)."),
    /** Impact summary by cohort. */
    IMPACT_COHORT("когорта {0}: жобалар {1}, өлшенген көрсеткіштер {2}/{3}, жетті {4}, орташа {5}%",
            "когорта {0}: проектов {1}, измерено показателей {2}/{3}, достигнуто {4}, в среднем {5}%",
            "cohort {0}: {1} projects, {2}/{3} indicators measured, {4} reached, mean {5}%"),
    /** Impact summary by region. */
    IMPACT_REGION("өңір {0}: жобалар {1}, өлшенген көрсеткіштер {2}/{3}, жетті {4}, орташа {5}%",
            "регион {0}: проектов {1}, измерено показателей {2}/{3}, достигнуто {4}, в среднем {5}%",
            "region {0}: {1} projects, {2}/{3} indicators measured, {4} reached, mean {5}%"),
    /** The impact report that cannot be written. */
    REPORT_NOT_WRITTEN("Есепті жазу мүмкін емес: {0}", "Не удаётся записать отчёт: {0}", "The report cannot be written: {0}"),
    /** Region readiness. */
    REGION_WEAK("Әлсіз факторлар", "Слабые факторы", "Weak factors"),
    /** Region readiness. */
    REGION_ROLES("Ешкім атқармайтын рөлдер (REG-02)", "Роли, которые никто не выполняет (REG-02)", "Roles nobody holds (REG-02)"),
    /** Region readiness. */
    REGION_TASKS("Жабылмаған міндеттер (REG-01)", "Непокрытые задачи (REG-01)", "Tasks not covered (REG-01)"),
    /** Region readiness. */
    REGION_READY("Өңір дайын", "Регион готов", "The region is ready"),
    /** Region readiness. */
    REGION_NOT_READY("Өңір әлі дайын емес", "Регион пока не готов", "The region is not ready yet"),

    // simulation
    /** The funnel's heading. */
    SIM_HEADER("{0} · бастапқы мән {1} · іске қосу саны: {2}", "{0} · сид {1} · прогонов: {2}", "{0} · seed {1} · runs: {2}"),
    /** A stage's spread over runs. */
    SIM_MEAN("  орташа {0} ± {1} ({2}–{3})", "  среднее {0} ± {1} ({2}–{3})", "  mean {0} ± {1} ({2}–{3})"),
    /** The heading of the graduates by direction over the runs, against the 2020 cohort (docs/simulation.md). */
    SIM_GRADUATES("        бағыттар бойынша акселерацияны аяқтағандар:", "        завершили акселерацию по направлениям:",
            "        graduates by direction:"),
    /** Where applicants stopped. */
    SIM_STOPPED("  тоқтатқандар: {0}", "  остановлены: {0}", "  stopped: {0}"),
    /** The what-if table's heading. */
    SIM_WHAT_IF("не болар еді", "что если", "what-if"),
    /** The what-if table's last row. */
    SIM_NEAR("шекке әр қазыға бір балл жақын", "в пределах одного балла на члена жюри от порога",
            "within one point per juror of the threshold"),
    /** Projects whose path differs. */
    SIM_DIFFERENT("басқа жолмен жүретін жобалар: {0}", "проектов, идущих другим путём: {0}", "{0} project(s) take a different path"),
    /** The report file. */
    SIM_REPORT("есеп: {0}", "отчёт: {0}", "report: {0}"),
    /** The heading of a cohort's report read from its journal. */
    COHORT_REPORT("когорта {0}, әдістеме {1}, оқиғалар: {2}", "когорта {0} по методологии {1}, событий: {2}",
            "cohort {0} under {1}, {2} events"),
    /** The rules that stopped projects at a stage of a cohort's funnel. */
    COHORT_STOPPED_BY("тоқтатқан ережелер: {0}", "остановлены по правилам: {0}", "stopped: {0}"),
    /** A cohort journal that cannot be read for its report. */
    COHORT_UNREADABLE("{0} когортасының журналын оқу мүмкін емес: {1}", "Журнал когорты {0} не читается: {1}",
            "The cohort journal at {0} cannot be read: {1}"),
    /** The CSV tables. */
    SIM_TABLES("кестелер: {0}", "таблицы: {0}", "tables: {0}"),
    /** Where {@code simulate --cohort DIR} kept the simulated cohort. */
    SIM_COHORT("когорта: {0} (saruar cohort verify/report {1})", "когорта: {0} (saruar cohort verify/report {1})",
            "cohort: {0} (saruar cohort verify/report {1})"),
    /** {@code simulate --cohort DIR} into a directory that already holds a cohort. */
    SIM_COHORT_EXISTS("{0} ішінде когорта журналы бар: --cohort үшін жаңа каталог беріңіз",
            "В {0} уже есть журнал когорты: укажите для --cohort новый каталог",
            "{0} already holds a cohort journal: give a new directory to --cohort");

    private final String kk;
    private final String ru;
    private final String en;

    CliText(String kk, String ru, String en) {
        this.kk = kk;
        this.ru = ru;
        this.en = en;
    }

    /** The text in a language, {@code {0}}, {@code {1}}… filled literally. */
    public String get(Language language, Object... arguments) {
        return text(arguments).get(Objects.requireNonNull(language, "language"));
    }

    /** The text in the three languages, filled (a {@link LocalizedText} argument in each one's language); Kazakh and English marked as translations. */
    public LocalizedText text(Object... arguments) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String s = pattern(l);
            for (int i = 0; i < arguments.length; i++) {
                Object a = arguments[i];
                s = s.replace("{" + i + "}", a instanceof LocalizedText t ? t.get(l) : String.valueOf(a));
            }
            texts.put(l, s);
        }
        return LocalizedText.of(texts, List.of(Language.KK, Language.EN));
    }

    /** The unfilled pattern in a language (for tests of the catalog itself). */
    public String pattern(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }
}
