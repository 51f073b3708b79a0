package kz.saruar.scoring;

import static kz.saruar.model.Rules.DEF_05;
import static kz.saruar.model.Rules.DEF_06;
import static kz.saruar.model.Rules.DEF_07;
import static kz.saruar.model.Rules.DEF_08;
import static kz.saruar.model.Rules.DEF_09;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.catalog.Band;

/**
 * The jury's decision on one project (DEF-05 total, DEF-06 pass, DEF-07 band, DEF-08 derived
 * numbers, DEF-09 prorating): a value that explains itself. "Passed" and "band" are separate
 * outputs (the threshold 75 lies inside the medium band).
 *
 * @param projectId the project
 * @param total the official total, prorated to the full jury when jurors were recused (DEF-05)
 * @param rawTotal the sum of the scores actually given
 * @param band the band of the total (DEF-07)
 * @param passed whether the total reaches the threshold (DEF-06)
 * @param passThreshold the threshold applied
 * @param distanceToThreshold {@code total − passThreshold}: zero or more when passed, negative when not
 * @param minTotal the lowest possible total
 * @param maxTotal the highest possible total
 * @param criterionSums the sum of the given scores per criterion code, in the methodology's order
 * @param jurorsScored how many jurors' sheets count
 * @param jurySize the jury's size
 * @param rules the rules that decided, e.g. DEF-05, DEF-06, DEF-07 (and DEF-08, DEF-09 where they applied)
 */
public record ProjectDecision(String projectId, int total, int rawTotal, Band band, boolean passed,
        int passThreshold, int distanceToThreshold, int minTotal, int maxTotal,
        Map<String, Integer> criterionSums, int jurorsScored, int jurySize, List<RuleId> rules) {
    static final List<RuleId> RULES = ImmutableList.of(DEF_05, DEF_06, DEF_07);
    static final List<RuleId> RULES_DERIVED = ImmutableList.of(DEF_05, DEF_06, DEF_07, DEF_08);
    static final List<RuleId> RULES_PRORATED = ImmutableList.of(DEF_05, DEF_06, DEF_07, DEF_09);
    static final List<RuleId> RULES_DERIVED_PRORATED = ImmutableList.of(DEF_05, DEF_06, DEF_07, DEF_08, DEF_09);

    /** Checks consistency and copies collections. */
    public ProjectDecision {
        Arguments.nonNull("projectId", projectId, "band", band);
        criterionSums = ImmutableMap.copyOf(Objects.requireNonNull(criterionSums, "criterionSums"));
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
        if (total < minTotal || total > maxTotal || total < band.from() || total > band.to()) {
            throw new IllegalArgumentException("total " + total + " is outside [" + minTotal + ", " + maxTotal
                    + "] or its band " + band.code());
        }
        if (passed != (total >= passThreshold) || distanceToThreshold != total - passThreshold) {
            throw new IllegalArgumentException("pass decision inconsistent with total " + total
                    + " and threshold " + passThreshold);
        }
    }

    /** Whether the total was prorated from fewer jurors than the jury (DEF-09 recuse-and-prorate). */
    public boolean prorated() {
        return jurorsScored != jurySize;
    }

    /** The sum for one criterion, zero for a code the methodology does not have. */
    public int criterionSum(String code) {
        return criterionSums.getOrDefault(Objects.requireNonNull(code, "code"), 0);
    }

    /** Why: the total, range, jurors, prorating, band and pass decision in kk/ru/en. */
    public LocalizedText explanation() {
        Map<Language, String> m = new EnumMap<>(Language.class);
        int d = Math.abs(distanceToThreshold);
        String bandKk = band.name().get(Language.KK);
        String bandRu = band.name().get(Language.RU);
        String bandEn = band.name().get(Language.EN);
        m.put(Language.KK, "Жоба " + projectId + ": жиынтық " + total + " [" + minTotal + ", " + maxTotal + "] ауқымында, "
                + jurySize + " қазының " + jurorsScored + " бағалады"
                + (prorated() ? " (бастапқы " + rawTotal + " балдан толық алқаға пропорционалды қайта есептелді)" : "")
                + "; деңгей: " + bandKk + " (" + band.from() + "–" + band.to() + "); өту шегі " + passThreshold + ": "
                + (passed ? (d == 0 ? "өтті, дәл шекте" : "өтті, шектен " + d + " ұпай жоғары")
                        : "өтпеді, " + d + " ұпай жетпейді")
                + " (" + ruleList() + ").");
        m.put(Language.RU, "Проект " + projectId + ": сумма " + total + " в диапазоне [" + minTotal + ", " + maxTotal
                + "], оценили " + jurorsScored + " из " + jurySize + " членов жюри"
                + (prorated() ? " (пересчитано пропорционально на полное жюри из " + rawTotal + ")" : "")
                + "; уровень: " + bandRu + " (" + band.from() + "–" + band.to() + "); проходной балл " + passThreshold + ": "
                + (passed ? (d == 0 ? "прошёл, ровно на пороге" : "прошёл, на " + d + " выше порога")
                        : "не прошёл, не хватает " + d)
                + " (" + ruleList() + ").");
        m.put(Language.EN, "Project " + projectId + ": total " + total + " in [" + minTotal + ", " + maxTotal
                + "], scored by " + jurorsScored + " of " + jurySize + " jurors"
                + (prorated() ? " (prorated to the full jury from " + rawTotal + ")" : "")
                + "; band " + bandEn + " (" + band.from() + "–" + band.to() + "); pass threshold " + passThreshold + ": "
                + (passed ? (d == 0 ? "passed, exactly at the threshold" : "passed, " + d + " point(s) above")
                        : "not passed, " + d + " point(s) short")
                + " (" + ruleList() + ").");
        return LocalizedText.of(m, List.of(Language.KK, Language.EN));
    }

    private String ruleList() {
        StringBuilder b = new StringBuilder();
        for (RuleId r : rules) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(r.value());
        }
        return b.toString();
    }
}
