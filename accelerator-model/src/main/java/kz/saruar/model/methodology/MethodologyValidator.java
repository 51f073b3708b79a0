package kz.saruar.model.methodology;

import static kz.saruar.model.Rules.DEF_03;
import static kz.saruar.model.Rules.DEF_04;
import static kz.saruar.model.Rules.DEF_06;
import static kz.saruar.model.Rules.DEF_08;
import static kz.saruar.model.Rules.DEF_09;
import static kz.saruar.model.Rules.FMT_02;

import kz.saruar.model.LocalizedText;
import java.time.LocalTime;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.FormStageMapping;
import kz.saruar.model.catalog.LevelDescriptor;
import kz.saruar.model.catalog.LifecycleMapping;
import kz.saruar.model.catalog.SupportMeasureGroup;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.validation.ProblemKind;

/**
 * The semantic checks of a methodology that structure alone cannot express: unique codes and
 * existing references (FMT-02), the jury adding up (DEF-03), the scale and level descriptors
 * (DEF-04), the threshold within the range (DEF-06) and bands that partition it (DEF-07, DEF-08).
 */
final class MethodologyValidator {

    private final List<Reason> problems = new ArrayList<>();

    private MethodologyValidator() {
    }

    /** Every semantic problem of a structurally valid document; {@code directionCodes} includes plugins'. */
    static List<Reason> validate(MethodologyDocument d, Set<String> directionCodes) {
        MethodologyValidator v = new MethodologyValidator();
        v.uniqueCodes(d, "$");
        v.references(d, directionCodes);
        v.nonEmpty(d);
        v.defense(d.defense());
        v.ranges(d);
        v.problems.addAll(d.lifecycle().problems("$.lifecycle"));
        return v.problems;
    }

    /** Walks every list of records and reports codes (or roles, or rule IDs) used twice (FMT-02). */
    private void uniqueCodes(Object node, String path) {
        if (node instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object v = get(rc, r);
                if (v instanceof java.util.Optional<?> o) {
                    v = o.orElse(null);
                }
                if (v != null) {
                    uniqueCodes(v, path + "." + rc.getName());
                }
            }
        } else if (node instanceof List<?> list) {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                String key = key(e);
                if (key != null) {
                    Integer at = first.putIfAbsent(key, i);
                    if (at != null) {
                        problems.add(ProblemKind.DUPLICATE_CODE.at(path + "[" + i + "]", FMT_02, key,
                                path + "[" + at + "]"));
                    }
                }
                uniqueCodes(e, path + "[" + i + "]");
            }
        }
    }

    private static String key(Object e) {
        if (e instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (List.of("code", "role", "id").contains(rc.getName())) {
                    return String.valueOf(get(rc, r));
                }
            }
            if (e instanceof SupportMeasureGroup g) {
                return g.phase() + "/" + g.type();
            }
        }
        return null;
    }

    private static Object get(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot read " + rc.getName(), ex);
        }
    }

    private void references(MethodologyDocument d, Set<String> directionCodes) {
        Set<String> documents = codes(d.documentKinds().stream().map(k -> k.code()).toList());
        refs(d.preAcceleration().mandatoryCourses(), "$.preAcceleration.mandatoryCourses",
                entryCodes(d.preAcceleration().content()), "$.preAcceleration.content", Rules.PRE_03);
        refs(d.preAcceleration().documentPackage(), "$.preAcceleration.documentPackage", documents,
                "$.documentKinds", Rules.PRE_08);
        refs(d.defense().certificatePrograms(), "$.defense.certificatePrograms",
                entryCodes(d.preAcceleration().content()), "$.preAcceleration.content", Rules.DEF_10);
        refs(d.defense().accelerationDocuments(), "$.defense.accelerationDocuments", documents, "$.documentKinds",
                Rules.DEF_12);
        refs(d.exit().ambassadorDocuments(), "$.exit.ambassadorDocuments", documents, "$.documentKinds",
                Rules.EXT_03);
        refs(d.intake().openDirections(), "$.intake.openDirections", directionCodes, "$.directions",
                Rules.CAT_02);
        MaturityModel m = d.maturity();
        Set<String> phases = entryCodes(m.supportPhases());
        Set<String> types = entryCodes(m.measureTypes());
        Set<String> lifecycle = codes(m.lifecycleStages().stream().map(s -> s.code()).toList());
        Set<String> stages = entryCodes(m.maturityStages());
        RuleId mat03 = Rules.MAT_03;
        RuleId mat04 = Rules.MAT_04;
        for (int i = 0; i < m.supportMeasures().size(); i++) {
            SupportMeasureGroup g = m.supportMeasures().get(i);
            String p = "$.maturity.supportMeasures[" + i + "]";
            ref(g.phase(), p + ".phase", phases, "$.maturity.supportPhases", mat03);
            ref(g.type(), p + ".type", types, "$.maturity.measureTypes", mat03);
        }
        for (int i = 0; i < m.stageMapping().lifecycle().size(); i++) {
            LifecycleMapping lm = m.stageMapping().lifecycle().get(i);
            String p = "$.maturity.stageMapping.lifecycle[" + i + "]";
            ref(lm.lifecycleStage(), p + ".lifecycleStage", lifecycle, "$.maturity.lifecycleStages", mat04);
            lm.supportPhase().ifPresent(ph -> ref(ph, p + ".supportPhase", phases, "$.maturity.supportPhases", mat04));
            ref(lm.maturityStage(), p + ".maturityStage", stages, "$.maturity.maturityStages", mat04);
        }
        Set<String> formStages = entryCodes(d.intake().implementationStages());
        for (int i = 0; i < m.stageMapping().formStages().size(); i++) {
            FormStageMapping fm = m.stageMapping().formStages().get(i);
            String p = "$.maturity.stageMapping.formStages[" + i + "]";
            ref(fm.implementationStage(), p + ".implementationStage", formStages, "$.intake.implementationStages",
                    mat04);
            refs(fm.lifecycleStages(), p + ".lifecycleStages", lifecycle, "$.maturity.lifecycleStages", mat04);
        }
    }

    private void nonEmpty(MethodologyDocument d) {
        nonEmpty(d.directions(), "$.directions", Rules.CAT_01);
        nonEmpty(d.defense().criteria(), "$.defense.criteria", DEF_04);
        nonEmpty(d.defense().jury().seats(), "$.defense.jury.seats", DEF_03);
        nonEmpty(d.acceleration().modules(), "$.acceleration.modules", Rules.ACC_02);
        nonEmpty(d.acceleration().coachingWeeks(), "$.acceleration.coachingWeeks", Rules.ACC_04);
        nonEmpty(d.preAcceleration().kickoffSessions(), "$.preAcceleration.kickoffSessions", Rules.PRE_02);
    }

    private void defense(DefenseRules def) {
        int seats = def.jury().seats().stream().mapToInt(s -> s.count()).sum();
        if (seats != def.jury().size()) {
            problems.add(ProblemKind.JURY_DOES_NOT_ADD_UP.at("$.defense.jury", DEF_03, seats,
                    def.jury().size()));
        }
        ScoreScale scale = def.scale();
        if (scale.min() >= scale.max()) {
            problems.add(ProblemKind.BAD_SCALE.at("$.defense.scale", DEF_04, scale.min(), scale.max()));
            return;
        }
        for (int i = 0; i < def.criteria().size(); i++) {
            Criterion c = def.criteria().get(i);
            for (int j = 0; j < c.levels().size(); j++) {
                LevelDescriptor l = c.levels().get(j);
                if (l.score() < scale.min() || l.score() > scale.max()) {
                    problems.add(ProblemKind.LEVEL_OUTSIDE_SCALE.at("$.defense.criteria[" + i + "].levels[" + j + "].score", DEF_04, l.score(), scale.min(), scale.max()));
                }
            }
        }
        if (def.quorum() > def.jury().size()) {
            problems.add(ProblemKind.QUORUM_TOO_LARGE.at("$.defense.quorum", DEF_09, def.quorum(),
                    def.jury().size()));
        }
        if (def.criteria().isEmpty() || seats != def.jury().size()) {
            return; // the range is undefined; the problems above already say why
        }
        long min = (long) def.jury().size() * def.criteria().size() * scale.min();
        long max = (long) def.jury().size() * def.criteria().size() * scale.max();
        if (max > Integer.MAX_VALUE) {
            problems.add(ProblemKind.OUT_OF_RANGE.at("$.defense", DEF_04, max, 0, Integer.MAX_VALUE));
            return;
        }
        def.passThreshold().ifPresent(t -> {
            if (t < min || t > max) {
                problems.add(ProblemKind.THRESHOLD_OUT_OF_RANGE.at("$.defense.passThreshold", DEF_06, t,
                        min, max));
            }
        });
        if (def.bands().isEmpty()) {
            for (int[] e : ThresholdMapping.bandEdges((int) min, (int) max)) {
                if (e[0] > e[1]) {
                    problems.add(ProblemKind.DERIVED_BAND_EMPTY.at("$.defense.bands", DEF_08, min, max));
                    break;
                }
            }
        } else {
            bands(def.bands(), (int) min, (int) max);
        }
    }

    /** DEF-08: bands partition [min, max]: no gap, no overlap, no empty band, exact ends. */
    private void bands(List<Band> bands, int min, int max) {
        List<Integer> order = IntStream.range(0, bands.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> bands.get(i).from()).thenComparingInt(i -> i))
                .toList();
        boolean ok = true;
        for (int i : order) {
            Band b = bands.get(i);
            if (b.from() > b.to()) {
                problems.add(ProblemKind.EMPTY_BAND.at("$.defense.bands[" + i + "]", DEF_08, b.code(),
                        b.from(), b.to()));
                ok = false;
            }
        }
        if (!ok) {
            return;
        }
        Band first = bands.get(order.get(0));
        int lastTo = bands.stream().mapToInt(Band::to).max().orElseThrow();
        if (first.from() != min || lastTo != max) {
            problems.add(ProblemKind.BANDS_OUT_OF_RANGE.at("$.defense.bands", DEF_08, min, max,
                    first.from(), lastTo));
        }
        int coveredTo = first.to();
        for (int k = 1; k < order.size(); k++) {
            int i = order.get(k);
            Band b = bands.get(i);
            if (b.from() > coveredTo + 1) {
                problems.add(ProblemKind.BANDS_GAP.at("$.defense.bands[" + i + "].from", DEF_08, coveredTo + 1, b.from() - 1));
            } else if (b.from() <= coveredTo) {
                problems.add(ProblemKind.BANDS_OVERLAP.at("$.defense.bands[" + i + "].from", DEF_08, b.from(), Math.min(coveredTo, b.to())));
            }
            coveredTo = Math.max(coveredTo, b.to());
        }
    }

    private void ranges(MethodologyDocument d) {
        // FMT-01: a later library's file (another format) is refused rather than read as this one
        if (d.schemaVersion() != MethodologyDocument.SCHEMA_VERSION) {
            problems.add(ProblemKind.OUT_OF_RANGE.explained("$.schemaVersion", Rules.FMT_01, LocalizedText.message(
                    "Файл пішімі {0}: бұл кітапхана тек {1} пішімді әдістеме файлдарын оқиды",
                    "Формат файла {0}: эта библиотека читает файлы методологии только формата {1}",
                    "The file's format is {0}: this library reads methodology files of format {1} only",
                    d.schemaVersion(), MethodologyDocument.SCHEMA_VERSION)));
        }
        ExpertRules e = d.experts();
        order(e.minYearsOfPractice(), e.maxYearsOfPractice(), "$.experts.minYearsOfPractice",
                "minYearsOfPractice", "maxYearsOfPractice", Rules.EXP_01);
        order(e.minTrainingHours(), e.maxTrainingHours(), "$.experts.minTrainingHours", "minTrainingHours",
                "maxTrainingHours", Rules.EXP_03);
        hours(d.preAcceleration().consultations().hours());
        List<Integer> weeks = d.acceleration().coachingWeeks();
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i) < 1 || weeks.get(i) > 5) {
                problems.add(ProblemKind.OUT_OF_RANGE.at("$.acceleration.coachingWeeks[" + i + "]", Rules.ACC_04,
                        weeks.get(i), 1, 5));
            }
        }
    }

    /** PRE-05: the consultation hours and breaks are times HH:MM, each ending after it starts. */
    private void hours(DailyHours h) {
        String base = "$.preAcceleration.consultations.hours";
        interval(h.start(), h.end(), base);
        for (int i = 0; i < h.breaks().size(); i++) {
            interval(h.breaks().get(i).start(), h.breaks().get(i).end(), base + ".breaks[" + i + "]");
        }
    }

    private void interval(String start, String end, String path) {
        Optional<LocalTime> s = timeAt(start, path + ".start");
        Optional<LocalTime> e = timeAt(end, path + ".end");
        if (s.isPresent() && e.isPresent() && !e.get().isAfter(s.get())) {
            problems.add(ProblemKind.OUT_OF_RANGE.explained(path + ".end", Rules.PRE_05, LocalizedText.message(
                    "Аяқталуы {0} басталуынан {1} кейін болуы керек", "Конец {0} должен быть позже начала {1}",
                    "The end {0} must be after the start {1}", end, start)));
        }
    }

    private Optional<LocalTime> timeAt(String t, String path) {
        Optional<LocalTime> time = DailyHours.time(t);
        if (time.isEmpty()) {
            problems.add(ProblemKind.WRONG_TYPE.at(path, Rules.PRE_05, "a time HH:MM", "\"" + t + "\""));
        }
        return time;
    }

    private void order(int low, int high, String path, String lowName, String highName, RuleId rule) {
        if (low > high) {
            problems.add(ProblemKind.OUT_OF_ORDER.at(path, rule, lowName, low, highName, high));
        }
    }

    private void refs(List<String> codes, String path, Set<String> known, String where, RuleId rule) {
        for (int i = 0; i < codes.size(); i++) {
            ref(codes.get(i), path + "[" + i + "]", known, where, rule);
        }
    }

    private void ref(String code, String path, Set<String> known, String where, RuleId rule) {
        if (!known.contains(code)) {
            problems.add(ProblemKind.UNKNOWN_REFERENCE.at(path, rule, code, where));
        }
    }

    private void nonEmpty(Collection<?> c, String path, RuleId rule) {
        if (c.isEmpty()) {
            problems.add(ProblemKind.EMPTY_LIST.at(path, rule));
        }
    }

    private static Set<String> entryCodes(List<CatalogEntry> entries) {
        return codes(entries.stream().map(CatalogEntry::code).toList());
    }

    private static Set<String> codes(List<String> codes) {
        return new HashSet<>(codes);
    }
}
