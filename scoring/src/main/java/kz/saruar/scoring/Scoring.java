package kz.saruar.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.saruar.model.RuleId;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ScoringScheme;

/**
 * The scoring arithmetic of one project as pure functions (DEF-04 sheet checks, DEF-05 total,
 * DEF-06 pass, DEF-07 band, DEF-09 quorum and prorating) for any scheme the foundation accepts.
 * {@link DefenseSession} adds the panel, conflicts and the protocol on top of it.
 */
public final class Scoring {
    private Scoring() {
    }

    /**
     * Every reason why a sheet's scores do not fit the scheme (DEF-04): a criterion missing, an
     * unknown criterion, a score outside the scale. Fills {@code out} (one slot per criterion, in
     * the scheme's order) with the scores when there is none.
     */
    static List<Reason> checkScores(ScoringScheme scheme, Map<String, Integer> index, ScoreSheet sheet, int[] out) {
        List<Reason> problems = null;
        int min = scheme.scale().min();
        int max = scheme.scale().max();
        List<Criterion> criteria = scheme.criteria();
        Map<String, Integer> scores = sheet.scores();
        int found = 0;
        for (int i = 0; i < criteria.size(); i++) {
            String code = criteria.get(i).code();
            Integer s = scores.get(code);
            if (s == null) {
                problems = add(problems, Reason.quoting(RefusalKind.CRITERION_MISSING, sheet.subject(),
                        sheet.jurorId(), sheet.projectId(), code));
                continue;
            }
            found++;
            if (s < min || s > max) {
                problems = add(problems, Reason.quoting(RefusalKind.SCORE_OUT_OF_SCALE, sheet.subject(),
                        sheet.jurorId(), sheet.projectId(), s, code, min, max));
            }
            out[i] = s;
        }
        if (found != scores.size()) {
            for (String code : scores.keySet()) {
                if (!index.containsKey(code)) {
                    problems = add(problems, Reason.quoting(RefusalKind.CRITERION_UNKNOWN, sheet.subject(),
                            sheet.jurorId(), sheet.projectId(), code, String.join(", ", index.keySet())));
                }
            }
        }
        return problems == null ? List.of() : problems;
    }

    private static List<Reason> add(List<Reason> list, Reason r) {
        List<Reason> l = list == null ? new ArrayList<>(2) : list;
        l.add(r);
        return l;
    }

    /** The criterion codes of the scheme mapped to their position. */
    static Map<String, Integer> criterionIndex(ScoringScheme scheme) {
        ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
        for (int i = 0; i < scheme.criteria().size(); i++) {
            b.put(scheme.criteria().get(i).code(), i);
        }
        return b.buildKeepingLast();
    }

    /**
     * The decision on one project from the sheets of the jurors who scored it (DEF-05..07), prorated
     * to the full jury when fewer scored (DEF-09, rounded as {@code options} say); refused with every
     * reason when a sheet does not fit the scheme (DEF-04), a juror's sheet appears twice, there
     * are more sheets than seats (DEF-03), or fewer than the quorum (DEF-09). The order of the
     * sheets changes nothing.
     */
    public static Outcome<ProjectDecision> decide(ScoringScheme scheme, String projectId,
            Collection<ScoreSheet> sheets, ScoringOptions options) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(sheets, "sheets");
        Objects.requireNonNull(options, "options");
        Map<String, Integer> index = criterionIndex(scheme);
        int c = scheme.criteria().size();
        long[] sums = new long[c];
        int[] scores = new int[c];
        List<Reason> problems = new ArrayList<>();
        Set<String> jurors = new HashSet<>();
        int accepted = 0;
        for (ScoreSheet s : sheets) {
            Objects.requireNonNull(s, "sheet");
            List<Reason> p = new ArrayList<>();
            if (!s.projectId().equals(projectId)) {
                p.add(Reason.quoting(RefusalKind.UNKNOWN_PROJECT, s.subject(), s.jurorId(), s.projectId()));
            }
            if (!jurors.add(s.jurorId())) {
                p.add(Reason.quoting(RefusalKind.DUPLICATE_SHEET, s.subject(), s.jurorId(), s.projectId()));
            }
            p.addAll(checkScores(scheme, index, s, scores));
            if (p.isEmpty()) {
                accepted++;
                for (int i = 0; i < c; i++) {
                    sums[i] += scores[i];
                }
            }
            problems.addAll(p);
        }
        if (jurors.size() > scheme.jurySize()) {
            problems.add(Reason.quoting(RefusalKind.TOO_MANY_SHEETS, "project:" + projectId, projectId,
                    jurors.size(), scheme.jurySize()));
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        if (accepted < scheme.quorum()) {
            return Outcome.refused(List.of(Reason.quoting(RefusalKind.BELOW_QUORUM, "project:" + projectId,
                    projectId, accepted, scheme.quorum())));
        }
        int[] intSums = new int[c];
        for (int i = 0; i < c; i++) {
            intSums[i] = Math.toIntExact(sums[i]);
        }
        return Outcome.accepted(fromSums(scheme, projectId, intSums, accepted, options.rounding()));
    }

    /** {@link #decide(ScoringScheme, String, Collection, ScoringOptions)} with the default options. */
    public static Outcome<ProjectDecision> decide(ScoringScheme scheme, String projectId, Collection<ScoreSheet> sheets) {
        return decide(scheme, projectId, sheets, ScoringOptions.defaults());
    }

    /** The decision from per-criterion sums of {@code scored} valid sheets (1 ≤ scored ≤ jury size). */
    static ProjectDecision fromSums(ScoringScheme scheme, String projectId, int[] sums, int scored,
            ProrationRounding rounding) {
        int raw = 0;
        for (int s : sums) {
            raw = Math.addExact(raw, s);
        }
        int n = scheme.jurySize();
        int total = rounding.prorate(raw, scored, n);
        Band band = scheme.bandOf(total);
        int threshold = scheme.passThreshold();
        boolean derived = scheme.thresholdDerived() || scheme.bandsDerived();
        boolean prorated = scored != n;
        List<RuleId> rules = derived ? (prorated ? ProjectDecision.RULES_DERIVED_PRORATED : ProjectDecision.RULES_DERIVED)
                : (prorated ? ProjectDecision.RULES_PRORATED : ProjectDecision.RULES);
        List<Criterion> criteria = scheme.criteria();
        ImmutableMap.Builder<String, Integer> b = ImmutableMap.builderWithExpectedSize(criteria.size());
        for (int i = 0; i < criteria.size(); i++) {
            b.put(criteria.get(i).code(), sums[i]);
        }
        return new ProjectDecision(projectId, total, raw, band, total >= threshold, threshold, total - threshold,
                scheme.minTotal(), scheme.maxTotal(), b.buildKeepingLast(), scored, n, rules);
    }
}
