package kz.saruar.simulation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import kz.saruar.model.Language;
import kz.saruar.model.SaruarException;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Comparison;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.DirectionSpread;
import kz.saruar.simulation.StageSpread;

/**
 * The simulation's summary as JSON (docs/simulation.md): the funnel with each stage's rules and the
 * rules that stopped projects, the spread over runs against 2020, the defense figures and the
 * what-if; the same numbers the HTML report shows.
 */
public final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary as a JSON tree. */
    public static ObjectNode tree(Simulation s, Language lang) {
        return tree(s, lang, Optional.empty());
    }

    /**
     * The summary of a real cohort's report: the cohort's ID instead of a seed, and no spread over
     * runs (one real cohort is one run).
     */
    public static ObjectNode cohortTree(Simulation s, String cohortId, Language lang) {
        return tree(s, lang, Optional.of(Objects.requireNonNull(cohortId, "cohortId")));
    }

    /** A simulation's summary, or with {@code cohort} a real cohort's: no seed and nothing over runs. */
    private static ObjectNode tree(Simulation s, Language lang, Optional<String> cohort) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(lang, "lang");
        boolean overRuns = cohort.isEmpty();
        ObjectNode root = MAPPER.createObjectNode();
        cohort.ifPresent(id -> root.put("cohort", id));
        root.put("methodology", s.detail().methodologyId());
        if (overRuns) {
            root.put("seed", s.detail().seed());
        }
        root.put("applications", s.detail().funnel().get(0).count());
        if (overRuns) {
            root.put("runs", s.runs());
        }
        root.set("funnel", funnel(s.detail(), lang));
        if (overRuns) {
            ArrayNode spread = root.putArray("spread");
            for (StageSpread st : s.spread()) {
                ObjectNode o = spread.addObject().put("stage", st.code());
                spread(o, st.mean(), st.sd(), st.min(), st.max(), st.reference());
                if (st.reference().isPresent()) {
                    o.put("within10Percent", st.within(0.10));
                }
                st.rules().forEach(o.putArray("rules")::add);
            }
        }
        root.set("defense", defense(s.detail()));
        ObjectNode by = root.putObject("byDirection");
        s.detail().byDirection().forEach((d, counts) -> {
            ArrayNode a = by.putArray(d);
            for (int c : counts) {
                a.add(c);
            }
        });
        if (overRuns) {
            // the graduates by direction (2020: 5/5/8/2, docs/simulation.md), over the runs
            ArrayNode graduates = root.putArray("graduatesByDirection");
            for (DirectionSpread d : s.graduates()) {
                ObjectNode o = graduates.addObject().put("direction", d.direction());
                spread(o, d.mean(), d.sd(), d.min(), d.max(), d.reference());
                if (d.reference().isPresent()) {
                    o.put("tolerance", DirectionSpread.TOLERANCE).put("withinTolerance", d.matches2020());
                }
            }
        }
        s.comparison().ifPresent(c -> root.set("compare", compare(c, lang)));
        return root;
    }

    /** A count's spread over the runs, with the 2020 count when there is one. */
    private static void spread(ObjectNode o, double mean, double sd, int min, int max, OptionalInt cohort2020) {
        o.put("mean", mean).put("sd", sd).put("min", min).put("max", max);
        cohort2020.ifPresent(n -> o.put("cohort2020", n));
    }

    /** The summary as indented JSON text. */
    public static String write(Simulation s, Language lang) {
        try {
            return MAPPER.writeValueAsString(tree(s, lang));
        } catch (JsonProcessingException e) {
            throw new SaruarException("the simulation summary could not be written as JSON", e);
        }
    }

    private static ArrayNode funnel(CohortRun r, Language lang) {
        ArrayNode out = MAPPER.createArrayNode();
        for (CohortRun.Stage st : r.funnel()) {
            ObjectNode o = out.addObject();
            o.put("stage", st.code());
            o.put("name", st.name().get(lang));
            o.put("count", st.count());
            st.rules().forEach(o.putArray("rules")::add);
            ObjectNode stopped = o.putObject("stoppedBy");
            st.stoppedBy().forEach(stopped::put);
        }
        return out;
    }

    private static ObjectNode defense(CohortRun r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("defended", r.scores().size());
        o.put("passed", r.scores().stream().filter(CohortRun.Score::passed).count());
        o.put("passThreshold", r.passThreshold());
        o.put("minTotal", r.minTotal());
        o.put("maxTotal", r.maxTotal());
        o.put("jurySize", r.jurySize());
        o.put("nearThreshold", r.nearThreshold());
        if (r.agreement().isPresent()) {
            o.put("krippendorffAlpha", r.agreement().getAsDouble());
        }
        o.put("consultationsPlanned", r.consultations().values().stream().mapToInt(Integer::intValue).sum());
        o.put("consultationsNotHeld", r.unplaced());
        if (!r.market().isEmpty()) {
            CohortRun.MarketWeek last = r.market().get(r.market().size() - 1);
            o.put("liftcoinIssued", last.issued());
            o.put("liftcoinRefusedIssues", last.refusedIssues());
        }
        return o;
    }

    private static ObjectNode compare(Comparison c, Language lang) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("base", c.baseLabel());
        o.put("other", c.otherLabel());
        o.set("baseFunnel", funnel(c.base(), lang));
        o.set("otherFunnel", funnel(c.other(), lang));
        o.put("baseNearThreshold", c.base().nearThreshold());
        o.put("otherNearThreshold", c.other().nearThreshold());
        ArrayNode d = o.putArray("different");
        for (Comparison.Difference x : c.different()) {
            ObjectNode p = d.addObject();
            p.put("project", x.projectId());
            p.put("direction", x.direction());
            p.put("baseStage", c.base().funnel().get(x.reachedBase()).code());
            p.put("otherStage", c.other().funnel().get(x.reachedOther()).code());
            x.totalBase().ifPresent(t -> p.put("baseTotal", t));
            x.totalOther().ifPresent(t -> p.put("otherTotal", t));
            // absent when no rule stopped it (as the totals are when it was not defended)
            x.stoppedBase().ifPresent(r -> p.put("baseStoppedBy", r));
            x.stoppedOther().ifPresent(r -> p.put("otherStoppedBy", r));
        }
        return o;
    }
}
