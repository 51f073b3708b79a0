package kz.saruar.scoring.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Reason;
import kz.saruar.scoring.DefenseProtocol;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ProjectDecision;
import kz.saruar.scoring.Recusal;
import kz.saruar.scoring.Undecided;

/**
 * The defense protocol (DEF-09) as JSON, always available whatever templates exist. The shape is
 * stable: {@code methodology}, {@code date}, {@code scoring} (range, threshold, bands, quorum,
 * policy, rounding, tie-break), {@code jurors}, {@code substitutes}, {@code passing} (project IDs
 * in rank order), {@code ranking} (every decided project with rank, total, band, passed, distance,
 * per-criterion sums, jurors, rules and a kk/ru/en explanation), {@code undecided},
 * {@code recusals}, {@code rejectedSheets}.
 */
public final class ProtocolJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ProtocolJson() {
    }

    /** The protocol as a JSON tree. */
    public static ObjectNode toTree(DefenseProtocol p) {
        Objects.requireNonNull(p, "p");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", "DEFENSE_PROTOCOL");
        root.put("rule", "DEF-09");
        root.put("methodology", p.methodologyId());
        root.put("date", p.date().toString());
        ObjectNode s = root.putObject("scoring");
        s.put("jurySize", p.scheme().jurySize());
        ArrayNode crit = s.putArray("criteria");
        for (Criterion c : p.scheme().criteria()) {
            crit.add(c.code());
        }
        s.putObject("scale").put("min", p.scheme().scale().min()).put("max", p.scheme().scale().max());
        s.put("minTotal", p.scheme().minTotal());
        s.put("maxTotal", p.scheme().maxTotal());
        s.put("passThreshold", p.scheme().passThreshold());
        s.put("thresholdDerived", p.scheme().thresholdDerived());
        ArrayNode bands = s.putArray("bands");
        for (Band b : p.scheme().bands()) {
            ObjectNode bn = bands.addObject().put("code", b.code()).put("from", b.from()).put("to", b.to());
            bn.set("name", text(b.name()));
        }
        s.put("bandsDerived", p.scheme().bandsDerived());
        s.put("quorum", p.scheme().quorum());
        s.put("conflictPolicy", p.scheme().conflictPolicy().name());
        s.put("rounding", p.options().rounding().name());
        ArrayNode tie = s.putArray("tieBreak");
        p.options().tieBreakCriteria().forEach(tie::add);
        tie.add("APPLIED_AT");
        tie.add("PROJECT_ID");
        jurors(root.putArray("jurors"), p.panel().jurors());
        jurors(root.putArray("substitutes"), p.panel().substitutes());
        Map<String, String> names = new HashMap<>();
        for (Project pr : p.projects()) {
            names.put(pr.id(), pr.name());
        }
        ArrayNode passing = root.putArray("passing");
        ArrayNode ranking = root.putArray("ranking");
        int rank = 0;
        for (ProjectDecision d : p.ranking()) {
            rank++;
            if (d.passed()) {
                passing.add(d.projectId());
            }
            ObjectNode n = ranking.addObject();
            n.put("rank", rank);
            n.put("projectId", d.projectId());
            n.put("projectName", names.getOrDefault(d.projectId(), d.projectId()));
            n.put("total", d.total());
            n.put("rawTotal", d.rawTotal());
            n.put("prorated", d.prorated());
            n.put("band", d.band().code());
            n.put("passed", d.passed());
            n.put("distanceToThreshold", d.distanceToThreshold());
            ObjectNode sums = n.putObject("criterionSums");
            d.criterionSums().forEach(sums::put);
            n.put("jurorsScored", d.jurorsScored());
            n.put("jurySize", d.jurySize());
            ArrayNode rules = n.putArray("rules");
            for (RuleId r : d.rules()) {
                rules.add(r.value());
            }
            n.set("explanation", text(d.explanation()));
        }
        ArrayNode und = root.putArray("undecided");
        for (Undecided u : p.undecided()) {
            ObjectNode n = und.addObject();
            n.put("projectId", u.projectId());
            n.put("jurorsScored", u.jurorsScored());
            n.put("quorum", u.quorum());
            n.set("reason", refusal(u.reason()));
        }
        ArrayNode rec = root.putArray("recusals");
        for (Recusal r : p.recusals()) {
            rec.addObject().put("projectId", r.projectId()).put("jurorId", r.jurorId()).put("role", r.role())
                    .put("reason", r.reason().name());
        }
        ArrayNode rej = root.putArray("rejectedSheets");
        for (Reason r : p.rejectedSheets()) {
            rej.add(refusal(r));
        }
        return root;
    }

    /** The protocol as indented JSON text. */
    public static String toJson(DefenseProtocol p) {
        try {
            return MAPPER.writeValueAsString(toTree(p));
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write the protocol as JSON", e);
        }
    }

    /** A refusal as JSON in the library's one reason shape ({@link DecisionJson#reason(Reason)}). */
    public static ObjectNode refusal(Reason r) {
        return DecisionJson.reason(Objects.requireNonNull(r, "r"));
    }

    private static void jurors(ArrayNode out, Iterable<Juror> jurors) {
        for (Juror j : jurors) {
            ObjectNode n = out.addObject().put("id", j.id()).put("role", j.role());
            j.name().ifPresent(name -> n.put("name", name));
        }
    }

    private static ObjectNode text(LocalizedText t) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Language l : Language.values()) {
            n.put(l.tag(), t.get(l));
        }
        return n;
    }
}
