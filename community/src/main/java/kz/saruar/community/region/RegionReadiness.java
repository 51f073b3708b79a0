package kz.saruar.community.region;

import kz.saruar.model.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.saruar.community.CommunityReason;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;

/**
 * The readiness check of a region (REG-03): every one of the six factors rated exactly once on
 * 0..{@value #MAX_RATING} with evidence for any rating above 0; then the gaps against REG-01's
 * tasks and REG-02's roles.
 */
public final class RegionReadiness {
    /** The top of the rating scale (<b>[default]</b>). */
    public static final int MAX_RATING = 3;
    /** The rating from which a factor is no gap (<b>[default]</b>). */
    public static final int SUFFICIENT = 2;

    private RegionReadiness() {
    }

    /** Reads and checks a checklist file. */
    public static Outcome<ReadinessReport> read(Path file) {
        return JsonReader.forRule(Rules.REG_03).read(file, ReadinessChecklist.class).flatMap(RegionReadiness::check);
    }

    /** Reads and checks a checklist from a JSON text. */
    public static Outcome<ReadinessReport> parse(String json) {
        return JsonReader.forRule(Rules.REG_03).read(json, ReadinessChecklist.class).flatMap(RegionReadiness::check);
    }

    /** Checks a checklist and reports its gaps. */
    public static Outcome<ReadinessReport> check(ReadinessChecklist c) {
        List<Reason> reasons = new ArrayList<>();
        Map<ReadinessFactor, FactorRating> byFactor = new EnumMap<>(ReadinessFactor.class);
        for (int i = 0; i < c.factors().size(); i++) {
            FactorRating f = c.factors().get(i);
            String at = "$.factors[" + i + "]";
            if (byFactor.putIfAbsent(f.factor(), f) != null) {
                reasons.add(CommunityReason.DUPLICATE_ID.reason(at + ".factor", Figure.of("id", f.factor().name())));
            }
            if (f.rating() < 0 || f.rating() > MAX_RATING) {
                reasons.add(CommunityReason.RATING_OUT_OF_SCALE.reason(at + ".rating", Figure.of("factor", f.factor().name()),
                        Figure.of("rating", f.rating()), Figure.of("max", MAX_RATING)));
            }
            if (f.rating() > 0 && f.evidence().stream().allMatch(String::isBlank)) {
                reasons.add(CommunityReason.RATING_WITHOUT_EVIDENCE.reason(at + ".evidence", Figure.of("factor", f.factor().name())));
            }
        }
        for (ReadinessFactor f : ReadinessFactor.values()) {
            if (!byFactor.containsKey(f)) {
                reasons.add(CommunityReason.READINESS_FACTOR_MISSING.reason("$.factors", Figure.of("factor", f.name())));
            }
        }
        if (!reasons.isEmpty()) {
            return Outcome.refused(reasons);
        }
        EnumSet<RegionalRole> held = EnumSet.noneOf(RegionalRole.class);
        c.roles().stream().filter(r -> r.organization().filter(o -> !o.isBlank()).isPresent()).forEach(r -> held.add(r.role()));
        Set<RegionalTask> covered = EnumSet.noneOf(RegionalTask.class);
        held.forEach(r -> covered.addAll(r.tasks()));
        List<FactorRating> ordered = byFactor.values().stream().sorted(Comparator.comparing(FactorRating::factor)).toList();
        List<ReadinessFactor> weak = ordered.stream().filter(f -> f.rating() < SUFFICIENT).map(FactorRating::factor).toList();
        List<RegionalRole> missing = EnumSet.complementOf(held).stream().toList();
        List<RegionalTask> uncovered = EnumSet.allOf(RegionalTask.class).stream().filter(t -> !covered.contains(t)).toList();
        return Outcome.accepted(new ReadinessReport(c.region(), ordered, weak, missing, uncovered,
                weak.isEmpty() && missing.isEmpty() && uncovered.isEmpty()));
    }
}
