package kz.saruar.model.application;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.methodology.IntakeRules;
import kz.saruar.model.methodology.Methodology;

/**
 * The eligibility checks of the competition and the admissions (APP-01, APP-02, APP-04..08,
 * DEF-12), each an {@link EligibilityCheck}. The decision date is the clock's day in
 * {@link kz.saruar.model.Kazakhstan#ZONE}; the numbers (minimum age, team size, words, risks, slides, the document package)
 * come from the methodology.
 */
public final class EligibilityChecks {
    /**
     * The selection criterion that is the APP-07 exception itself (the team's past experience,
     * counted for an idea or an early pilot): it is checked only for such projects.
     */
    public static final String EXCEPTION_CRITERION = "TEAM_EXPERIENCE";
    /** The citizenship APP-02 asks for: the Republic of Kazakhstan (ISO 3166 alpha-2). */
    public static final String REQUIRED_CITIZENSHIP = "KZ";

    static final RuleId APP01 = Rules.APP_01;
    static final RuleId APP02 = Rules.APP_02;
    static final RuleId APP03 = Rules.APP_03;
    static final RuleId APP04 = Rules.APP_04;
    static final RuleId APP05 = Rules.APP_05;
    static final RuleId APP06 = Rules.APP_06;
    static final RuleId APP07 = Rules.APP_07;
    static final RuleId APP08 = Rules.APP_08;
    static final RuleId DEF12 = Rules.DEF_12;

    /** APP-01: the applicant is of a kind that may apply. */
    public static final EligibilityCheck APP_01 = EligibilityChecks::whoMayApply;
    /** APP-02: age on the decision date, citizenship, team size, competence evidence, principles. */
    public static final EligibilityCheck APP_02 = EligibilityChecks::participantRequirements;
    /** APP-03: the form's direction is open in the competition. */
    public static final EligibilityCheck APP_03 = EligibilityChecks::direction;
    /** APP-04: the short description's word limit. */
    public static final EligibilityCheck APP_04 = EligibilityChecks::shortDescription;
    /** APP-05: the concept with at least the minimum number of risks. */
    public static final EligibilityCheck APP_05 = EligibilityChecks::concept;
    /** APP-06: the registration documents and the slide limit. */
    public static final EligibilityCheck APP_06 = EligibilityChecks::registrationDocuments;
    /** APP-07: the selection criteria assessed with evidence, with the idea/early-pilot exception. */
    public static final EligibilityCheck APP_07 = EligibilityChecks::selectionCriteria;
    /** APP-08: pre-acceleration admission. */
    public static final EligibilityCheck APP_08 = EligibilityChecks::preAccelerationAdmission;
    /** DEF-12: acceleration admission. */
    public static final EligibilityCheck DEF_12 = EligibilityChecks::accelerationAdmission;
    /** The competition: APP-01, APP-02, APP-04, APP-05, APP-06, APP-07 together. */
    public static final EligibilityCheck COMPETITION = EligibilityChecks::competition;

    private EligibilityChecks() {
    }

    /** The day a decision taken now falls on, in Kazakhstan. */
    public static LocalDate decisionDate(Clock clock) {
        return Kazakhstan.today(clock);
    }

    /** APP-01, APP-02, APP-03 (the direction), APP-04, APP-05, APP-06, APP-07 in one verdict. */
    public static EligibilityVerdict competition(ProjectApplication a, Methodology m, Clock clock) {
        return whoMayApply(a, m, clock).and(participantRequirements(a, m, clock)).and(direction(a, m, clock))
                .and(shortDescription(a, m, clock))
                .and(concept(a, m, clock)).and(registrationDocuments(a, m, clock))
                .and(selectionCriteria(a, m, clock));
    }

    /** APP-03 field 6: the direction is one the competition is open to (CAT-01/02). */
    public static EligibilityVerdict direction(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        List<String> open = m.openDirections().stream().map(d -> d.code()).toList();
        String code = a.form().direction();
        boolean ok = open.contains(code);
        return one(new RuleCheck(APP03, "DIRECTION", "$.form.direction", ok ? CheckStatus.PASSED : CheckStatus.FAILED,
                figures("direction", code, "open", String.join(", ", open)),
                ok ? LocalizedText.message("«{0}» бағыты конкурсқа ашық", "Направление «{0}» открыто в конкурсе", "The direction \"{0}\" is open in the competition", code)
                        : LocalizedText.message("«{0}» бағыты конкурста жоқ; ашық бағыттар: {1}", "Направления «{0}» нет в конкурсе; открыты: {1}",
                                "The direction \"{0}\" is not open in the competition; open: {1}", code, String.join(", ", open))));
    }

    /** APP-01: NGOs, entrepreneurs, initiative groups, as the methodology lists them. */
    public static EligibilityVerdict whoMayApply(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        List<String> kinds = codes(m.intake().applicantKinds());
        boolean ok = kinds.contains(a.applicantKind());
        Map<String, String> f = figures("applicantKind", a.applicantKind(), "allowed", String.join(", ", kinds));
        return one(new RuleCheck(APP01, "APPLICANT_KIND", "$.applicantKind", ok ? CheckStatus.PASSED : CheckStatus.FAILED, f,
                ok ? LocalizedText.message("«{0}» өтінім бере алады", "«{0}» может подать заявку", "\"{0}\" may apply", a.applicantKind())
                        : LocalizedText.message("«{0}» өтінім бере алмайды; рұқсат етілгендер: {1}",
                                "«{0}» не может подать заявку; допустимы: {1}",
                                "\"{0}\" may not apply; allowed: {1}", a.applicantKind(), String.join(", ", kinds))));
    }

    /** APP-02: every person at least the minimum age on the decision date and a citizen; the team; competence; principles. */
    public static EligibilityVerdict participantRequirements(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        IntakeRules in = m.intake();
        LocalDate day = decisionDate(clock);
        List<RuleCheck> out = new ArrayList<>();
        person(out, "$.applicant", a.applicant(), in.minAge(), day);
        for (int i = 0; i < a.team().size(); i++) {
            person(out, "$.team[" + i + "].person", a.team().get(i).person(), in.minAge(), day);
        }
        int size = a.team().size();
        boolean teamOk = size >= in.minTeamSize();
        out.add(new RuleCheck(APP02, "TEAM_SIZE", "$.team", teamOk ? CheckStatus.PASSED : CheckStatus.FAILED,
                figures("teamSize", size, "minTeamSize", in.minTeamSize()),
                teamOk ? LocalizedText.message("Командада {0} адам, кемінде {1} керек", "В команде {0} чел., нужно не меньше {1}",
                        "The team has {0} people, at least {1} are needed", size, in.minTeamSize())
                        : LocalizedText.message("Командада {0} адам ғана, кемінде {1} керек", "В команде только {0} чел., нужно не меньше {1}",
                                "The team has only {0} people, at least {1} are needed", size, in.minTeamSize())));
        int evidence = a.competenceEvidence().size();
        out.add(new RuleCheck(APP02, "COMPETENCE", "$.competenceEvidence",
                evidence > 0 ? CheckStatus.PASSED : CheckStatus.NEEDS_EVIDENCE, figures("evidenceItems", evidence),
                evidence > 0 ? LocalizedText.message("Құзыреттің {0} дәлелі берілген", "Представлено подтверждений компетенции: {0}",
                        "{0} pieces of evidence of competence given", evidence)
                        : LocalizedText.message("Жоба саласындағы құзыретті немесе тәжірибені растайтын дәлел жоқ",
                                "Нет подтверждения компетенции или практического опыта в сфере проекта",
                                "No evidence of competence or practical experience in the project's field")));
        Optional<Boolean> p = a.understandsPrinciples();
        CheckStatus ps = p.isEmpty() ? CheckStatus.NEEDS_EVIDENCE : p.get() ? CheckStatus.PASSED : CheckStatus.FAILED;
        out.add(new RuleCheck(APP02, "PRINCIPLES", "$.understandsPrinciples", ps,
                figures("confirmed", p.map(String::valueOf).orElse("unknown")),
                switch (ps) {
                    case PASSED -> LocalizedText.message("Бағдарлама қағидаттарын түсінетіні расталды", "Понимание принципов программы подтверждено",
                            "Understanding of the program's principles confirmed");
                    case FAILED -> LocalizedText.message("Бағдарлама қағидаттарын түсінбейді", "Принципы программы не поняты",
                            "The program's principles are not understood");
                    case NEEDS_EVIDENCE -> LocalizedText.message("Бағдарлама қағидаттарын түсінетіні расталмаған",
                            "Понимание принципов программы не подтверждено", "Understanding of the program's principles is not confirmed");
                }));
        return EligibilityVerdict.of(out);
    }

    private static void person(List<RuleCheck> out, String path, PersonalData p, int minAge, LocalDate day) {
        Optional<Integer> age = p.ageOn(day);
        if (age.isEmpty()) {
            out.add(new RuleCheck(APP02, "AGE", path, CheckStatus.NEEDS_EVIDENCE,
                    figures("minAge", minAge, "decisionDate", day),
                    LocalizedText.message("Туған күні белгісіз: {0} күнгі жасын тексеру мүмкін емес",
                            "Дата рождения не указана: возраст на {0} проверить нельзя",
                            "No date of birth: the age on {0} cannot be checked", day)));
        } else {
            boolean ok = age.get() >= minAge;
            out.add(new RuleCheck(APP02, "AGE", path, ok ? CheckStatus.PASSED : CheckStatus.FAILED,
                    figures("age", age.get(), "minAge", minAge, "decisionDate", day),
                    ok ? LocalizedText.message("{1} күні {0} жаста, кемінде {2} керек", "На {1} возраст {0}, нужно не меньше {2}",
                            "Aged {0} on {1}, at least {2} needed", age.get(), day, minAge)
                            : LocalizedText.message("{1} күні {0} жаста ғана, кемінде {2} керек",
                                    "На {1} возраст только {0}, нужно не меньше {2}",
                                    "Only {0} years old on {1}, at least {2} needed", age.get(), day, minAge)));
        }
        Optional<String> c = p.citizenship();
        if (c.isEmpty()) {
            out.add(new RuleCheck(APP02, "CITIZENSHIP", path, CheckStatus.NEEDS_EVIDENCE, figures("required", REQUIRED_CITIZENSHIP),
                    LocalizedText.message("Азаматтығы көрсетілмеген; Қазақстан Республикасының азаматы болуы керек",
                            "Гражданство не указано; нужно гражданство Республики Казахстан",
                            "No citizenship given; citizenship of the Republic of Kazakhstan is required")));
        } else {
            boolean ok = REQUIRED_CITIZENSHIP.equalsIgnoreCase(c.get().trim());
            out.add(new RuleCheck(APP02, "CITIZENSHIP", path, ok ? CheckStatus.PASSED : CheckStatus.FAILED,
                    figures("citizenship", c.get(), "required", REQUIRED_CITIZENSHIP),
                    ok ? LocalizedText.message("Қазақстан Республикасының азаматы", "Гражданин Республики Казахстан",
                            "A citizen of the Republic of Kazakhstan")
                            : LocalizedText.message("Азаматтығы {0}; Қазақстан Республикасының азаматы болуы керек",
                                    "Гражданство {0}; нужно гражданство Республики Казахстан",
                                    "Citizenship {0}; citizenship of the Republic of Kazakhstan is required", c.get())));
        }
    }

    /**
     * APP-04: the short application's description, or the form's when there is no short
     * application, has at most {@code maxShortDescriptionWords} words ({@link WordCount}).
     */
    public static EligibilityVerdict shortDescription(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        int max = m.intake().maxShortDescriptionWords();
        String path = a.shortApplication().isPresent() ? "$.shortApplication.shortDescription" : "$.form.shortDescription";
        String text = a.shortApplication().map(ShortApplication::shortDescription).orElse(a.form().shortDescription());
        int words = WordCount.of(text);
        boolean ok = words <= max && words > 0;
        return one(new RuleCheck(APP04, "SHORT_DESCRIPTION_WORDS", path, ok ? CheckStatus.PASSED : CheckStatus.FAILED,
                figures("words", words, "maxWords", max),
                ok ? LocalizedText.message("Қысқаша сипаттамада {0} сөз, ең көбі {1}", "В кратком описании {0} слов, не больше {1}",
                        "The short description has {0} words, at most {1}", words, max)
                        : words == 0 ? LocalizedText.message("Қысқаша сипаттама бос", "Краткое описание пустое", "The short description is empty")
                        : LocalizedText.message("Қысқаша сипаттамада {0} сөз, ең көбі {1} болуы керек",
                                "В кратком описании {0} слов, допустимо не больше {1}",
                                "The short description has {0} words, at most {1} are allowed", words, max)));
    }

    /** APP-05: the concept is submitted and names at least {@code minConceptRisks} distinct, non-blank risks. */
    public static EligibilityVerdict concept(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        int min = m.intake().minConceptRisks();
        if (a.concept().isEmpty()) {
            return one(new RuleCheck(APP05, "CONCEPT", "$.concept", CheckStatus.NEEDS_EVIDENCE, figures("minRisks", min),
                    LocalizedText.message("Жоба тұжырымдамасы берілмеген", "Концепция проекта не представлена", "The project concept is not submitted")));
        }
        long risks = a.concept().get().risks().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().count();
        boolean ok = risks >= min;
        return one(new RuleCheck(APP05, "CONCEPT_RISKS", "$.concept.risks", ok ? CheckStatus.PASSED : CheckStatus.FAILED,
                figures("risks", risks, "minRisks", min),
                ok ? LocalizedText.message("Тұжырымдамада {0} тәуекел, кемінде {1}", "В концепции {0} рисков, не меньше {1}",
                        "The concept names {0} risks, at least {1}", risks, min)
                        : LocalizedText.message("Тұжырымдамада {0} тәуекел ғана, кемінде {1} керек",
                                "В концепции только {0} рисков, нужно не меньше {1}",
                                "The concept names only {0} risks, at least {1} are needed", risks, min)));
    }

    /** APP-06: the CV, the organization's information when there is an organization, at most {@code maxPresentationSlides} slides. */
    public static EligibilityVerdict registrationDocuments(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        RegistrationDocuments d = a.documents();
        List<RuleCheck> out = new ArrayList<>();
        out.add(new RuleCheck(APP06, "CV", "$.documents.cvAttached", d.cvAttached() ? CheckStatus.PASSED : CheckStatus.NEEDS_EVIDENCE,
                figures("cvAttached", d.cvAttached()),
                d.cvAttached() ? LocalizedText.message("Түйіндеме қоса берілген", "Резюме приложено", "The CV is attached")
                        : LocalizedText.message("Өтініш берушінің түйіндемесі қоса берілмеген", "Резюме заявителя не приложено",
                                "The applicant's CV is not attached")));
        if (a.form().organization().isPresent()) {
            boolean info = d.organizationInfo().filter(s -> !s.isBlank()).isPresent();
            out.add(new RuleCheck(APP06, "ORGANIZATION_INFO", "$.documents.organizationInfo",
                    info ? CheckStatus.PASSED : CheckStatus.NEEDS_EVIDENCE, figures("organizationInfo", info),
                    info ? LocalizedText.message("Ұйым туралы қысқаша ақпарат берілген", "Краткая информация об организации представлена",
                            "Short information on the organization is given")
                            : LocalizedText.message("Ұйым туралы қысқаша ақпарат жоқ", "Нет краткой информации об организации",
                                    "Short information on the organization is missing")));
        }
        int max = m.intake().maxPresentationSlides();
        if (d.presentationSlides().isPresent()) {
            int slides = d.presentationSlides().get();
            boolean ok = slides >= 1 && slides <= max;
            out.add(new RuleCheck(APP06, "PRESENTATION_SLIDES", "$.documents.presentationSlides",
                    ok ? CheckStatus.PASSED : CheckStatus.FAILED, figures("slides", slides, "maxSlides", max),
                    ok ? LocalizedText.message("Таныстырылымда {0} слайд, ең көбі {1}", "В презентации {0} слайдов, не больше {1}",
                            "The presentation has {0} slides, at most {1}", slides, max)
                            : LocalizedText.message("Таныстырылымда {0} слайд; 1-ден {1}-ге дейін болуы керек",
                                    "В презентации {0} слайдов; допустимо от 1 до {1}",
                                    "The presentation has {0} slides; 1 to {1} are allowed", slides, max)));
        } else {
            out.add(new RuleCheck(APP06, "PRESENTATION_SLIDES", "$.documents.presentationSlides", CheckStatus.PASSED,
                    figures("maxSlides", max),
                    LocalizedText.message("Таныстырылым міндетті емес және берілмеген", "Презентация необязательна и не приложена",
                            "The presentation is optional and not attached")));
        }
        return EligibilityVerdict.of(out);
    }

    /**
     * APP-07: every selection criterion of the methodology assessed as met with evidence. For a
     * project at the IDEA stage, or an early pilot, a criterion not met is covered by evidence of
     * the team's past experience in the field.
     */
    public static EligibilityVerdict selectionCriteria(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        List<CatalogEntry> criteria = m.intake().selectionCriteria();
        if (a.selection().isEmpty()) {
            return one(new RuleCheck(APP07, "ASSESSMENT", "$.selection", CheckStatus.NEEDS_EVIDENCE,
                    figures("criteria", criteria.size()),
                    LocalizedText.message("Іріктеу өлшемшарттары бойынша бағалау әлі жоқ", "Оценки по критериям отбора ещё нет",
                            "The selection criteria have not been assessed yet")));
        }
        SelectionAssessment s = a.selection().get();
        ImplementationStage stage = a.form().stageOfImplementation();
        boolean exception = stage == ImplementationStage.IDEA || (stage == ImplementationStage.PILOT && s.earlyPilot());
        int experience = s.teamFieldExperience().size();
        List<RuleCheck> out = new ArrayList<>();
        for (CatalogEntry c : criteria) {
            // the first assessment of the criterion, found by its code (not by the record's equals)
            int index = -1;
            for (int i = 0; i < s.criteria().size() && index < 0; i++) {
                if (s.criteria().get(i).criterion().equals(c.code())) {
                    index = i;
                }
            }
            Optional<CriterionAssessment> found = index >= 0 ? Optional.of(s.criteria().get(index)) : Optional.empty();
            String path = index >= 0 ? "$.selection.criteria[" + index + "]" : "$.selection.criteria";
            LocalizedText name = c.name();
            if (c.code().equals(EXCEPTION_CRITERION) && !exception) {
                out.add(new RuleCheck(APP07, c.code(), path, CheckStatus.PASSED, figures("stage", stage),
                        localized(name, "«{0}» идея немесе ерте пилот үшін ғана қолданылады",
                                "«{0}» применяется только к идее или раннему пилоту",
                                "\"{0}\" applies to an idea or an early pilot only")));
            } else if (c.code().equals(EXCEPTION_CRITERION) && found.isEmpty() && experience > 0) {
                out.add(new RuleCheck(APP07, c.code(), path, CheckStatus.PASSED,
                        figures("stage", stage, "teamFieldExperience", experience),
                        localized(name, "«{0}»: команданың салалық тәжірибесінің дәлелі бар",
                                "«{0}»: опыт команды в сфере подтверждён", "\"{0}\": the team's experience in the field is evidenced")));
            } else if (found.isPresent() && found.get().met() && !found.get().evidence().isEmpty()) {
                out.add(new RuleCheck(APP07, c.code(), path, CheckStatus.PASSED,
                        figures("met", true, "evidence", found.get().evidence().size()),
                        localized(name, "«{0}» орындалды, дәлелі бар", "«{0}» выполнен, есть подтверждение",
                                "\"{0}\" met, with evidence")));
            } else if (found.isPresent() && found.get().met()) {
                out.add(new RuleCheck(APP07, c.code(), path, CheckStatus.NEEDS_EVIDENCE,
                        figures("met", true, "evidence", 0),
                        localized(name, "«{0}» орындалды деп бағаланған, бірақ дәлелі жоқ",
                                "«{0}» оценён как выполненный, но без подтверждения",
                                "\"{0}\" assessed as met but without evidence")));
            } else if (exception && experience > 0) {
                out.add(new RuleCheck(APP07, c.code(), path, CheckStatus.PASSED,
                        figures("met", false, "stage", stage, "teamFieldExperience", experience),
                        localized(name, "«{0}» орындалмаған, бірақ идея немесе ерте пилот үшін команданың салалық тәжірибесі есептеледі",
                                "«{0}» не выполнен, но для идеи или раннего пилота засчитывается прошлый опыт команды в сфере",
                                "\"{0}\" not met, but for an idea or an early pilot the team's past experience in the field counts instead")));
            } else if (exception) {
                out.add(new RuleCheck(APP07, c.code(), path, CheckStatus.NEEDS_EVIDENCE,
                        figures("met", false, "stage", stage, "teamFieldExperience", 0),
                        localized(name, "«{0}» орындалмаған; идея немесе ерте пилот үшін команданың салалық тәжірибесінің дәлелі керек",
                                "«{0}» не выполнен; для идеи или раннего пилота нужно подтверждение опыта команды в сфере",
                                "\"{0}\" not met; for an idea or an early pilot, evidence of the team's experience in the field is needed")));
            } else {
                out.add(new RuleCheck(APP07, c.code(), path, CheckStatus.FAILED,
                        figures("met", false, "stage", stage),
                        localized(name, "«{0}» орындалмаған", "«{0}» не выполнен", "\"{0}\" not met")));
            }
        }
        return EligibilityVerdict.of(out);
    }

    private static LocalizedText localized(LocalizedText name, String kk, String ru, String en) {
        return LocalizedText.message(kk.replace("{0}", name.get(Language.KK)),
                ru.replace("{0}", name.get(Language.RU)),
                en.replace("{0}", name.get(Language.EN)));
    }

    /**
     * APP-08: a correctly filled application (no FAILED check among APP-01..04, APP-06), the idea matching
     * the principles, the concept (APP-05), the primary interview passed, readiness for the
     * schedule. There is no cap on the number admitted.
     */
    public static EligibilityVerdict preAccelerationAdmission(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        EligibilityVerdict filled = whoMayApply(a, m, clock).and(participantRequirements(a, m, clock)).and(direction(a, m, clock))
                .and(shortDescription(a, m, clock)).and(registrationDocuments(a, m, clock));
        List<RuleCheck> out = new ArrayList<>();
        List<String> failed = filled.withStatus(CheckStatus.FAILED).stream()
                .map(c -> c.rule() + " " + c.requirement()).distinct().toList();
        CheckStatus fs = filled.status();
        out.add(new RuleCheck(APP08, "APPLICATION_CORRECT", "$", fs,
                figures("failedChecks", failed.isEmpty() ? "none" : String.join(", ", failed)),
                switch (fs) {
                    case PASSED -> LocalizedText.message("Өтінім дұрыс толтырылған", "Заявка заполнена корректно", "The application is correctly filled");
                    case FAILED -> LocalizedText.message("Өтінім талаптарға сай емес: {0}", "Заявка не отвечает требованиям: {0}",
                            "The application does not meet the requirements: {0}", String.join(", ", failed));
                    case NEEDS_EVIDENCE -> LocalizedText.message("Өтінімге дәлелдер жетіспейді", "В заявке не хватает подтверждений",
                            "The application lacks evidence");
                }));
        EligibilityVerdict concept = concept(a, m, clock);
        out.add(new RuleCheck(APP08, "CONCEPT_COMPLETE", "$.concept", concept.status(),
                figures("concept", concept.status()),
                concept.passed() ? LocalizedText.message("Бастапқы құжаттама толық (APP-05)", "Первичная документация полная (APP-05)",
                        "The primary documentation is complete (APP-05)")
                        : LocalizedText.message("Бастапқы құжаттама толық емес (APP-05)", "Первичная документация неполная (APP-05)",
                                "The primary documentation is incomplete (APP-05)")));
        Optional<AdmissionFacts> f = a.admission();
        fact(out, APP08, "PRINCIPLES_MATCH", "$.admission.ideaMatchesPrinciples", f.flatMap(AdmissionFacts::ideaMatchesPrinciples),
                () -> LocalizedText.message("Идея бағдарлама қағидаттарына сәйкес", "Идея соответствует принципам программы", "The idea matches the program's principles"),
                () -> LocalizedText.message("Идея бағдарлама қағидаттарына сәйкес емес", "Идея не соответствует принципам программы", "The idea does not match the program's principles"),
                () -> LocalizedText.message("Идеяның қағидаттарға сәйкестігі әлі бағаланбаған", "Соответствие идеи принципам ещё не оценено", "The idea's match with the principles is not assessed yet"));
        fact(out, APP08, "PRIMARY_INTERVIEW_PASSED", "$.admission.primaryInterviewPassed", f.flatMap(AdmissionFacts::primaryInterviewPassed),
                () -> LocalizedText.message("Сарапшылар тобымен алғашқы сұхбаттан өтті", "Первичное собеседование с экспертной группой пройдено", "The primary interview with the expert group was passed"),
                () -> LocalizedText.message("Алғашқы сұхбаттан өтпеді", "Первичное собеседование не пройдено", "The primary interview was not passed"),
                () -> LocalizedText.message("Алғашқы сұхбат әлі өткен жоқ", "Первичное собеседование ещё не проведено", "The primary interview has not taken place yet"));
        fact(out, APP08, "SCHEDULE_COMMITMENT", "$.admission.readyForSchedule", f.flatMap(AdmissionFacts::readyForSchedule),
                () -> LocalizedText.message("Сабақ кестесін ұстануға дайын", "Готовность следовать расписанию занятий подтверждена", "Ready to follow the class schedule"),
                () -> LocalizedText.message("Сабақ кестесін ұстануға дайын емес", "Не готов следовать расписанию занятий", "Not ready to follow the class schedule"),
                () -> LocalizedText.message("Кестеге дайындығы расталмаған", "Готовность к расписанию не подтверждена", "Readiness for the schedule is not confirmed"));
        return EligibilityVerdict.of(out);
    }

    /**
     * DEF-12: 100% of the individual plan's tasks done, the documentation package complete (the
     * codes of PRE-08 in the methodology), the second interview passed, the individual plan
     * fulfilled.
     */
    public static EligibilityVerdict accelerationAdmission(ProjectApplication a, Methodology m, Clock clock) {
        require(a, m, clock);
        List<String> required = m.preAcceleration().documentPackage();
        List<RuleCheck> out = new ArrayList<>();
        if (a.preAcceleration().isEmpty()) {
            out.add(new RuleCheck(DEF12, "PRE_ACCELERATION_RECORD", "$.preAcceleration", CheckStatus.NEEDS_EVIDENCE,
                    figures("requiredDocuments", String.join(", ", required)),
                    LocalizedText.message("Преакселерация нәтижелері жоқ", "Нет итогов преакселерации", "There is no pre-acceleration record")));
            return EligibilityVerdict.of(out);
        }
        PreAccelerationRecord r = a.preAcceleration().get();
        boolean all = r.tasksPlanned() > 0 && r.tasksDone() >= r.tasksPlanned();
        int percent = r.tasksPlanned() == 0 ? 0 : (int) Math.min(100, (long) r.tasksDone() * 100 / r.tasksPlanned());
        out.add(new RuleCheck(DEF12, "TASKS_DONE", "$.preAcceleration.tasksDone", all ? CheckStatus.PASSED : CheckStatus.FAILED,
                figures("tasksDone", r.tasksDone(), "tasksPlanned", r.tasksPlanned(), "percent", percent, "requiredPercent", 100),
                all ? LocalizedText.message("Тапсырмалардың 100% орындалды", "Выполнено 100% заданий", "100% of the tasks are done")
                        : LocalizedText.message("Тапсырмалардың {0}% орындалды ({1}/{2}), 100% керек", "Выполнено {0}% заданий ({1} из {2}), нужно 100%",
                                "{0}% of the tasks are done ({1} of {2}), 100% are needed", percent, r.tasksDone(), r.tasksPlanned())));
        List<String> missing = required.stream().filter(c -> !r.documentsSubmitted().contains(c)).toList();
        out.add(new RuleCheck(DEF12, "DOCUMENT_PACKAGE", "$.preAcceleration.documentsSubmitted",
                missing.isEmpty() ? CheckStatus.PASSED : CheckStatus.FAILED,
                figures("submitted", required.size() - missing.size(), "required", required.size(),
                        "missing", missing.isEmpty() ? "none" : String.join(", ", missing)),
                missing.isEmpty() ? LocalizedText.message("Құжаттама пакеті толық ({0} құжат)", "Пакет документации полный ({0} документов)",
                        "The documentation package is complete ({0} documents)", required.size())
                        : LocalizedText.message("Құжаттама пакетінде жоқ: {0}", "В пакете документации нет: {0}",
                                "The documentation package lacks: {0}", String.join(", ", missing))));
        fact(out, DEF12, "SECOND_INTERVIEW", "$.preAcceleration.secondInterviewPassed", r.secondInterviewPassed(),
                () -> LocalizedText.message("Екінші сұхбаттан өтті", "Второе собеседование пройдено", "The second interview was passed"),
                () -> LocalizedText.message("Екінші сұхбаттан өтпеді", "Второе собеседование не пройдено", "The second interview was not passed"),
                () -> LocalizedText.message("Екінші сұхбат әлі өткен жоқ", "Второе собеседование ещё не проведено", "The second interview has not taken place yet"));
        fact(out, DEF12, "INDIVIDUAL_PLAN", "$.preAcceleration.individualPlanFulfilled", r.individualPlanFulfilled(),
                () -> LocalizedText.message("Жеке жоспар орындалды", "Индивидуальный план выполнен", "The individual plan is fulfilled"),
                () -> LocalizedText.message("Жеке жоспар орындалмады", "Индивидуальный план не выполнен", "The individual plan is not fulfilled"),
                () -> LocalizedText.message("Жеке жоспардың орындалуын тәлімгер растамаған", "Выполнение индивидуального плана ментор не подтвердил",
                        "The mentor has not confirmed the individual plan"));
        return EligibilityVerdict.of(out);
    }

    // the explanation of the one status that applies is built, not all three (eligibility runs per applicant)
    private static void fact(List<RuleCheck> out, RuleId rule, String requirement, String path, Optional<Boolean> value,
            Supplier<LocalizedText> yes, Supplier<LocalizedText> no, Supplier<LocalizedText> unknown) {
        CheckStatus s = value.isEmpty() ? CheckStatus.NEEDS_EVIDENCE : value.get() ? CheckStatus.PASSED : CheckStatus.FAILED;
        out.add(new RuleCheck(rule, requirement, path, s, figures(requirement.toLowerCase(java.util.Locale.ROOT),
                value.map(String::valueOf).orElse("unknown")),
                (s == CheckStatus.PASSED ? yes : s == CheckStatus.FAILED ? no : unknown).get()));
    }

    private static EligibilityVerdict one(RuleCheck c) {
        return EligibilityVerdict.of(List.of(c));
    }

    private static List<String> codes(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::code).collect(Collectors.toList());
    }

    /** The figures in the order given, immutable at once: {@link RuleCheck} then keeps them without a copy. */
    private static Map<String, String> figures(Object... kv) {
        ImmutableMap.Builder<String, String> m = ImmutableMap.builderWithExpectedSize(kv.length / 2);
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(String.valueOf(kv[i]), String.valueOf(kv[i + 1]));
        }
        return m.buildKeepingLast();
    }

    private static void require(ProjectApplication a, Methodology m, Clock clock) {
        Objects.requireNonNull(a, "application");
        Objects.requireNonNull(m, "methodology");
        Objects.requireNonNull(clock, "clock");
    }
}
