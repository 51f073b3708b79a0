package kz.saruar.model.lifecycle;

import java.util.Arrays;
import java.util.List;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.decision.ReasonCode;
import kz.saruar.model.decision.ReasonDefinition;

/**
 * Why a lifecycle command is refused (APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03, EXT-02,
 * EXT-04): a role that may not give it, a state it cannot be given in, or evidence its guard
 * misses. A reason's subject is {@code project:<id>/<COMMAND>}; a refusal of role, state or an
 * admission verdict cites the command's own rule. Kazakh and English texts are Saruar's translation.
 */
public enum LifecycleRefusal implements ReasonCode {
    /** The actor's role may not give the command (the methodology's {@code lifecycle.commands}). */
    ROLE(rules("APP-10", "APP-12", "PRE-09", "PRE-10", "DEF-06", "DEF-11", "DEF-12", "ACC-03", "EXT-02", "EXT-04"),
            "{0} рөлі {1} әрекетін жасай алмайды; рұқсат етілгендер: {2}",
            "Роль {0} не может выполнить {1}; допустимы: {2}",
            "Role {0} may not {1}; allowed: {2}"),
    /** The command cannot be given in the project's state ({@link LifecycleTable}). */
    STATE(rules("APP-10", "APP-12", "PRE-09", "PRE-10", "DEF-06", "DEF-11", "DEF-12", "ACC-03", "EXT-02", "EXT-04"),
            "{0} күйінде {1} мүмкін емес; мүмкін күйлер: {2}",
            "В состоянии {0} нельзя выполнить {1}; возможно в: {2}",
            "{1} is not possible in state {0}; possible in: {2}"),
    /** APP-10: the first interview is due within the methodology's days of the submission. */
    INTERVIEW_WITHIN_DAYS(rules("APP-10"),
            "Сұхбат {0} күні; өтінім {1} берілген, сұхбат {2} дейін өтуі керек",
            "Собеседование {0}; заявка подана {1}, собеседование — не позднее {2}",
            "Interview on {0}; the application was submitted on {1}, the interview is due by {2}"),
    /** APP-10: an update names at least one document. */
    DOCUMENTS(rules("APP-10"),
            "Жаңартылған құжаттар көрсетілмеген", "Не указаны обновлённые документы",
            "No updated document is named"),
    /** APP-08 / DEF-12: the verdict did not check the admission rule. */
    ADMISSION_NOT_CHECKED(rules("APP-08", "DEF-12"),
            "{0} бойынша тексеру жоқ", "Нет проверки по {0}", "There is no {0} check"),
    /** APP-08 / DEF-12: the admission verdict did not pass. */
    ADMISSION_VERDICT(rules("APP-08", "DEF-12"),
            "{0} талаптары орындалмаған: {1}", "Требования {0} не выполнены: {1}",
            "The requirements of {0} are not met: {1}"),
    /** APP-12: a rejection records a reason code. */
    REASON_CODE(rules("APP-12"),
            "Бас тарту себебінің коды міндетті ([A-Z][A-Z0-9_]*), берілгені «{0}»",
            "Код причины отказа обязателен ([A-Z][A-Z0-9_]*), получено «{0}»",
            "A rejection reason code is required ([A-Z][A-Z0-9_]*), got \"{0}\""),
    /** PRE-09: an expulsion needs a motivated explanation. */
    MOTIVATED_EXPLANATION(rules("PRE-09"),
            "Шығаруға дәлелді түсініктеме керек", "Для отчисления нужно мотивированное объяснение",
            "An expulsion needs a motivated explanation"),
    /** PRE-09: an expulsion needs the expert group's decision. */
    EXPERT_GROUP_DECISION(rules("PRE-09"),
            "Шығаруға сарапшылар тобының шешімі керек", "Для отчисления нужно решение экспертной группы",
            "An expulsion needs the expert group''s decision"),
    /** PRE-10: the characteristic is not empty. */
    CHARACTERISTIC_TEXT(rules("PRE-10"),
            "Мінездеме бос", "Характеристика пуста", "The characteristic is empty"),
    /** DEF-11: the application to acceleration is made within the window after the defense. */
    APPLICATION_DEADLINE(rules("DEF-11"),
            "Өтінім {0} күні берілді; {1} – {2} аралығында берілуі керек",
            "Заявление подано {0}; принимается с {1} по {2}",
            "The application was made on {0}; it is accepted from {1} to {2}"),
    /** DEF-11: the team applies once. */
    ALREADY_APPLIED(rules("DEF-11"),
            "Өтінім {0} күні берілген", "Заявление уже подано {0}", "The application was already made on {0}"),
    /** DEF-11: the order to launch acceleration follows the team's application. */
    ACCELERATION_APPLICATION(rules("DEF-11"),
            "Команда акселерацияға өтінім берген жоқ", "Команда не подала заявление на акселерацию",
            "The team has not applied to acceleration"),
    /** DEF-12: the mentor recommends once. */
    ALREADY_RECOMMENDED(rules("DEF-12"),
            "Тәлімгер бұрын ұсынған", "Ментор уже рекомендовал", "The mentor has already recommended it"),
    /** EXT-02: every criterion assessed and met. */
    ALL_CRITERIA_MET(rules("EXT-02"),
            "{1} өлшемшарттың {0} орындалды; барлығы орындалуы керек",
            "Выполнено {0} из {1} критериев; нужны все",
            "{0} of {1} criteria met; all are needed"),
    /** EXT-04: the step is one of the methodology's {@code exit.ambassadorSteps}. */
    UNKNOWN_STEP(rules("EXT-04"),
            "«{0}» қадамы әдістемеде жоқ; қадамдар: {1}", "Шага «{0}» нет в методике; шаги: {1}",
            "The step \"{0}\" is not in the methodology; the steps are: {1}"),
    /** EXT-04: each step is taken once. */
    STEP_ALREADY_TAKEN(rules("EXT-04"),
            "«{0}» қадамы бұрын тіркелген", "Шаг «{0}» уже отмечен", "The step \"{0}\" is already recorded"),
    /** EXT-04: [default] the steps are taken in the methodology's order. */
    EARLIER_STEPS_MISSING(rules("EXT-04"),
            "Алдымен мына қадамдар қажет: {0}", "Сначала нужны шаги: {0}", "These steps come first: {0}");

    private final ReasonDefinition definition;

    LifecycleRefusal(List<RuleId> rules, String kk, String ru, String en) {
        this.definition = ReasonDefinition.translated(rules, kk, ru, en);
    }

    private static List<RuleId> rules(String... ids) {
        return Arrays.stream(ids).map(RuleId::of).toList();
    }

    @Override
    public ReasonDefinition definition() {
        return definition;
    }

    /** A reason of this kind about the command given to the project, citing the kind's first rule. */
    Reason about(ProjectLifecycle project, LifecycleCommand command, Figure... figures) {
        return about(project, command, rule(), figures);
    }

    /** A reason of this kind about the command given to the project, citing {@code rule}. */
    Reason about(ProjectLifecycle project, LifecycleCommand command, RuleId rule, Figure... figures) {
        Reason r = Reason.of(this, subject(project, command), figures);
        return new Reason(r.code(), List.of(rule), r.subject(), r.figures(), r.message());
    }

    /** {@code project:<id>/<COMMAND>}. */
    static String subject(ProjectLifecycle project, LifecycleCommand command) {
        return "project:" + project.projectId() + "/" + command.code();
    }
}
