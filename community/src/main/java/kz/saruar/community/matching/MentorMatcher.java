package kz.saruar.community.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.saruar.community.CommunityReason;
import kz.saruar.community.registry.Expert;
import kz.saruar.community.registry.ExpertFormat;
import kz.saruar.community.registry.MatchingPolicy;
import kz.saruar.community.registry.Need;
import kz.saruar.community.registry.ProjectRecord;
import kz.saruar.community.registry.Registry;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;

/**
 * Mentor matching (HUB-01, M II.2.2): for one project, the mentor-experts ranked by how well their
 * areas (CAT-05) cover the project's needs (MAT-05/07, PRE-04), by direction, region and free
 * capacity, each fit explained and each exclusion given its reasons; for a whole cohort, an
 * optimal assignment under every hard constraint ({@link FlowAssigner}).
 *
 * <p>Hard constraints (an expert is excluded): a consulting expert rather than a mentor-expert
 * (EXP-02), a conflict of interest, no free capacity this month, no working language in common, a
 * pair declined before, a pair that already exists, none of the project's needs covered (when it
 * has needs). Soft parts (points): covered needs by weight, direction, region, free capacity.
 */
public final class MentorMatcher {
    private final Registry registry;
    private final FocusAreaCoverage coverage;
    private final Set<String> existing;

    private MentorMatcher(Registry registry, FocusAreaCoverage coverage, Set<String> existing) {
        this.registry = registry;
        this.coverage = coverage;
        this.existing = existing;
    }

    /** A matcher on the registry with the standard focus-area coverage and no existing pairs. */
    public static MentorMatcher of(Registry registry) {
        return new MentorMatcher(Objects.requireNonNull(registry, "registry"), FocusAreaCoverage.standard(), Set.of());
    }

    /** This matcher with another focus-area coverage ([default] mapping replaced). */
    public MentorMatcher withCoverage(FocusAreaCoverage newCoverage) {
        return new MentorMatcher(registry, Objects.requireNonNull(newCoverage, "coverage"), existing);
    }

    /**
     * This matcher knowing the pairs that are proposed or formed already, as {@code project|expert}
     * (they are not proposed again, and they count towards the project's limit of mentors).
     */
    public MentorMatcher withExistingPairs(Set<String> projectExpertKeys) {
        return new MentorMatcher(registry, coverage, Set.copyOf(projectExpertKeys));
    }

    /** The registry matched against. */
    public Registry registry() {
        return registry;
    }

    /** The mentor-experts for one project, ranked and explained; refused when the project is not registered. */
    public Outcome<Suggestion> suggest(String projectId) {
        Objects.requireNonNull(projectId, "projectId");
        return registry.project(projectId)
                .map(p -> Outcome.accepted(suggest(p)))
                .orElseGet(() -> Outcome.refused(CommunityReason.UNKNOWN_REFERENCE.reason("project:" + projectId,
                        Figure.of("id", projectId))));
    }

    private Suggestion suggest(ProjectRecord p) {
        List<Fit> ranked = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        Set<String> declined = registry.declinedKeys();
        int mentorsNow = mentorsOf(p.id());
        for (Expert e : registry.experts()) {
            List<Reason> why = exclusions(p, e, declined);
            if (mentorsNow >= registry.policy().mentorsPerProject() && !existing.contains(p.id() + "|" + e.id())) {
                why.add(CommunityReason.MENTOR_LIMIT_REACHED.reason(subject(p, e), Figure.of("project", p.id()),
                        Figure.of("mentors", mentorsNow), Figure.of("limit", registry.policy().mentorsPerProject())));
            }
            if (why.isEmpty()) {
                ranked.add(fit(p, e));
            } else {
                excluded.add(new Exclusion(e.id(), why));
            }
        }
        ranked.sort(Comparator.comparingInt(Fit::score).reversed().thenComparing(Fit::expert));
        return new Suggestion(p.id(), ranked, excluded);
    }

    private int mentorsOf(String projectId) {
        int c = 0;
        for (String k : existing) {
            if (k.startsWith(projectId + "|")) {
                c++;
            }
        }
        return c;
    }

    private static String subject(ProjectRecord p, Expert e) {
        return "pair:" + p.id() + "/" + e.id();
    }

    /** Every hard constraint the pair breaks (HUB-01); empty when the expert may mentor the project. */
    public List<Reason> exclusions(ProjectRecord p, Expert e) {
        return exclusions(Objects.requireNonNull(p, "p"), Objects.requireNonNull(e, "e"), registry.declinedKeys());
    }

    private List<Reason> exclusions(ProjectRecord p, Expert e, Set<String> declined) {
        List<Reason> why = new ArrayList<>();
        String at = subject(p, e);
        if (e.format() != ExpertFormat.MENTOR_EXPERT) {
            why.add(CommunityReason.NOT_A_MENTOR.reason(at, Figure.of("expert", e.id())));
        }
        if (e.conflictsOfInterest().contains(p.id())) {
            why.add(CommunityReason.CONFLICT_OF_INTEREST.reason(at, Figure.of("expert", e.id()), Figure.of("project", p.id())));
        }
        if (e.freeCapacity() == 0) {
            why.add(CommunityReason.NO_CAPACITY.reason(at, Figure.of("expert", e.id()), Figure.of("load", e.currentLoad()),
                    Figure.of("capacity", e.capacityPerMonth())));
        }
        if (!p.languages().isEmpty() && p.languages().stream().noneMatch(e.languages()::contains)) {
            why.add(CommunityReason.NO_COMMON_LANGUAGE.reason(at, Figure.of("expert", e.id()),
                    Figure.of("languages", String.join(", ", p.languages()))));
        }
        String key = p.id() + "|" + e.id();
        if (declined.contains(key)) {
            why.add(CommunityReason.DECLINED_BEFORE.reason(at, Figure.of("project", p.id()), Figure.of("expert", e.id())));
        }
        if (existing.contains(key)) {
            why.add(CommunityReason.ALREADY_PAIRED.reason(at, Figure.of("project", p.id()), Figure.of("expert", e.id())));
        }
        if (!p.needs().isEmpty()) {
            Set<String> comps = new HashSet<>(e.competencies());
            if (p.needs().stream().noneMatch(n -> coverage.covers(comps, n))) {
                why.add(CommunityReason.NO_NEED_COVERED.reason(at, Figure.of("expert", e.id())));
            }
        }
        return why;
    }

    /** The explained fit of a pair (whether or not it is allowed). */
    public Fit fit(ProjectRecord p, Expert e) {
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(e, "e");
        MatchingPolicy policy = registry.policy();
        Set<String> comps = new HashSet<>(e.competencies());
        List<Need> covered = new ArrayList<>();
        List<Need> missed = new ArrayList<>();
        long coveredWeight = 0;
        long totalWeight = 0;
        for (Need n : p.needs()) {
            totalWeight += n.weight();
            if (coverage.covers(comps, n)) {
                covered.add(n);
                coveredWeight += n.weight();
            } else {
                missed.add(n);
            }
        }
        int needs = totalWeight == 0 ? policy.needsPoints() : (int) (policy.needsPoints() * coveredWeight / totalWeight);
        int direction = e.directions().contains(p.direction()) ? policy.directionPoints() : 0;
        int region = e.region().equals(p.region()) ? policy.regionPoints() : 0;
        int load = e.capacityPerMonth() == 0 ? 0 : policy.freeCapacityPoints() * e.freeCapacity() / e.capacityPerMonth();
        return new Fit(p.id(), e.id(), needs + direction + region + load, covered, missed, needs, direction, region, load,
                e.currentLoad(), e.capacityPerMonth());
    }

    /**
     * The optimal assignment of mentors to every registered project (HUB-01): no expert above free
     * capacity, no conflict of interest or other exclusion, at most {@code mentorsPerProject} per
     * project (counting existing pairs), and the policy's objective maximized. The same constraints
     * and points as {@link #exclusions} and {@link #fit}, computed on bit masks for speed.
     */
    public CohortAssignment assign() {
        List<ProjectRecord> projects = registry.projects();
        List<Expert> experts = registry.experts();
        MatchingPolicy policy = registry.policy();
        Map<String, Integer> areaBit = new HashMap<>();
        for (Expert e : experts) {
            e.competencies().forEach(c -> areaBit.putIfAbsent(c, areaBit.size()));
        }
        for (ProjectRecord p : projects) {
            p.needs().forEach(n -> coverage.areasFor(n).forEach(a -> areaBit.putIfAbsent(a, areaBit.size())));
        }
        if (areaBit.size() > Long.SIZE) {
            throw new IllegalStateException("more than 64 expert areas: " + areaBit.size());
        }
        int m = experts.size();
        long[] expertMask = new long[m];
        Set<String>[] conflicts = newSetArray(m);
        for (int e = 0; e < m; e++) {
            for (String c : experts.get(e).competencies()) {
                expertMask[e] |= 1L << areaBit.get(c);
            }
            conflicts[e] = new HashSet<>(experts.get(e).conflictsOfInterest());
        }
        Map<String, Set<String>> blocked = new HashMap<>();
        registry.declined().forEach(d -> blocked.computeIfAbsent(d.project(), k -> new HashSet<>()).add(d.expert()));
        Map<String, Integer> mentorsNow = new HashMap<>();
        for (String k : existing) {
            String project = k.substring(0, k.indexOf('|'));
            blocked.computeIfAbsent(project, x -> new HashSet<>()).add(k.substring(k.indexOf('|') + 1));
            mentorsNow.merge(project, 1, Integer::sum);
        }
        int[] projectCap = new int[projects.size()];
        int[] expertCap = new int[m];
        int[][] weight = new int[projects.size()][m];
        for (int e = 0; e < m; e++) {
            expertCap[e] = experts.get(e).freeCapacity();
        }
        for (int p = 0; p < projects.size(); p++) {
            ProjectRecord pr = projects.get(p);
            projectCap[p] = Math.max(0, policy.mentorsPerProject() - mentorsNow.getOrDefault(pr.id(), 0));
            List<Need> needs = pr.needs();
            long[] needMask = new long[needs.size()];
            long totalWeight = 0;
            for (int k = 0; k < needs.size(); k++) {
                for (String a : coverage.areasFor(needs.get(k))) {
                    needMask[k] |= 1L << areaBit.get(a);
                }
                totalWeight += needs.get(k).weight();
            }
            Set<String> notAgain = blocked.getOrDefault(pr.id(), Set.of());
            for (int e = 0; e < m; e++) {
                Expert ex = experts.get(e);
                weight[p][e] = AssignmentProblem.FORBIDDEN;
                if (ex.format() != ExpertFormat.MENTOR_EXPERT || expertCap[e] == 0 || conflicts[e].contains(pr.id())
                        || notAgain.contains(ex.id())
                        || !pr.languages().isEmpty() && pr.languages().stream().noneMatch(ex.languages()::contains)) {
                    continue;
                }
                long coveredWeight = 0;
                for (int k = 0; k < needs.size(); k++) {
                    if ((needMask[k] & expertMask[e]) != 0) {
                        coveredWeight += needs.get(k).weight();
                    }
                }
                if (!needs.isEmpty() && coveredWeight == 0) {
                    continue;
                }
                int needsPoints = totalWeight == 0 ? policy.needsPoints() : (int) (policy.needsPoints() * coveredWeight / totalWeight);
                int direction = ex.directions().contains(pr.direction()) ? policy.directionPoints() : 0;
                int region = ex.region().equals(pr.region()) ? policy.regionPoints() : 0;
                int load = ex.capacityPerMonth() == 0 ? 0 : policy.freeCapacityPoints() * ex.freeCapacity() / ex.capacityPerMonth();
                weight[p][e] = needsPoints + direction + region + load;
            }
        }
        List<int[]> pairs = FlowAssigner.solve(new AssignmentProblem(projectCap, expertCap, weight), policy.objective());
        List<Fit> chosen = new ArrayList<>();
        boolean[] has = new boolean[projects.size()];
        long total = 0;
        for (int[] pe : pairs) {
            Fit f = fit(projects.get(pe[0]), experts.get(pe[1]));
            chosen.add(f);
            has[pe[0]] = true;
            total += f.score();
        }
        List<String> unassigned = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            if (!has[p] && projectCap[p] > 0) {
                unassigned.add(projects.get(p).id());
            }
        }
        return new CohortAssignment(policy.objective(), chosen, unassigned, total);
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] newSetArray(int n) {
        return (Set<String>[]) new Set<?>[n];
    }
}
