package kz.saruar.community.registry;

import static kz.saruar.model.Rules.PLT_01;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.saruar.community.CommunityReason;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.catalog.FocusArea;
import kz.saruar.model.catalog.LifecycleStage;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.methodology.Methodology;

/**
 * The registries of experts and projects (PLT-01), checked against a methodology: unique
 * identifiers, known areas (CAT-05), directions (CAT-01), focus areas (MAT-07) and stages (MAT-02),
 * load within capacity and a company for every pro-bono expert (HUB-02), conflicts and declined
 * pairs that refer to registered records. Immutable; search with {@link RegistryQuery}.
 */
public final class Registry {
    private final ImmutableMap<String, Expert> experts;
    private final ImmutableMap<String, ProjectRecord> projects;
    private final MatchingPolicy policy;
    private final ImmutableList<DeclinedPair> declined;

    private Registry(Map<String, Expert> experts, Map<String, ProjectRecord> projects, MatchingPolicy policy,
            List<DeclinedPair> declined) {
        this.experts = ImmutableMap.copyOf(experts);
        this.projects = ImmutableMap.copyOf(projects);
        this.policy = policy;
        this.declined = ImmutableList.copyOf(declined);
    }

    /** Reads and checks a registry file (strict JSON, then the checks of {@link #of}). */
    public static Outcome<Registry> read(Path file, Methodology methodology) {
        return JsonReader.forRule(PLT_01).read(file, RegistryFile.class).flatMap(f -> of(f, methodology));
    }

    /** Reads and checks a registry from a JSON text. */
    public static Outcome<Registry> parse(String json, Methodology methodology) {
        return JsonReader.forRule(PLT_01).read(json, RegistryFile.class).flatMap(f -> of(f, methodology));
    }

    /** Checks a registry file against the methodology; every problem is a reason with its JSON path. */
    public static Outcome<Registry> of(RegistryFile file, Methodology methodology) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(methodology, "methodology");
        List<Reason> reasons = new ArrayList<>();
        Set<String> areas = methodology.expertAreas().stream().map(CatalogEntry::code).collect(Collectors.toSet());
        Set<String> directions = methodology.directions().stream().map(Direction::code).collect(Collectors.toSet());
        Set<String> focus = methodology.maturity().focusAreas().stream().map(FocusArea::code).collect(Collectors.toSet());
        Set<String> stages = methodology.maturity().lifecycleStages().stream().map(LifecycleStage::code)
                .collect(Collectors.toSet());
        Map<String, Expert> es = new LinkedHashMap<>();
        Map<String, ProjectRecord> ps = new LinkedHashMap<>();
        for (int i = 0; i < file.projects().size(); i++) {
            ProjectRecord p = file.projects().get(i);
            String at = "$.projects[" + i + "]";
            if (ps.putIfAbsent(p.id(), p) != null) {
                reasons.add(CommunityReason.DUPLICATE_ID.reason(at + ".id", Figure.of("id", p.id())));
            }
            if (!directions.contains(p.direction())) {
                reasons.add(CommunityReason.UNKNOWN_DIRECTION.reason(at + ".direction", Figure.of("direction", p.direction())));
            }
            if (!stages.contains(p.stage())) {
                reasons.add(CommunityReason.UNKNOWN_STAGE.reason(at + ".stage", Figure.of("stage", p.stage())));
            }
            for (int n = 0; n < p.needs().size(); n++) {
                Need need = p.needs().get(n);
                String np = at + ".needs[" + n + "].code";
                if (need.source() == NeedSource.DIAGNOSTICS && !focus.contains(need.code())) {
                    reasons.add(CommunityReason.UNKNOWN_FOCUS_AREA.reason(np, Figure.of("code", need.code())));
                } else if (need.source() == NeedSource.INDIVIDUAL_PLAN && !areas.contains(need.code())) {
                    reasons.add(CommunityReason.UNKNOWN_COMPETENCY.reason(np, Figure.of("code", need.code())));
                }
            }
        }
        for (int i = 0; i < file.experts().size(); i++) {
            Expert e = file.experts().get(i);
            String at = "$.experts[" + i + "]";
            if (es.putIfAbsent(e.id(), e) != null) {
                reasons.add(CommunityReason.DUPLICATE_ID.reason(at + ".id", Figure.of("id", e.id())));
            }
            for (int c = 0; c < e.competencies().size(); c++) {
                if (!areas.contains(e.competencies().get(c))) {
                    reasons.add(CommunityReason.UNKNOWN_COMPETENCY.reason(at + ".competencies[" + c + "]",
                            Figure.of("code", e.competencies().get(c))));
                }
            }
            for (int d = 0; d < e.directions().size(); d++) {
                if (!directions.contains(e.directions().get(d))) {
                    reasons.add(CommunityReason.UNKNOWN_DIRECTION.reason(at + ".directions[" + d + "]",
                            Figure.of("direction", e.directions().get(d))));
                }
            }
            if (e.currentLoad() > e.capacityPerMonth()) {
                reasons.add(CommunityReason.LOAD_ABOVE_CAPACITY.reason(at + ".currentLoad",
                        Figure.of("load", e.currentLoad()), Figure.of("capacity", e.capacityPerMonth())));
            }
            if (e.engagement() == Engagement.PRO_BONO && e.company().filter(c -> !c.isBlank()).isEmpty()) {
                reasons.add(CommunityReason.PRO_BONO_WITHOUT_COMPANY.reason(at + ".company"));
            }
        }
        for (int i = 0; i < file.experts().size(); i++) {
            Expert e = file.experts().get(i);
            for (int c = 0; c < e.conflictsOfInterest().size(); c++) {
                String p = e.conflictsOfInterest().get(c);
                if (!ps.containsKey(p)) {
                    reasons.add(CommunityReason.UNKNOWN_REFERENCE.reason("$.experts[" + i + "].conflictsOfInterest[" + c + "]",
                            Figure.of("id", p)));
                }
            }
        }
        List<DeclinedPair> declined = file.declined().orElse(List.of());
        for (int i = 0; i < declined.size(); i++) {
            DeclinedPair d = declined.get(i);
            if (!ps.containsKey(d.project())) {
                reasons.add(CommunityReason.UNKNOWN_REFERENCE.reason("$.declined[" + i + "].project", Figure.of("id", d.project())));
            }
            if (!es.containsKey(d.expert())) {
                reasons.add(CommunityReason.UNKNOWN_REFERENCE.reason("$.declined[" + i + "].expert", Figure.of("id", d.expert())));
            }
        }
        return Outcome.of(new Registry(es, ps, file.policy().orElse(MatchingPolicy.DEFAULT), declined), reasons);
    }

    /** A registry built in code (no checks against a methodology; for embedding and benchmarks). */
    public static Registry of(List<Expert> experts, List<ProjectRecord> projects, MatchingPolicy policy,
            List<DeclinedPair> declined) {
        Map<String, Expert> es = new LinkedHashMap<>();
        experts.forEach(e -> {
            if (es.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate expert id: " + e.id());
            }
        });
        Map<String, ProjectRecord> ps = new LinkedHashMap<>();
        projects.forEach(p -> {
            if (ps.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate project id: " + p.id());
            }
        });
        return new Registry(es, ps, Objects.requireNonNull(policy, "policy"), declined);
    }

    /** Every expert, in registry order. */
    public List<Expert> experts() {
        return experts.values().asList();
    }

    /** Every project, in registry order. */
    public List<ProjectRecord> projects() {
        return projects.values().asList();
    }

    /** The expert with this identifier. */
    public Optional<Expert> expert(String id) {
        return Optional.ofNullable(experts.get(Objects.requireNonNull(id, "id")));
    }

    /** The project with this identifier. */
    public Optional<ProjectRecord> project(String id) {
        return Optional.ofNullable(projects.get(Objects.requireNonNull(id, "id")));
    }

    /** The matching policy (HUB-01). */
    public MatchingPolicy policy() {
        return policy;
    }

    /** The pairs declined before (M II.2.2). */
    public List<DeclinedPair> declined() {
        return declined;
    }

    /** The experts the query matches (PLT-01), in registry order. */
    public List<Expert> experts(RegistryQuery query) {
        Objects.requireNonNull(query, "query");
        return experts.values().stream().filter(query::matches).toList();
    }

    /** The projects the query matches (PLT-01), in registry order. */
    public List<ProjectRecord> projects(RegistryQuery query) {
        Objects.requireNonNull(query, "query");
        return projects.values().stream().filter(query::matches).toList();
    }

    /** Experts counted by engagement (HUB-02: pro bono is reported). */
    public Map<Engagement, Long> expertsByEngagement() {
        Map<Engagement, Long> m = new LinkedHashMap<>();
        for (Engagement g : Engagement.values()) {
            m.put(g, experts.values().stream().filter(e -> e.engagement() == g).count());
        }
        return ImmutableMap.copyOf(m);
    }

    /** This registry with a further declined pair. */
    public Registry withDeclined(DeclinedPair pair) {
        List<DeclinedPair> all = new ArrayList<>(declined);
        all.add(Objects.requireNonNull(pair, "pair"));
        return new Registry(experts, projects, policy, all);
    }

    /** This registry with every person's personal data erased (names and contacts; the records stay). */
    public Registry withPersonalDataErased() {
        Map<String, Expert> es = new LinkedHashMap<>();
        experts.forEach((k, v) -> es.put(k, v.withContactErased()));
        Map<String, ProjectRecord> ps = new LinkedHashMap<>();
        projects.forEach((k, v) -> ps.put(k, v.withLeadErased()));
        return new Registry(es, ps, policy, declined);
    }

    /** The identifiers of declined pairs as {@code project|expert}. */
    public Set<String> declinedKeys() {
        Set<String> s = new HashSet<>();
        declined.forEach(d -> s.add(d.project() + "|" + d.expert()));
        return ImmutableSet.copyOf(s);
    }

    @Override
    public String toString() {
        return "Registry[" + experts.size() + " experts, " + projects.size() + " projects]";
    }
}
