package kz.saruar.model.validation;

import kz.saruar.model.Rules;
import java.util.List;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.decision.ReasonCode;
import kz.saruar.model.decision.ReasonDefinition;

/**
 * The kinds of problem that the methodology loader and the input reader report (FMT-01..03,
 * DEF-03..09, CAT-02), each with its message in kk/ru/en ({@link java.text.MessageFormat}
 * patterns; Kazakh and English are Saruar's own wording). Callers see them as {@link Reason}s:
 * the kind is the code, the JSON path the subject, the rule the one the value breaks.
 */
public enum ProblemKind implements ReasonCode {
    /** The file is not JSON at all (truncated, broken syntax). */
    UNREADABLE(Rules.FMT_01, "JSON файлын оқу мүмкін емес: {0}", "Файл не читается как JSON: {0}", "The file cannot be read as JSON: {0}"),
    /** A field that the format does not know. */
    UNKNOWN_FIELD(Rules.FMT_01, "Белгісіз өріс «{0}»", "Неизвестное поле «{0}»", "Unknown field \"{0}\""),
    /** A required field is absent or null. */
    MISSING_FIELD(Rules.FMT_01, "Міндетті өріс жоқ: «{0}»", "Нет обязательного поля «{0}»", "Required field \"{0}\" is missing"),
    /** A value of the wrong JSON type. */
    WRONG_TYPE(Rules.FMT_01, "Күтілгені: {0}; берілгені: {1}", "Ожидается: {0}; получено: {1}", "Expected {0} but found {1}"),
    /** A value outside an enumeration. */
    UNKNOWN_VALUE(Rules.FMT_01, "«{0}» мәні белгісіз; рұқсат етілгені: {1}", "Неизвестное значение «{0}»; допустимы: {1}", "Unknown value \"{0}\"; allowed: {1}"),
    /** A code that is not upper case with digits and underscores. */
    BAD_CODE(Rules.FMT_01, "«{0}» коды үлгіге сәйкес емес [A-Z][A-Z0-9_]*", "Код «{0}» не соответствует шаблону [A-Z][A-Z0-9_]*", "Code \"{0}\" does not match [A-Z][A-Z0-9_]*"),
    /** A duration or count that must be positive. */
    NOT_POSITIVE(Rules.FMT_01, "Мән нөлден үлкен болуы керек, берілгені {0}", "Значение должно быть больше нуля, получено {0}", "The value must be greater than zero, found {0}"),
    /** A number that must not be negative. */
    NEGATIVE(Rules.FMT_01, "Мән теріс болмауы керек, берілгені {0}", "Значение не может быть отрицательным, получено {0}", "The value must not be negative, found {0}"),
    /** A text without one of the three languages. */
    MISSING_LANGUAGE(Rules.FMT_03, "Мәтінде «{0}» тілі жоқ", "В тексте нет языка «{0}»", "The text has no \"{0}\" language"),
    /** A code used twice in one list. */
    DUPLICATE_CODE(Rules.FMT_02, "«{0}» коды қайталанады (алғашқысы: {1})", "Код «{0}» повторяется (впервые: {1})", "Code \"{0}\" is used twice (first at {1})"),
    /** A reference to a code that does not exist. */
    UNKNOWN_REFERENCE(Rules.FMT_02, "«{0}» коды {1} ішінде жоқ", "Код «{0}» не найден среди {1}", "Code \"{0}\" is not among {1}"),
    /** A list that must not be empty. */
    EMPTY_LIST(Rules.FMT_02, "Тізім бос болмауы керек", "Список не может быть пустым", "The list must not be empty"),
    /** Jury seats that do not add up to the jury size (DEF-03). */
    JURY_DOES_NOT_ADD_UP(Rules.DEF_03, "Алқа орындарының қосындысы {0}, ал алқа мөлшері {1}", "Сумма мест жюри {0}, а размер жюри {1}", "The jury seats add up to {0} but the jury size is {1}"),
    /** A scale whose minimum is not below its maximum. */
    BAD_SCALE(Rules.DEF_04, "Шкала минимумы {0} максимумынан {1} кіші болуы керек", "Минимум шкалы {0} должен быть меньше максимума {1}", "The scale minimum {0} must be below its maximum {1}"),
    /** A level descriptor for a score outside the scale (DEF-04). */
    LEVEL_OUTSIDE_SCALE(Rules.DEF_04, "{0} балы шкаладан тыс [{1}, {2}]", "Балл {0} вне шкалы [{1}, {2}]", "Score {0} is outside the scale [{1}, {2}]"),
    /** A threshold outside the total's range (DEF-06, DEF-08). */
    THRESHOLD_OUT_OF_RANGE(Rules.DEF_06, "Өту шегі {0} жиынтық ауқымынан тыс [{1}, {2}]", "Проходной балл {0} вне диапазона суммы [{1}, {2}]", "The pass threshold {0} is outside the range of totals [{1}, {2}]"),
    /** Bands that leave totals uncovered (DEF-08). */
    BANDS_GAP(Rules.DEF_08, "Деңгейлер арасында саңылау бар: {0}–{1} жиынтықтары ешбір деңгейге кірмейді", "Пробел между уровнями: суммы {0}–{1} не попадают ни в один уровень", "The bands leave a gap: totals {0}–{1} fall in no band"),
    /** Bands that share totals (DEF-08). */
    BANDS_OVERLAP(Rules.DEF_08, "Деңгейлер қабаттасады: {0}–{1} жиынтықтары екі деңгейге кіреді", "Уровни перекрываются: суммы {0}–{1} попадают в два уровня", "The bands overlap: totals {0}–{1} fall in two bands"),
    /** A band that does not reach the end of the range, or starts before it (DEF-08). */
    BANDS_OUT_OF_RANGE(Rules.DEF_08, "Деңгейлер [{0}, {1}] ауқымын дәл жабуы керек, бірақ [{2}, {3}] жабады", "Уровни должны покрывать ровно [{0}, {1}], а покрывают [{2}, {3}]", "The bands must cover exactly [{0}, {1}] but cover [{2}, {3}]"),
    /** A band whose lower edge is above its upper edge. */
    EMPTY_BAND(Rules.DEF_08, "«{0}» деңгейі бос: {1} > {2}", "Уровень «{0}» пуст: {1} > {2}", "Band \"{0}\" is empty: {1} > {2}"),
    /** DEF-08 derivation produced an empty band: the methodology must state its bands. */
    DERIVED_BAND_EMPTY(Rules.DEF_08, "[{0}, {1}] ауқымы үшін шығарылған деңгей бос; деңгейлерді файлда көрсетіңіз", "Для диапазона [{0}, {1}] выведенный уровень пуст; укажите уровни в файле", "The band derived for the range [{0}, {1}] is empty; state the bands in the file"),
    /** Two numbers out of order, such as a minimum above a maximum. */
    OUT_OF_ORDER(Rules.FMT_01, "{0} ({1}) {2} ({3}) мәнінен аспауы керек", "{0} ({1}) не должно превышать {2} ({3})", "{0} ({1}) must not exceed {2} ({3})"),
    /** A value outside its allowed range. */
    OUT_OF_RANGE(Rules.FMT_01, "{0} мәні [{1}, {2}] ауқымынан тыс", "Значение {0} вне диапазона [{1}, {2}]", "The value {0} is outside [{1}, {2}]"),
    /** A quorum larger than the jury (DEF-09). */
    QUORUM_TOO_LARGE(Rules.DEF_09, "Кворум {0} алқа мөлшерінен {1} үлкен", "Кворум {0} больше размера жюри {1}", "The quorum {0} is larger than the jury {1}"),
    /** A methodology that the file says it is based on but that does not exist. */
    UNKNOWN_BASE(Rules.FMT_01, "«{0}» негізгі әдістемесі белгісіз; тек «standard» бар", "Базовая методика «{0}» неизвестна; есть только «standard»", "Base methodology \"{0}\" is unknown; only \"standard\" exists"),
    /** A direction from a plugin that could not be used. */
    BROKEN_PROVIDER(Rules.CAT_02, "«{0}» провайдері өткізілді: {1}", "Провайдер «{0}» пропущен: {1}", "Provider \"{0}\" was skipped: {1}");

    private final ReasonDefinition definition;

    ProblemKind(RuleId rule, String kk, String ru, String en) {
        this.definition = ReasonDefinition.translated(List.of(rule), kk, ru, en);
    }

    /** The rule a problem of this kind breaks when no nearer rule is known, and its kk/ru/en pattern. */
    @Override
    public ReasonDefinition definition() {
        return definition;
    }

    /**
     * A problem of this kind at {@code path} breaking {@code rule}; the arguments fill the message
     * in order and become its figures ({@code arg0}, {@code arg1}, …).
     */
    public Reason at(String path, RuleId rule, Object... arguments) {
        Reason quoted = Reason.quoting(this, path, arguments);
        // the figures keep the readers' English words; a wrong type's message says them in each language
        LocalizedText message = this == WRONG_TYPE && arguments.length == 2
                ? definition.pattern().formatted(TypeWords.of(String.valueOf(arguments[0])),
                        TypeWords.of(String.valueOf(arguments[1])))
                : quoted.message();
        return new Reason(quoted.code(), List.of(rule), path, quoted.figures(), message);
    }

    /** A problem of this kind at {@code path} breaking {@code rule}, with a message of its own. */
    public Reason explained(String path, RuleId rule, LocalizedText ownMessage) {
        return Reason.of(name(), rule, path, ownMessage);
    }

    /** Problems in a stable order: by path, then rule, then kind. */
    public static List<Reason> sorted(List<Reason> problems) {
        return problems.stream().sorted(Reason.BY_SUBJECT).toList();
    }
}
