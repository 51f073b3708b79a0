package kz.saruar.model.methodology;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.CascadeLevel;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.CoachingTopic;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.catalog.DocumentKind;
import kz.saruar.model.catalog.ExpertCompetency;
import kz.saruar.model.catalog.FocusArea;
import kz.saruar.model.catalog.FormStageMapping;
import kz.saruar.model.catalog.GrowStep;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.catalog.KickoffSession;
import kz.saruar.model.catalog.LevelDescriptor;
import kz.saruar.model.catalog.LifecycleMapping;
import kz.saruar.model.catalog.LifecycleStage;
import kz.saruar.model.catalog.Questionnaire;
import kz.saruar.model.catalog.RuleText;
import kz.saruar.model.catalog.StageMapping;
import kz.saruar.model.catalog.SupportMeasureGroup;

/**
 * Binds the standard methodology file shipped in the jar (FMT-01) straight to its records with
 * Jackson's streaming parser, so that {@link Methodology#standard()} starts without jackson-databind
 * (issue 13, cold start). It reads only that one file: the file's structure and semantic checks are
 * proven by the tests, which require the value read here to equal the one the full validating loader
 * gives ({@code StandardFastPathTest}). Anything the file does not contain (an unknown field, a
 * missing one, another type) is a broken jar and fails loudly, never a half-read methodology.
 *
 * <p>Values are bound as the validating loader binds them from its tree: decimals through their
 * {@code double} value, integers exactly; an absent optional field is empty and an absent list is
 * empty, as the structure check normalizes them.
 */
final class StandardMethodologyReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The element types of the file's lists; one switch instead of a lambda per type keeps start-up cheap. */
    private enum Item {
        TEXT, STRING, INTEGER, RULE_ID, ACTOR_ROLE, ENTRY, DIRECTION, DOCUMENT_KIND, COMPETENCY, KICKOFF,
        BREAK, JURY_SEAT, CRITERION, LEVEL, BAND, MODULE, COACHING_TOPIC, GROW_STEP, CASCADE_LEVEL,
        LIFECYCLE_STAGE, MEASURE_GROUP, FOCUS_AREA, QUESTIONNAIRE, LIFECYCLE_MAPPING, FORM_STAGE_MAPPING,
        COMMAND_ROLES, RULE_TEXT
    }

    private final JsonParser p;

    private StandardMethodologyReader(JsonParser p) {
        this.p = p;
    }

    /** The standard methodology document from the jar's resource {@link MethodologyLoader#STANDARD_RESOURCE}. */
    static MethodologyDocument read() {
        try (InputStream in = MethodologyLoader.class.getResourceAsStream(MethodologyLoader.STANDARD_RESOURCE)) {
            if (in == null) {
                throw new SaruarException("the standard methodology is missing from the jar: "
                        + MethodologyLoader.STANDARD_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new SaruarException("the standard methodology cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a document from the bytes of a methodology file that has every field the standard one has. */
    static MethodologyDocument read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            StandardMethodologyReader r = new StandardMethodologyReader(parser);
            parser.nextToken();
            MethodologyDocument d;
            try {
                d = r.document();
            } catch (SaruarException e) {
                throw e;
            } catch (RuntimeException e) {
                // a missing field (a record refuses null) or a code that is no constant of its enum
                throw new SaruarException("the standard methodology in the jar does not bind at "
                        + parser.currentLocation().offsetDescription() + ": " + e, e);
            }
            if (parser.nextToken() != null) {
                throw r.broken("content after the methodology");
            }
            return d;
        }
    }

    // -- the records, one method each, in the order of their components --------------------------

    private MethodologyDocument document() throws IOException {
        Integer schemaVersion = null;
        String id = null;
        LocalizedText name = null;
        LocalizedText source = null;
        Optional<String> basedOn = Optional.empty();
        List<Direction> directions = List.of();
        List<CatalogEntry> principles = List.of();
        List<CatalogEntry> accelerationStages = List.of();
        List<CatalogEntry> expertAreas = List.of();
        List<CatalogEntry> fundingSources = List.of();
        List<CatalogEntry> informationPlatforms = List.of();
        List<CatalogEntry> rankingCriteria = List.of();
        List<DocumentKind> documentKinds = List.of();
        IntakeRules intake = null;
        ExpertRules experts = null;
        PreAccelerationProgram preAcceleration = null;
        DefenseRules defense = null;
        AccelerationProgram acceleration = null;
        ExitRules exit = null;
        MaturityModel maturity = null;
        LedgerRules ledger = null;
        LifecycleRules lifecycle = null;
        List<RuleText> rules = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "schemaVersion" -> schemaVersion = integer();
                case "id" -> id = string();
                case "name" -> name = text();
                case "source" -> source = text();
                case "basedOn" -> basedOn = Optional.of(string());
                case "directions" -> directions = list(Item.DIRECTION);
                case "principles" -> principles = list(Item.ENTRY);
                case "accelerationStages" -> accelerationStages = list(Item.ENTRY);
                case "expertAreas" -> expertAreas = list(Item.ENTRY);
                case "fundingSources" -> fundingSources = list(Item.ENTRY);
                case "informationPlatforms" -> informationPlatforms = list(Item.ENTRY);
                case "rankingCriteria" -> rankingCriteria = list(Item.ENTRY);
                case "documentKinds" -> documentKinds = list(Item.DOCUMENT_KIND);
                case "intake" -> intake = intake();
                case "experts" -> experts = experts();
                case "preAcceleration" -> preAcceleration = preAcceleration();
                case "defense" -> defense = defense();
                case "acceleration" -> acceleration = acceleration();
                case "exit" -> exit = exit();
                case "maturity" -> maturity = maturity();
                case "ledger" -> ledger = ledger();
                case "lifecycle" -> lifecycle = lifecycle();
                case "rules" -> rules = list(Item.RULE_TEXT);
                default -> throw unknown(f);
            }
        }
        return new MethodologyDocument(schemaVersion, id, name, source, basedOn, directions, principles,
                accelerationStages, expertAreas, fundingSources, informationPlatforms, rankingCriteria, documentKinds,
                intake, experts, preAcceleration, defense, acceleration, exit, maturity, ledger, lifecycle, rules);
    }

    private Direction direction() throws IOException {
        String code = null;
        LocalizedText name = null;
        Optional<LocalizedText> formLabel = Optional.empty();
        Optional<LocalizedText> description = Optional.empty();
        List<LocalizedText> subThemes = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "formLabel" -> formLabel = Optional.of(text());
                case "description" -> description = Optional.of(text());
                case "subThemes" -> subThemes = list(Item.TEXT);
                default -> throw unknown(f);
            }
        }
        return new Direction(code, name, formLabel, description, subThemes);
    }

    private CatalogEntry entry() throws IOException {
        String code = null;
        LocalizedText name = null;
        Optional<LocalizedText> description = Optional.empty();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "description" -> description = Optional.of(text());
                default -> throw unknown(f);
            }
        }
        return new CatalogEntry(code, name, description);
    }

    private DocumentKind documentKind() throws IOException {
        String code = null;
        LocalizedText name = null;
        List<RuleId> rules = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "rules" -> rules = list(Item.RULE_ID);
                default -> throw unknown(f);
            }
        }
        return new DocumentKind(code, name, rules);
    }

    private IntakeRules intake() throws IOException {
        List<CatalogEntry> applicantKinds = List.of();
        List<CatalogEntry> participantRequirements = List.of();
        Integer minAge = null;
        Integer minTeamSize = null;
        List<CatalogEntry> implementationStages = List.of();
        List<CatalogEntry> volunteerInvolvement = List.of();
        Integer maxShortDescriptionWords = null;
        Integer minConceptRisks = null;
        Integer maxPresentationSlides = null;
        List<CatalogEntry> selectionCriteria = List.of();
        List<CatalogEntry> admissionCriteria = List.of();
        Integer firstInterviewDays = null;
        Integer commissionStartWorkingDays = null;
        Integer finalMeetingWorkingDays = null;
        List<String> openDirections = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "applicantKinds" -> applicantKinds = list(Item.ENTRY);
                case "participantRequirements" -> participantRequirements = list(Item.ENTRY);
                case "minAge" -> minAge = integer();
                case "minTeamSize" -> minTeamSize = integer();
                case "implementationStages" -> implementationStages = list(Item.ENTRY);
                case "volunteerInvolvement" -> volunteerInvolvement = list(Item.ENTRY);
                case "maxShortDescriptionWords" -> maxShortDescriptionWords = integer();
                case "minConceptRisks" -> minConceptRisks = integer();
                case "maxPresentationSlides" -> maxPresentationSlides = integer();
                case "selectionCriteria" -> selectionCriteria = list(Item.ENTRY);
                case "admissionCriteria" -> admissionCriteria = list(Item.ENTRY);
                case "firstInterviewDays" -> firstInterviewDays = integer();
                case "commissionStartWorkingDays" -> commissionStartWorkingDays = integer();
                case "finalMeetingWorkingDays" -> finalMeetingWorkingDays = integer();
                case "openDirections" -> openDirections = list(Item.STRING);
                default -> throw unknown(f);
            }
        }
        return new IntakeRules(applicantKinds, participantRequirements, minAge, minTeamSize, implementationStages,
                volunteerInvolvement, maxShortDescriptionWords, minConceptRisks, maxPresentationSlides,
                selectionCriteria, admissionCriteria, firstInterviewDays, commissionStartWorkingDays,
                finalMeetingWorkingDays, openDirections);
    }

    private ExpertRules experts() throws IOException {
        List<CatalogEntry> requirements = List.of();
        Integer minYearsOfPractice = null;
        Integer maxYearsOfPractice = null;
        List<CatalogEntry> formats = List.of();
        List<CatalogEntry> duties = List.of();
        Integer minTrainingHours = null;
        Integer maxTrainingHours = null;
        List<CatalogEntry> coachBehaviours = List.of();
        List<ExpertCompetency> competencies = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "requirements" -> requirements = list(Item.ENTRY);
                case "minYearsOfPractice" -> minYearsOfPractice = integer();
                case "maxYearsOfPractice" -> maxYearsOfPractice = integer();
                case "formats" -> formats = list(Item.ENTRY);
                case "duties" -> duties = list(Item.ENTRY);
                case "minTrainingHours" -> minTrainingHours = integer();
                case "maxTrainingHours" -> maxTrainingHours = integer();
                case "coachBehaviours" -> coachBehaviours = list(Item.ENTRY);
                case "competencies" -> competencies = list(Item.COMPETENCY);
                default -> throw unknown(f);
            }
        }
        return new ExpertRules(requirements, minYearsOfPractice, maxYearsOfPractice, formats, duties,
                minTrainingHours, maxTrainingHours, coachBehaviours, competencies);
    }

    private ExpertCompetency competency() throws IOException {
        String code = null;
        LocalizedText name = null;
        List<LocalizedText> actions = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "actions" -> actions = list(Item.TEXT);
                default -> throw unknown(f);
            }
        }
        return new ExpertCompetency(code, name, actions);
    }

    private PreAccelerationProgram preAcceleration() throws IOException {
        Integer durationMonths = null;
        List<CatalogEntry> content = List.of();
        List<KickoffSession> kickoffSessions = List.of();
        List<String> mandatoryCourses = List.of();
        ConsultationRules consultations = null;
        List<String> documentPackage = List.of();
        List<CatalogEntry> expulsionGrounds = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "durationMonths" -> durationMonths = integer();
                case "content" -> content = list(Item.ENTRY);
                case "kickoffSessions" -> kickoffSessions = list(Item.KICKOFF);
                case "mandatoryCourses" -> mandatoryCourses = list(Item.STRING);
                case "consultations" -> consultations = consultations();
                case "documentPackage" -> documentPackage = list(Item.STRING);
                case "expulsionGrounds" -> expulsionGrounds = list(Item.ENTRY);
                default -> throw unknown(f);
            }
        }
        return new PreAccelerationProgram(durationMonths, content, kickoffSessions, mandatoryCourses, consultations,
                documentPackage, expulsionGrounds);
    }

    private KickoffSession kickoff() throws IOException {
        String code = null;
        LocalizedText name = null;
        LocalizedText description = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "description" -> description = text();
                default -> throw unknown(f);
            }
        }
        return new KickoffSession(code, name, description);
    }

    private ConsultationRules consultations() throws IOException {
        Integer minutes = null;
        Integer maxPerExpertPerProject = null;
        Integer agendaDaysBefore = null;
        Integer surveyHoursAfter = null;
        Integer cancellationNoticeHours = null;
        DailyHours hours = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "minutes" -> minutes = integer();
                case "maxPerExpertPerProject" -> maxPerExpertPerProject = integer();
                case "agendaDaysBefore" -> agendaDaysBefore = integer();
                case "surveyHoursAfter" -> surveyHoursAfter = integer();
                case "cancellationNoticeHours" -> cancellationNoticeHours = integer();
                case "hours" -> hours = hours();
                default -> throw unknown(f);
            }
        }
        return new ConsultationRules(minutes, maxPerExpertPerProject, agendaDaysBefore, surveyHoursAfter,
                cancellationNoticeHours, hours);
    }

    private DailyHours hours() throws IOException {
        String start = null;
        String end = null;
        List<DailyHours.BreakTime> breaks = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "start" -> start = string();
                case "end" -> end = string();
                case "breaks" -> breaks = list(Item.BREAK);
                default -> throw unknown(f);
            }
        }
        return new DailyHours(start, end, breaks);
    }

    private DailyHours.BreakTime breakTime() throws IOException {
        String start = null;
        String end = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "start" -> start = string();
                case "end" -> end = string();
                default -> throw unknown(f);
            }
        }
        return new DailyHours.BreakTime(start, end);
    }

    private DefenseRules defense() throws IOException {
        JuryComposition jury = null;
        ScoreScale scale = null;
        List<Criterion> criteria = List.of();
        Optional<Integer> passThreshold = Optional.empty();
        List<Band> bands = List.of();
        Integer quorum = null;
        ConflictPolicy conflictPolicy = null;
        Integer videoEssayMaxSeconds = null;
        Integer presentationMaxMinutes = null;
        Integer questionsMaxMinutes = null;
        Integer certificateAcademicHours = null;
        List<String> certificatePrograms = List.of();
        Integer applicationToAccelerationDays = null;
        List<String> accelerationDocuments = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "jury" -> jury = jury();
                case "scale" -> scale = scale();
                case "criteria" -> criteria = list(Item.CRITERION);
                case "passThreshold" -> passThreshold = Optional.of(integer());
                case "bands" -> bands = list(Item.BAND);
                case "quorum" -> quorum = integer();
                case "conflictPolicy" -> conflictPolicy = ConflictPolicy.valueOf(string());
                case "videoEssayMaxSeconds" -> videoEssayMaxSeconds = integer();
                case "presentationMaxMinutes" -> presentationMaxMinutes = integer();
                case "questionsMaxMinutes" -> questionsMaxMinutes = integer();
                case "certificateAcademicHours" -> certificateAcademicHours = integer();
                case "certificatePrograms" -> certificatePrograms = list(Item.STRING);
                case "applicationToAccelerationDays" -> applicationToAccelerationDays = integer();
                case "accelerationDocuments" -> accelerationDocuments = list(Item.STRING);
                default -> throw unknown(f);
            }
        }
        return new DefenseRules(jury, scale, criteria, passThreshold, bands, quorum, conflictPolicy,
                videoEssayMaxSeconds, presentationMaxMinutes, questionsMaxMinutes, certificateAcademicHours,
                certificatePrograms, applicationToAccelerationDays, accelerationDocuments);
    }

    private JuryComposition jury() throws IOException {
        Integer size = null;
        List<JurySeat> seats = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "size" -> size = integer();
                case "seats" -> seats = list(Item.JURY_SEAT);
                default -> throw unknown(f);
            }
        }
        return new JuryComposition(size, seats);
    }

    private JurySeat jurySeat() throws IOException {
        String role = null;
        Integer count = null;
        LocalizedText name = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "role" -> role = string();
                case "count" -> count = integer();
                case "name" -> name = text();
                default -> throw unknown(f);
            }
        }
        return new JurySeat(role, count, name);
    }

    private ScoreScale scale() throws IOException {
        Integer min = null;
        Integer max = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "min" -> min = integer();
                case "max" -> max = integer();
                default -> throw unknown(f);
            }
        }
        return new ScoreScale(min, max);
    }

    private Criterion criterion() throws IOException {
        String code = null;
        LocalizedText name = null;
        List<LevelDescriptor> levels = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "levels" -> levels = list(Item.LEVEL);
                default -> throw unknown(f);
            }
        }
        return new Criterion(code, name, levels);
    }

    private LevelDescriptor level() throws IOException {
        Integer score = null;
        LocalizedText descriptor = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "score" -> score = integer();
                case "descriptor" -> descriptor = text();
                default -> throw unknown(f);
            }
        }
        return new LevelDescriptor(score, descriptor);
    }

    private Band band() throws IOException {
        String code = null;
        LocalizedText name = null;
        Integer from = null;
        Integer to = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "from" -> from = integer();
                case "to" -> to = integer();
                default -> throw unknown(f);
            }
        }
        return new Band(code, name, from, to);
    }

    private AccelerationProgram acceleration() throws IOException {
        Integer durationMonths = null;
        List<CurriculumModule> modules = List.of();
        BigDecimal defaultModuleHours = null;
        List<Integer> coachingWeeks = List.of();
        List<CoachingTopic> coachingTopics = List.of();
        List<GrowStep> growModel = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "durationMonths" -> durationMonths = integer();
                case "modules" -> modules = list(Item.MODULE);
                case "defaultModuleHours" -> defaultModuleHours = decimal();
                case "coachingWeeks" -> coachingWeeks = list(Item.INTEGER);
                case "coachingTopics" -> coachingTopics = list(Item.COACHING_TOPIC);
                case "growModel" -> growModel = list(Item.GROW_STEP);
                default -> throw unknown(f);
            }
        }
        return new AccelerationProgram(durationMonths, modules, defaultModuleHours, coachingWeeks, coachingTopics,
                growModel);
    }

    private CurriculumModule module() throws IOException {
        String code = null;
        LocalizedText name = null;
        Optional<BigDecimal> hours = Optional.empty();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "hours" -> hours = Optional.of(decimal());
                default -> throw unknown(f);
            }
        }
        return new CurriculumModule(code, name, hours);
    }

    private CoachingTopic coachingTopic() throws IOException {
        String code = null;
        LocalizedText name = null;
        List<LocalizedText> questions = List.of();
        List<LocalizedText> knowledge = List.of();
        List<LocalizedText> skills = List.of();
        List<LocalizedText> tasks = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "questions" -> questions = list(Item.TEXT);
                case "knowledge" -> knowledge = list(Item.TEXT);
                case "skills" -> skills = list(Item.TEXT);
                case "tasks" -> tasks = list(Item.TEXT);
                default -> throw unknown(f);
            }
        }
        return new CoachingTopic(code, name, questions, knowledge, skills, tasks);
    }

    private GrowStep growStep() throws IOException {
        String code = null;
        LocalizedText name = null;
        List<LocalizedText> questions = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "questions" -> questions = list(Item.TEXT);
                default -> throw unknown(f);
            }
        }
        return new GrowStep(code, name, questions);
    }

    private ExitRules exit() throws IOException {
        List<CatalogEntry> tasks = List.of();
        List<CatalogEntry> ambassadorCriteria = List.of();
        List<String> ambassadorDocuments = List.of();
        List<CatalogEntry> ambassadorSteps = List.of();
        List<CascadeLevel> cascadeLevels = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "tasks" -> tasks = list(Item.ENTRY);
                case "ambassadorCriteria" -> ambassadorCriteria = list(Item.ENTRY);
                case "ambassadorDocuments" -> ambassadorDocuments = list(Item.STRING);
                case "ambassadorSteps" -> ambassadorSteps = list(Item.ENTRY);
                case "cascadeLevels" -> cascadeLevels = list(Item.CASCADE_LEVEL);
                default -> throw unknown(f);
            }
        }
        return new ExitRules(tasks, ambassadorCriteria, ambassadorDocuments, ambassadorSteps, cascadeLevels);
    }

    private CascadeLevel cascadeLevel() throws IOException {
        String code = null;
        LocalizedText name = null;
        Boolean paid = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "paid" -> paid = bool();
                default -> throw unknown(f);
            }
        }
        return new CascadeLevel(code, name, paid);
    }

    private MaturityModel maturity() throws IOException {
        List<CatalogEntry> maturityStages = List.of();
        List<LifecycleStage> lifecycleStages = List.of();
        List<CatalogEntry> supportPhases = List.of();
        List<CatalogEntry> measureTypes = List.of();
        List<SupportMeasureGroup> supportMeasures = List.of();
        List<LocalizedText> additionalMeasures = List.of();
        List<CatalogEntry> problemsOfRunningProjects = List.of();
        List<CatalogEntry> problemsOfNewInitiatives = List.of();
        List<CatalogEntry> crisisReactions = List.of();
        List<FocusArea> focusAreas = List.of();
        List<Questionnaire> questionnaires = List.of();
        StageMapping stageMapping = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "maturityStages" -> maturityStages = list(Item.ENTRY);
                case "lifecycleStages" -> lifecycleStages = list(Item.LIFECYCLE_STAGE);
                case "supportPhases" -> supportPhases = list(Item.ENTRY);
                case "measureTypes" -> measureTypes = list(Item.ENTRY);
                case "supportMeasures" -> supportMeasures = list(Item.MEASURE_GROUP);
                case "additionalMeasures" -> additionalMeasures = list(Item.TEXT);
                case "problemsOfRunningProjects" -> problemsOfRunningProjects = list(Item.ENTRY);
                case "problemsOfNewInitiatives" -> problemsOfNewInitiatives = list(Item.ENTRY);
                case "crisisReactions" -> crisisReactions = list(Item.ENTRY);
                case "focusAreas" -> focusAreas = list(Item.FOCUS_AREA);
                case "questionnaires" -> questionnaires = list(Item.QUESTIONNAIRE);
                case "stageMapping" -> stageMapping = stageMapping();
                default -> throw unknown(f);
            }
        }
        return new MaturityModel(maturityStages, lifecycleStages, supportPhases, measureTypes, supportMeasures,
                additionalMeasures, problemsOfRunningProjects, problemsOfNewInitiatives, crisisReactions, focusAreas,
                questionnaires, stageMapping);
    }

    private LifecycleStage lifecycleStage() throws IOException {
        String code = null;
        LocalizedText name = null;
        LocalizedText content = null;
        List<LocalizedText> factors = List.of();
        LocalizedText risk = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "content" -> content = text();
                case "factors" -> factors = list(Item.TEXT);
                case "risk" -> risk = text();
                default -> throw unknown(f);
            }
        }
        return new LifecycleStage(code, name, content, factors, risk);
    }

    private SupportMeasureGroup measureGroup() throws IOException {
        String phase = null;
        String type = null;
        List<LocalizedText> measures = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "phase" -> phase = string();
                case "type" -> type = string();
                case "measures" -> measures = list(Item.TEXT);
                default -> throw unknown(f);
            }
        }
        return new SupportMeasureGroup(phase, type, measures);
    }

    private FocusArea focusArea() throws IOException {
        String code = null;
        LocalizedText name = null;
        List<LocalizedText> results = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "results" -> results = list(Item.TEXT);
                default -> throw unknown(f);
            }
        }
        return new FocusArea(code, name, results);
    }

    private Questionnaire questionnaire() throws IOException {
        String code = null;
        LocalizedText name = null;
        List<CatalogEntry> questions = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = string();
                case "name" -> name = text();
                case "questions" -> questions = list(Item.ENTRY);
                default -> throw unknown(f);
            }
        }
        return new Questionnaire(code, name, questions);
    }

    private StageMapping stageMapping() throws IOException {
        List<LifecycleMapping> lifecycle = List.of();
        List<FormStageMapping> formStages = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "lifecycle" -> lifecycle = list(Item.LIFECYCLE_MAPPING);
                case "formStages" -> formStages = list(Item.FORM_STAGE_MAPPING);
                default -> throw unknown(f);
            }
        }
        return new StageMapping(lifecycle, formStages);
    }

    private LifecycleMapping lifecycleMapping() throws IOException {
        String lifecycleStage = null;
        Optional<String> supportPhase = Optional.empty();
        String maturityStage = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "lifecycleStage" -> lifecycleStage = string();
                case "supportPhase" -> supportPhase = Optional.of(string());
                case "maturityStage" -> maturityStage = string();
                default -> throw unknown(f);
            }
        }
        return new LifecycleMapping(lifecycleStage, supportPhase, maturityStage);
    }

    private FormStageMapping formStageMapping() throws IOException {
        String implementationStage = null;
        List<String> lifecycleStages = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "implementationStage" -> implementationStage = string();
                case "lifecycleStages" -> lifecycleStages = list(Item.STRING);
                default -> throw unknown(f);
            }
        }
        return new FormStageMapping(implementationStage, lifecycleStages);
    }

    private LedgerRules ledger() throws IOException {
        BigDecimal coverageRatio = null;
        Boolean retirePointsPaidToBusinesses = null;
        List<CatalogEntry> priorityDirections = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "coverageRatio" -> coverageRatio = decimal();
                case "retirePointsPaidToBusinesses" -> retirePointsPaidToBusinesses = bool();
                case "priorityDirections" -> priorityDirections = list(Item.ENTRY);
                default -> throw unknown(f);
            }
        }
        return new LedgerRules(coverageRatio, retirePointsPaidToBusinesses, priorityDirections);
    }

    private LifecycleRules lifecycle() throws IOException {
        List<CommandRoles> commands = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            if (!f.equals("commands")) {
                throw unknown(f);
            }
            commands = list(Item.COMMAND_ROLES);
        }
        return new LifecycleRules(commands);
    }

    private CommandRoles commandRoles() throws IOException {
        LifecycleCommandCode code = null;
        List<ActorRole> roles = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "code" -> code = LifecycleCommandCode.valueOf(string());
                case "roles" -> roles = list(Item.ACTOR_ROLE);
                default -> throw unknown(f);
            }
        }
        return new CommandRoles(code, roles);
    }

    private RuleText ruleText() throws IOException {
        RuleId id = null;
        LocalizedText title = null;
        String text = null;
        String source = null;
        Boolean isDefault = null;
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "id" -> id = RuleId.of(string());
                case "title" -> title = text();
                case "text" -> text = string();
                case "source" -> source = string();
                case "isDefault" -> isDefault = bool();
                default -> throw unknown(f);
            }
        }
        return new RuleText(id, title, text, source, isDefault);
    }

    // -- values -----------------------------------------------------------------------------------

    /** A localized text: {@code kk}, {@code ru}, {@code en} and the {@code translated} tags. */
    private LocalizedText text() throws IOException {
        EnumMap<Language, String> texts = new EnumMap<>(Language.class);
        List<Language> translated = List.of();
        for (String f = firstField(); f != null; f = nextField()) {
            switch (f) {
                case "kk" -> texts.put(Language.KK, string());
                case "ru" -> texts.put(Language.RU, string());
                case "en" -> texts.put(Language.EN, string());
                case "translated" -> {
                    List<String> tags = list(Item.STRING);
                    List<Language> languages = new ArrayList<>(tags.size());
                    for (String tag : tags) {
                        languages.add(Language.of(tag));
                    }
                    translated = languages;
                }
                default -> throw unknown(f);
            }
        }
        return LocalizedText.of(texts, translated);
    }

    /** A list whose current token is {@code [}, every element read as {@code item}. */
    @SuppressWarnings("unchecked")
    private <T> List<T> list(Item item) throws IOException {
        expect(JsonToken.START_ARRAY);
        List<Object> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(item(item));
        }
        return (List<T>) out;
    }

    private Object item(Item item) throws IOException {
        return switch (item) {
            case TEXT -> text();
            case STRING -> string();
            case INTEGER -> integer();
            case RULE_ID -> RuleId.of(string());
            case ACTOR_ROLE -> ActorRole.valueOf(string());
            case ENTRY -> entry();
            case DIRECTION -> direction();
            case DOCUMENT_KIND -> documentKind();
            case COMPETENCY -> competency();
            case KICKOFF -> kickoff();
            case BREAK -> breakTime();
            case JURY_SEAT -> jurySeat();
            case CRITERION -> criterion();
            case LEVEL -> level();
            case BAND -> band();
            case MODULE -> module();
            case COACHING_TOPIC -> coachingTopic();
            case GROW_STEP -> growStep();
            case CASCADE_LEVEL -> cascadeLevel();
            case LIFECYCLE_STAGE -> lifecycleStage();
            case MEASURE_GROUP -> measureGroup();
            case FOCUS_AREA -> focusArea();
            case QUESTIONNAIRE -> questionnaire();
            case LIFECYCLE_MAPPING -> lifecycleMapping();
            case FORM_STAGE_MAPPING -> formStageMapping();
            case COMMAND_ROLES -> commandRoles();
            case RULE_TEXT -> ruleText();
        };
    }

    private String string() throws IOException {
        expect(JsonToken.VALUE_STRING);
        return p.getText();
    }

    private int integer() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT);
        return p.getIntValue();
    }

    private boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw broken("expected true or false, found " + t);
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** As the validating loader binds a number from its tree: an integer exactly, a decimal through its double. */
    private BigDecimal decimal() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return BigDecimal.valueOf(p.getLongValue());
        }
        expect(JsonToken.VALUE_NUMBER_FLOAT);
        return BigDecimal.valueOf(p.getDoubleValue());
    }

    // -- structure --------------------------------------------------------------------------------

    /** Enters the object at the current token; the name of its first field, or null when it is empty. */
    private String firstField() throws IOException {
        expect(JsonToken.START_OBJECT);
        return nextField();
    }

    /** The name of the next field, its value's first token current; null at the end of the object. */
    private String nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw broken("expected a field, found " + t);
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    private void expect(JsonToken token) {
        if (p.currentToken() != token) {
            throw broken("expected " + token + ", found " + p.currentToken());
        }
    }

    private SaruarException unknown(String field) {
        return broken("unknown field \"" + field + "\"");
    }

    private SaruarException broken(String what) {
        return new SaruarException(what + " at " + p.currentLocation().offsetDescription());
    }
}
