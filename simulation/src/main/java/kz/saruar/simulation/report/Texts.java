package kz.saruar.simulation.report;

import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.simulation.CohortRun;

/** The report's own labels in kk/ru/en (Saruar's wording; kk and en are translations of ru). */
final class Texts {
    private Texts() {
    }

    static String t(Language lang, String kk, String ru, String en) {
        return LocalizedText.of(kk, ru, en).get(lang);
    }

    /**
     * The Russian noun form after the number {@code n}: 1, 21, 101 строка; 2-4, 22-24 строки; 0,
     * 5-20, 111-114 строк. Kazakh and English need none here (Kazakh keeps the singular after a
     * numeral; the report's English counts are never 1).
     */
    static String russianPlural(int n, String one, String few, String many) {
        int units = Math.abs(n) % 10;
        int tens = Math.abs(n) % 100;
        if (tens >= 11 && tens <= 14) {
            return many;
        }
        return units == 1 ? one : units >= 2 && units <= 4 ? few : many;
    }

    /** "× K runs" of the tables over runs; kk is Saruar's translation ("launch", not "running"). */
    static final LocalizedText RUNS = LocalizedText.of("іске қосу", "прогонов", "runs");

    /** The random generator's seed of a simulation (--seed); kk is Saruar's translation ("initial value"). */
    static final LocalizedText SEED = LocalizedText.of("бастапқы мән", "сид", "seed");

    /** What a run is in {@code lang}: a simulation's seed with the word translated, a real cohort's id as it is. */
    static String label(CohortRun r, Language lang) {
        return r.label().equals(CohortRun.seedLabel(r.seed())) ? SEED.get(lang) + " " + r.seed() : r.label();
    }

    static final LocalizedText TITLE = LocalizedText.of("Когорта симуляциясы — «Өзгерістердің саруарлары»",
            "Симуляция когорты — «Өзгерістердің саруарлары»", "Cohort simulation — «Өзгерістердің саруарлары»");
    static final LocalizedText COHORT_TITLE = LocalizedText.of("Когорта есебі — «Өзгерістердің саруарлары»",
            "Отчёт когорты — «Өзгерістердің саруарлары»", "Cohort report — «Өзгерістердің саруарлары»");
    static final LocalizedText FUNNEL = LocalizedText.of("Воронка", "Воронка", "Funnel");
    static final LocalizedText STAGE = LocalizedText.of("Кезең", "Этап", "Stage");
    static final LocalizedText COUNT = LocalizedText.of("Саны", "Количество", "Count");
    static final LocalizedText RULES = LocalizedText.of("Шешкен ережелер", "Решившие правила", "Rules that decided");
    static final LocalizedText STOPPED = LocalizedText.of("Тоқтатылды (ереже: саны)", "Остановлены (правило: число)",
            "Stopped (rule: count)");
    static final LocalizedText MEAN = LocalizedText.of("Орташа", "Среднее", "Mean");
    static final LocalizedText SD = LocalizedText.of("Стандартты ауытқу", "Станд. отклонение", "Std. deviation");
    static final LocalizedText MIN = LocalizedText.of("Ең аз", "Мин.", "Min");
    static final LocalizedText MAX = LocalizedText.of("Ең көп", "Макс.", "Max");
    static final LocalizedText Y2020 = LocalizedText.of("2020", "2020", "2020");
    static final LocalizedText WITHIN = LocalizedText.of("±10 % ішінде", "В пределах ±10 %", "Within ±10 %");
    static final LocalizedText YES = LocalizedText.of("иә", "да", "yes");
    static final LocalizedText NO = LocalizedText.of("жоқ", "нет", "no");
    static final LocalizedText SCORES = LocalizedText.of("Қорғау ұпайларының таралуы", "Распределение баллов защиты",
            "Distribution of defense totals");
    static final LocalizedText TOTAL = LocalizedText.of("Жиынтық балл", "Итоговый балл", "Total");
    static final LocalizedText PROJECTS = LocalizedText.of("Жобалар", "Проекты", "Projects");
    static final LocalizedText THRESHOLD = LocalizedText.of("Өту шегі", "Проходной балл", "Pass threshold");
    static final LocalizedText BAND = LocalizedText.of("Деңгей", "Уровень", "Band");
    static final LocalizedText PASSED = LocalizedText.of("Өтті", "Прошёл", "Passed");
    static final LocalizedText JURY = LocalizedText.of("Қазылар келісімі мен қатаңдығы", "Согласие и строгость жюри",
            "Juror agreement and severity");
    static final LocalizedText JUROR = LocalizedText.of("Қазы", "Член жюри", "Juror");
    static final LocalizedText ROLE = LocalizedText.of("Орын", "Место", "Seat");
    static final LocalizedText SEVERITY = LocalizedText.of("Панельден орташа ауытқу (балл)",
            "Среднее отклонение от панели (баллы)", "Mean deviation from the panel (points)");
    static final LocalizedText ALPHA = LocalizedText.of("Криппендорф альфасы (реттік)", "Альфа Криппендорфа (порядковая)",
            "Krippendorff's alpha (ordinal)");
    static final LocalizedText CALENDAR = LocalizedText.of("Бағдарлама күнтізбесі (жұмыс күндері)",
            "Календарь программы (рабочие дни)", "Program calendar (working days)");
    static final LocalizedText ACTIVITY = LocalizedText.of("Іс-шара", "Мероприятие", "Activity");
    static final LocalizedText RULE = LocalizedText.of("Ереже", "Правило", "Rule");
    static final LocalizedText WORKDAY = LocalizedText.of("Өтінім қабылдау басталғаннан бергі жұмыс күні",
            "Рабочий день от начала приёма заявок", "Working day since the intake opened");
    static final LocalizedText FROM = LocalizedText.of("Басы", "Начало", "From");
    static final LocalizedText LAST_DAY = LocalizedText.of("Соңғы күні", "Последний день", "Last day");
    static final LocalizedText CONSULTATIONS = LocalizedText.of("Сарапшылардың кеңес жүктемесі",
            "Консультационная нагрузка экспертов", "Consultation load per expert");
    static final LocalizedText EXPERT = LocalizedText.of("Сарапшы", "Эксперт", "Expert");
    static final LocalizedText PLANNED = LocalizedText.of("Жоспарланған кеңестер", "Запланировано консультаций",
            "Planned consultations");
    static final LocalizedText MARKET = LocalizedText.of("LIFTCOIN: шығарылым және қамту", "LIFTCOIN: выпуск и покрытие",
            "LIFTCOIN issuance vs coverage");
    static final LocalizedText WEEK = LocalizedText.of("Бағдарлама аптасы", "Неделя программы", "Week of the program");
    static final LocalizedText POINTS = LocalizedText.of("Ұпайлар", "Баллы", "Points");
    static final LocalizedText ISSUED = LocalizedText.of("Шығарылды (жинақталған)", "Выпущено (нарастающим итогом)",
            "Issued (cumulative)");
    static final LocalizedText CIRCULATION = LocalizedText.of("Айналымда", "В обращении", "In circulation");
    static final LocalizedText CAPACITY = LocalizedText.of("Ұсыныстар қамтуы", "Покрытие предложениями", "Coverage of offers");
    static final LocalizedText REFUSED = LocalizedText.of("Қамтудан тыс бас тартылды (LFT-04)",
            "Отказано сверх покрытия (LFT-04)", "Refused beyond coverage (LFT-04)");
    static final LocalizedText DIRECTIONS = LocalizedText.of("Бағыттар бойынша", "По направлениям", "By direction");
    static final LocalizedText DIRECTION = LocalizedText.of("Бағыт", "Направление", "Direction");
    static final LocalizedText COMPARE = LocalizedText.of("Не болар еді: екі әдістеме қатар", "Что если: две методики рядом",
            "What-if: two methodologies side by side");
    static final LocalizedText DIFFERENT = LocalizedText.of("Жолы әртүрлі жобалар", "Проекты с разным путём",
            "Projects whose path differs");
    static final LocalizedText NEAR = LocalizedText.of("Шекке бір қазыға бір балл жақын жобалар",
            "Проекты в пределах одного балла на члена жюри от порога",
            "Projects within one point per juror of the threshold");
    static final LocalizedText PROJECT = LocalizedText.of("Жоба", "Проект", "Project");
    static final LocalizedText METHODOLOGY = LocalizedText.of("Әдістеме", "Методика", "Methodology");
    static final LocalizedText SUMMARY = LocalizedText.of("Қысқаша", "Кратко", "Summary");
    static final LocalizedText TABLE = LocalizedText.of("Кесте", "Таблица", "Table");
}
