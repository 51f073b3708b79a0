package kz.saruar.community.impact;

import static kz.saruar.model.Rules.HUB_03;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.saruar.community.CommunityReason;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;

/**
 * The checks of a theory of change (HUB-03): the project ends after it starts; every link goes one
 * step forward in the chain to an element that exists; every indicator measures an element that
 * exists; a target lies on the good side of its baseline; a measurement is in its indicator's unit
 * and dated within the project's life; an IRIS+ metric ID has its shape (two letters, four digits).
 */
public final class TheoryOfChangeCheck {
    private static final Pattern IRIS = Pattern.compile("^[A-Z]{2}[0-9]{4}$");

    private TheoryOfChangeCheck() {
    }

    /** Reads and checks a file of theories of change. */
    public static Outcome<ImpactFile> read(Path file) {
        return JsonReader.forRule(HUB_03).read(file, ImpactFile.class).flatMap(TheoryOfChangeCheck::check);
    }

    /** Reads and checks theories of change from a JSON text. */
    public static Outcome<ImpactFile> parse(String json) {
        return JsonReader.forRule(HUB_03).read(json, ImpactFile.class).flatMap(TheoryOfChangeCheck::check);
    }

    /** Checks every theory of the file; every problem is a reason with its JSON path. */
    public static Outcome<ImpactFile> check(ImpactFile file) {
        List<Reason> reasons = new ArrayList<>();
        for (int t = 0; t < file.theories().size(); t++) {
            reasons.addAll(check(file.theories().get(t), "$.theories[" + t + "]"));
        }
        return Outcome.of(file, reasons);
    }

    /** Checks one theory; {@code at} is its JSON path. */
    public static List<Reason> check(TheoryOfChange t, String at) {
        List<Reason> reasons = new ArrayList<>();
        if (t.end().isBefore(t.start())) {
            reasons.add(CommunityReason.PROJECT_ENDS_BEFORE_START.reason(at + ".end", Figure.of("end", t.end().toString()),
                    Figure.of("start", t.start().toString())));
        }
        Map<String, ResultLevel> levels = new HashMap<>();
        for (int i = 0; i < t.chain().size(); i++) {
            ChainResult r = t.chain().get(i);
            if (levels.putIfAbsent(r.code(), r.level()) != null) {
                reasons.add(CommunityReason.DUPLICATE_ID.reason(at + ".chain[" + i + "].code", Figure.of("id", r.code())));
            }
        }
        for (int i = 0; i < t.chain().size(); i++) {
            ChainResult r = t.chain().get(i);
            for (int k = 0; k < r.leadsTo().size(); k++) {
                String next = r.leadsTo().get(k);
                String path = at + ".chain[" + i + "].leadsTo[" + k + "]";
                ResultLevel l = levels.get(next);
                if (l == null) {
                    reasons.add(CommunityReason.UNKNOWN_RESULT.reason(path, Figure.of("result", next)));
                } else if (l.ordinal() != r.level().ordinal() + 1) {
                    reasons.add(CommunityReason.LINK_OUT_OF_ORDER.reason(path, Figure.of("from", r.level().name()),
                            Figure.of("to", l.name())));
                }
            }
        }
        for (int i = 0; i < t.indicators().size(); i++) {
            Indicator ind = t.indicators().get(i);
            String ip = at + ".indicators[" + i + "]";
            if (!levels.containsKey(ind.result())) {
                reasons.add(CommunityReason.UNKNOWN_RESULT.reason(ip + ".result", Figure.of("result", ind.result())));
            }
            int cmp = ind.target().compareTo(ind.baseline());
            if (ind.direction() == DirectionOfGood.INCREASE ? cmp <= 0 : cmp >= 0) {
                reasons.add(CommunityReason.TARGET_AGAINST_DIRECTION.reason(ip + ".target", Figure.of("target", ind.target()),
                        Figure.of("baseline", ind.baseline()), Figure.of("direction", ind.direction().name())));
            }
            ind.irisMetric().filter(m -> !IRIS.matcher(m).matches()).ifPresent(m -> reasons.add(
                    CommunityReason.BAD_IRIS_ID.reason(ip + ".irisMetric", Figure.of("metric", m))));
            for (int k = 0; k < ind.measurements().size(); k++) {
                Measurement m = ind.measurements().get(k);
                String mp = ip + ".measurements[" + k + "]";
                if (!m.unit().equals(ind.unit())) {
                    reasons.add(CommunityReason.WRONG_UNIT.reason(mp + ".unit", Figure.of("unit", m.unit()),
                            Figure.of("expected", ind.unit())));
                }
                if (m.date().isBefore(t.start()) || m.date().isAfter(t.end())) {
                    reasons.add(CommunityReason.DATE_OUTSIDE_PROJECT.reason(mp + ".date", Figure.of("date", m.date().toString()),
                            Figure.of("start", t.start().toString()), Figure.of("end", t.end().toString())));
                }
            }
        }
        return List.copyOf(reasons);
    }

    static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
