package kz.saruar.scoring.stats;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.DefenseSession;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.ScoreSheet;

/**
 * The informational statistics of a defense (beyond the seed; never changes an official total,
 * DEF-05..09): juror agreement as Krippendorff's ordinal alpha over every (project, criterion),
 * each juror's severity relative to the panel, and each decided project's sensitivity.
 *
 * @param agreement Krippendorff's ordinal alpha, if defined
 * @param severities one per juror and substitute who scored, in panel order
 * @param sensitivities one per decided project, in rank order
 */
public record ScoringStatistics(OptionalDouble agreement, List<JurorSeverity> severities,
        List<Sensitivity> sensitivities) {
    /** Refuses nulls and copies lists. */
    public ScoringStatistics {
        Objects.requireNonNull(agreement, "agreement");
        severities = ImmutableList.copyOf(Objects.requireNonNull(severities, "severities"));
        sensitivities = ImmutableList.copyOf(Objects.requireNonNull(sensitivities, "sensitivities"));
    }

    /** The statistics of a session's accepted sheets and the protocol issued from it. */
    public static ScoringStatistics of(DefenseSession session, DefenseProtocol protocol) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(protocol, "protocol");
        ScoringScheme scheme = session.scheme();
        List<Criterion> criteria = scheme.criteria();
        Map<String, double[]> dev = new HashMap<>();
        Map<String, Integer> roomDown = new HashMap<>();
        Map<String, Integer> roomUp = new HashMap<>();
        int min = scheme.scale().min();
        int max = scheme.scale().max();
        for (var project : session.projects()) {
            List<ScoreSheet> sheets = session.sheetsOf(project.id());
            int down = 0;
            int up = 0;
            int[] totals = new int[sheets.size()];
            for (int s = 0; s < sheets.size(); s++) {
                for (Criterion c : criteria) {
                    int v = sheets.get(s).scores().get(c.code());
                    totals[s] += v;
                    down += v - min;
                    up += max - v;
                }
            }
            roomDown.put(project.id(), down);
            roomUp.put(project.id(), up);
            long sum = 0;
            for (int t : totals) {
                sum += t;
            }
            if (sheets.size() >= 2) {
                for (int s = 0; s < sheets.size(); s++) {
                    double others = (double) (sum - totals[s]) / (sheets.size() - 1);
                    double[] acc = dev.computeIfAbsent(sheets.get(s).jurorId(), k -> new double[2]);
                    acc[0] += totals[s] - others;
                    acc[1] += 1;
                }
            }
        }
        List<JurorSeverity> severities = new ArrayList<>();
        for (Juror j : session.panel().everyone().toList()) {
            double[] acc = dev.get(j.id());
            if (acc != null) {
                severities.add(new JurorSeverity(j.id(), (int) acc[1], acc[0] / acc[1]));
            } else if (session.panel().jurors().contains(j)) {
                severities.add(new JurorSeverity(j.id(), 0, 0));
            }
        }
        List<Sensitivity> sensitivities = new ArrayList<>();
        for (ProjectDecision d : protocol.ranking()) {
            sensitivities.add(sensitivity(d, roomDown.getOrDefault(d.projectId(), 0),
                    roomUp.getOrDefault(d.projectId(), 0), protocol));
        }
        return new ScoringStatistics(agreement(List.of(session)), severities, sensitivities);
    }

    /**
     * Krippendorff's ordinal alpha of several sessions of one scheme, their units pooled: the
     * agreement of a whole defense held in sessions, as {@link #agreement()} is one session's.
     */
    public static OptionalDouble agreement(List<DefenseSession> sessions) {
        Objects.requireNonNull(sessions, "sessions");
        if (sessions.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<int[]> units = new ArrayList<>();
        sessions.forEach(s -> units.addAll(units(s)));
        ScoringScheme scheme = sessions.get(0).scheme();
        return KrippendorffAlpha.ordinal(units, scheme.scale().min(), scheme.scale().max());
    }

    /** A session's units of agreement: one per project and criterion, a value per sheet. */
    private static List<int[]> units(DefenseSession session) {
        List<int[]> units = new ArrayList<>();
        for (var project : session.projects()) {
            List<ScoreSheet> sheets = session.sheetsOf(project.id());
            for (Criterion c : session.scheme().criteria()) {
                int[] unit = new int[sheets.size()];
                for (int s = 0; s < sheets.size(); s++) {
                    unit[s] = sheets.get(s).scores().get(c.code());
                }
                units.add(unit);
            }
        }
        return units;
    }

    /** The fewest single-point changes (within {@code room}) that flip the decision, prorated as the protocol does. */
    static Sensitivity sensitivity(ProjectDecision d, int roomDown, int roomUp, DefenseProtocol protocol) {
        int threshold = d.passThreshold();
        var rounding = protocol.options().rounding();
        int room = d.passed() ? roomDown : roomUp;
        for (int m = 1; m <= room; m++) {
            int raw = d.passed() ? d.rawTotal() - m : d.rawTotal() + m;
            int total = rounding.prorate(raw, d.jurorsScored(), d.jurySize());
            if ((total >= threshold) != d.passed()) {
                return new Sensitivity(d.projectId(), d.passed(), OptionalInt.of(m));
            }
        }
        return new Sensitivity(d.projectId(), d.passed(), OptionalInt.empty());
    }
}
