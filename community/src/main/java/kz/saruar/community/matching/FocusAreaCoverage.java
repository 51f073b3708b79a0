package kz.saruar.community.matching;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.saruar.community.registry.Need;
import kz.saruar.community.registry.NeedSource;

/**
 * Which expert areas (CAT-05) cover each acceleration focus area (MAT-07) — <b>[default]</b>: the
 * seeds name the focus areas and the expert areas but do not map one onto the other; this is the
 * library's interpretation, replaceable with {@link #of(Map)}. A need from the individual plan
 * (PRE-04) names an expert area itself and is covered by that area alone.
 */
public final class FocusAreaCoverage {
    private static final FocusAreaCoverage STANDARD = of(Map.of(
            "STRATEGIC_MANAGEMENT", List.of("PROJECT_MANAGEMENT", "CHANGE_MANAGEMENT", "PROGRAM_PHILOSOPHY"),
            "BUSINESS_MODEL", List.of("SOCIAL_ENTREPRENEURSHIP", "FINANCIAL_LITERACY_ECONOMICS", "MARKETING", "FUNDRAISING"),
            "TEAM_MANAGEMENT", List.of("PROJECT_MANAGEMENT", "PSYCHOLOGY"),
            "TEAM_ROLES", List.of("PSYCHOLOGY", "PROJECT_MANAGEMENT"),
            "TEAM_DEVELOPMENT", List.of("PSYCHOLOGY", "CHANGE_MANAGEMENT"),
            "ORGANIZATIONAL_PROCESSES", List.of("PROJECT_MANAGEMENT", "CHANGE_MANAGEMENT"),
            "CULTURE", List.of("PROGRAM_PHILOSOPHY", "CHANGE_MANAGEMENT", "EFFECTIVE_COMMUNICATIONS"),
            "MOTIVATION", List.of("PSYCHOLOGY", "EFFECTIVE_COMMUNICATIONS")));

    private final ImmutableMap<String, ImmutableSet<String>> areas;

    private FocusAreaCoverage(ImmutableMap<String, ImmutableSet<String>> areas) {
        this.areas = areas;
    }

    /** The library's default mapping. */
    public static FocusAreaCoverage standard() {
        return STANDARD;
    }

    /** A mapping of focus-area codes to the expert-area codes that cover them. */
    public static FocusAreaCoverage of(Map<String, List<String>> mapping) {
        ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
        Objects.requireNonNull(mapping, "mapping").forEach((k, v) -> b.put(k, ImmutableSet.copyOf(v)));
        return new FocusAreaCoverage(b.buildOrThrow());
    }

    /** The expert areas that cover the need. */
    public Set<String> areasFor(Need need) {
        Objects.requireNonNull(need, "need");
        return need.source() == NeedSource.INDIVIDUAL_PLAN ? Set.of(need.code())
                : areas.getOrDefault(need.code(), ImmutableSet.of());
    }

    /** Whether an expert with these competencies covers the need. */
    public boolean covers(Set<String> competencies, Need need) {
        for (String a : areasFor(need)) {
            if (competencies.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
