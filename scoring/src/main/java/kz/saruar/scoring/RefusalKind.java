package kz.saruar.scoring;

import kz.saruar.model.decision.ReasonCode;
import kz.saruar.model.decision.ReasonDefinition;

/**
 * Why a scoring step is refused, with the rule it applies (DEF-03 jury, DEF-04 sheets, DEF-09
 * protocol, EXT-02 ambassador assessment) and its message in kk/ru/en ({@link java.text.MessageFormat}
 * patterns; Kazakh and English are Saruar's wording). Callers see them as the library's one
 * {@link kz.saruar.model.decision.Reason}, the kind's name as its code.
 */
public enum RefusalKind implements ReasonCode {
    /** The panel has no juror at all (DEF-03). */
    PANEL_EMPTY("DEF-03",
            "Қазылар алқасы бос; әдістеме {0} қазыны талап етеді: {1}",
            "Жюри пусто; методика требует {0} членов жюри: {1}",
            "The panel is empty; the methodology seats {0} jurors: {1}"),
    /** Seats of a role are not filled (DEF-03). */
    SEAT_MISSING("DEF-03",
            "«{0}» рөлінің {1} орны бос ({2}/{3} толтырылған)",
            "Не заполнено мест роли «{0}»: {1} (заполнено {2} из {3})",
            "{1} seat(s) of role {0} are not filled ({2} of {3} filled)"),
    /** More jurors of a role than the methodology seats (DEF-03). */
    SEAT_EXCESS("DEF-03",
            "«{0}» рөлінде {1} қазы бар, ал әдістеме {2} орын береді",
            "В роли «{0}» {1} членов жюри, а методика предусматривает {2}",
            "Role {0} has {1} jurors but the methodology seats {2}"),
    /** A juror's role is not one the methodology seats (DEF-03). */
    UNKNOWN_ROLE("DEF-03",
            "{0} қазысының «{1}» рөлі әдістемеде жоқ; рөлдер: {2}",
            "Роль «{1}» члена жюри {0} не предусмотрена методикой; роли: {2}",
            "Juror {0} has role {1}, which the methodology does not seat; roles: {2}"),
    /** The same person appears twice among the jurors and substitutes (DEF-03). */
    JUROR_TWICE("DEF-03",
            "{0} қазысы алқада екі рет көрсетілген",
            "Член жюри {0} указан дважды",
            "Juror {0} is on the panel twice"),
    /** No project to defend (DEF-09). */
    NO_PROJECTS("DEF-09",
            "Қорғауға бірде-бір жоба жоқ",
            "Нет ни одного проекта для защиты",
            "There is no project to defend"),
    /** The same project twice (DEF-09). */
    PROJECT_TWICE("DEF-09",
            "{0} жобасы екі рет көрсетілген",
            "Проект {0} указан дважды",
            "Project {0} is listed twice"),
    /** A sheet from someone who is not on the panel (DEF-03). */
    JUROR_NOT_ON_PANEL("DEF-03",
            "{1} жобасының бағалау парағы: {0} алқа құрамында жоқ",
            "Лист оценки проекта {1}: {0} не входит в жюри",
            "Sheet for project {1}: {0} is not on the panel"),
    /** A sheet for a project that is not defended in this session (DEF-09). */
    UNKNOWN_PROJECT("DEF-09",
            "{0} қазысының парағы {1} жобасына арналған, ол бұл қорғауда жоқ",
            "Лист члена жюри {0} относится к проекту {1}, которого нет на этой защите",
            "The sheet of juror {0} names project {1}, which is not defended in this session"),
    /** A score outside the methodology's scale (DEF-04). */
    SCORE_OUT_OF_SCALE("DEF-04",
            "{0} қазысы, {1} жобасы: «{3}» критерийі бойынша {2} балы [{4}, {5}] шкаласынан тыс",
            "Член жюри {0}, проект {1}: балл {2} по критерию «{3}» вне шкалы [{4}, {5}]",
            "Juror {0}, project {1}: score {2} for {3} is outside the scale [{4}, {5}]"),
    /** A criterion without a score (DEF-04). */
    CRITERION_MISSING("DEF-04",
            "{0} қазысы, {1} жобасы: «{2}» критерийіне баға жоқ",
            "Член жюри {0}, проект {1}: нет оценки по критерию «{2}»",
            "Juror {0}, project {1}: no score for criterion {2}"),
    /** A score for a criterion the methodology does not have (DEF-04). */
    CRITERION_UNKNOWN("DEF-04",
            "{0} қазысы, {1} жобасы: «{2}» критерийі белгісіз; критерийлер: {3}",
            "Член жюри {0}, проект {1}: неизвестный критерий «{2}»; критерии: {3}",
            "Juror {0}, project {1}: criterion {2} is not one of {3}"),
    /** A second sheet of the same juror for the same project (DEF-04). */
    DUPLICATE_SHEET("DEF-04",
            "{0} қазысы {1} жобасына бағалау парағын бұрын тапсырған",
            "Член жюри {0} уже сдал лист оценки проекта {1}",
            "Juror {0} has already submitted a sheet for project {1}"),
    /** The juror is a member of the project's team (DEF-03, conflict of interest). */
    CONFLICT_TEAM_MEMBER("DEF-03",
            "{0} қазысы {1} жобасын бағалай алмайды: ол жоба командасының мүшесі (мүдделер қақтығысы)",
            "Член жюри {0} не может оценивать проект {1}: он входит в команду проекта (конфликт интересов)",
            "Juror {0} may not score project {1}: a member of its team (conflict of interest)"),
    /** The juror is the project's mentor-expert (DEF-03, conflict of interest). */
    CONFLICT_MENTOR("DEF-03",
            "{0} қазысы {1} жобасын бағалай алмайды: ол жобаның тәлімгер-сарапшысы (мүдделер қақтығысы)",
            "Член жюри {0} не может оценивать проект {1}: он эксперт-наставник проекта (конфликт интересов)",
            "Juror {0} may not score project {1}: its mentor-expert (conflict of interest)"),
    /** A substitute's sheet where no juror of that role is recused, or a substitute under recuse-and-prorate (DEF-09). */
    SUBSTITUTE_NOT_NEEDED("DEF-09",
            "{0} алмастырушысы {1} жобасын бағаламайды: саясат {2}, «{3}» рөлінде бос орын жоқ",
            "Замещающий {0} не оценивает проект {1}: политика {2}, в роли «{3}» нет места для замены",
            "Substitute {0} does not score project {1}: policy {2}, no recused seat of role {3} to fill"),
    /** Fewer jurors scored a project than the quorum: no decision is issued for it (DEF-09). */
    BELOW_QUORUM("DEF-09",
            "{0} жобасы: {1} қазы бағалады, кворум {2}; шешім шығарылмайды",
            "Проект {0}: оценили {1} членов жюри, кворум {2}; решение не выносится",
            "Project {0}: {1} jurors scored, the quorum is {2}; no decision is issued"),
    /** More sheets for a project than the jury has seats (DEF-03). */
    TOO_MANY_SHEETS("DEF-03",
            "{0} жобасы: {1} парақ, ал алқада {2} орын",
            "Проект {0}: {1} листов при {2} местах в жюри",
            "Project {0}: {1} sheets for a jury of {2}"),
    /** A required score sheet has not been submitted (DEF-09). */
    SHEET_MISSING("DEF-09",
            "{1} жобасына {0} қазысының бағалау парағы жоқ",
            "Нет листа оценки члена жюри {0} по проекту {1}",
            "The sheet of juror {0} for project {1} is missing"),
    /** A recused seat that no eligible substitute of the same role can fill (DEF-09, SUBSTITUTE policy). */
    NO_SUBSTITUTE("DEF-09",
            "{0} жобасы: {1} қазысы бас тартты, «{2}» рөлінде алмастырушы жоқ",
            "Проект {0}: член жюри {1} взял самоотвод, замещающего с ролью «{2}» нет",
            "Project {0}: juror {1} is recused and no substitute of role {2} is available"),
    /** An ambassador assessment lacks a criterion (EXT-02). */
    AMBASSADOR_CRITERION_MISSING("EXT-02",
            "{0} жобасын бағалауда «{1}» критерийі жоқ",
            "В оценке проекта {0} нет критерия «{1}»",
            "The assessment of project {0} has no finding for criterion {1}"),
    /** An ambassador assessment names an unknown criterion (EXT-02). */
    AMBASSADOR_CRITERION_UNKNOWN("EXT-02",
            "{0} жобасын бағалау: «{1}» критерийі белгісіз; критерийлер: {2}",
            "Оценка проекта {0}: неизвестный критерий «{1}»; критерии: {2}",
            "The assessment of project {0}: criterion {1} is not one of {2}"),
    /** An ambassador assessment gives a criterion twice (EXT-02). */
    AMBASSADOR_CRITERION_TWICE("EXT-02",
            "{0} жобасын бағалауда «{1}» критерийі екі рет берілген",
            "В оценке проекта {0} критерий «{1}» указан дважды",
            "The assessment of project {0} gives criterion {1} twice"),
    /** A finding without a justification (EXT-02). */
    AMBASSADOR_JUSTIFICATION_BLANK("EXT-02",
            "{0} жобасын бағалау: «{1}» критерийінің негіздемесі бос",
            "Оценка проекта {0}: нет обоснования по критерию «{1}»",
            "The assessment of project {0}: criterion {1} has no justification");

    private final ReasonDefinition definition;

    RefusalKind(String rule, String kk, String ru, String en) {
        this.definition = ReasonDefinition.translated(rule, kk, ru, en);
    }

    /** The rule this refusal applies and its message pattern in kk/ru/en. */
    @Override
    public ReasonDefinition definition() {
        return definition;
    }
}
