package kz.saruar.model.methodology;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.decision.Outcome;
import kz.saruar.spi.direction.DirectionProvider;

/**
 * Adapts a methodology in code — a jury of 5, a threshold of 70, a 3-month pre-acceleration,
 * another curriculum — without forking it. Changes are applied to the methodology's JSON form and
 * checked by exactly the same rules as a file: {@link #validate()} returns every problem with its
 * JSON path, {@link #build()} refuses an inconsistent methodology.
 *
 * <p>DEF-08: changing the jury, the criteria or the scale drops the stated threshold and bands so
 * that they are derived by {@link ThresholdMapping}, unless this builder sets them explicitly.
 */
public final class MethodologyBuilder {
    private final ObjectNode tree;
    private MethodologyLoader loader;
    private boolean rangeChanged;
    private boolean thresholdSet;
    private boolean bandsSet;

    MethodologyBuilder(ObjectNode tree, MethodologyLoader loader) {
        this.tree = tree;
        this.loader = loader;
    }

    private ObjectNode section(String name) {
        JsonNode n = tree.get(name);
        if (n instanceof ObjectNode o) {
            return o;
        }
        return tree.putObject(name);
    }

    private ObjectNode defense() {
        return section("defense");
    }

    /** Sets the methodology's ID (e.g. a regional center's {@code ALMATY_2026}). */
    public MethodologyBuilder id(String id) {
        tree.put("id", Objects.requireNonNull(id, "id"));
        return this;
    }

    /** Sets the jury seats by role code, keeping the names of roles the methodology knows (DEF-03). */
    public MethodologyBuilder jurySeats(Map<String, Integer> countsByRole) {
        Objects.requireNonNull(countsByRole, "countsByRole");
        ObjectNode jury = defense().get("jury") instanceof ObjectNode j ? j : defense().putObject("jury");
        Map<String, JsonNode> names = new LinkedHashMap<>();
        if (jury.get("seats") instanceof ArrayNode old) {
            old.forEach(s -> names.put(s.path("role").asText(), s.get("name")));
        }
        List<String> order = new ArrayList<>(names.keySet());
        countsByRole.keySet().stream().filter(r -> !names.containsKey(r)).sorted().forEach(order::add);
        ArrayNode seats = jury.putArray("seats");
        int size = 0;
        for (String role : order) {
            Integer count = countsByRole.get(role);
            if (count == null) {
                continue;
            }
            ObjectNode seat = seats.addObject();
            seat.put("role", role);
            seat.put("count", count);
            JsonNode name = names.get(role);
            if (name != null) {
                seat.set("name", name.deepCopy());
            } else {
                seat.putObject("name").put("kk", role).put("ru", role).put("en", role);
            }
            size += count;
        }
        jury.put("size", size);
        rangeChanged = true;
        return this;
    }

    /** Sets the jury composition as given, size and seats (DEF-03); a mismatch is a validation problem. */
    public MethodologyBuilder jury(JuryComposition jury) {
        Objects.requireNonNull(jury, "jury");
        defense().set("jury", MethodologyTrees.MAPPER.valueToTree(jury));
        rangeChanged = true;
        return this;
    }

    /** Sets the score scale of every criterion (DEF-04). */
    public MethodologyBuilder scale(int min, int max) {
        ObjectNode s = defense().putObject("scale");
        s.put("min", min);
        s.put("max", max);
        rangeChanged = true;
        return this;
    }

    /** Replaces the criteria (DEF-04). */
    public MethodologyBuilder criteria(List<Criterion> criteria) {
        Objects.requireNonNull(criteria, "criteria");
        defense().set("criteria", MethodologyTrees.MAPPER.valueToTree(criteria));
        rangeChanged = true;
        return this;
    }

    /** States the pass threshold (DEF-06); it must lie within the range of totals. */
    public MethodologyBuilder passThreshold(int threshold) {
        defense().put("passThreshold", threshold);
        thresholdSet = true;
        return this;
    }

    /** States the bands (DEF-07); they must partition the range of totals (DEF-08). */
    public MethodologyBuilder bands(List<Band> bands) {
        Objects.requireNonNull(bands, "bands");
        checkArgument(!bands.isEmpty(), "bands is empty; use deriveThresholdAndBands() to derive them");
        defense().set("bands", MethodologyTrees.MAPPER.valueToTree(bands));
        bandsSet = true;
        return this;
    }

    /** Drops the stated threshold and bands so that DEF-08 derives both. */
    public MethodologyBuilder deriveThresholdAndBands() {
        defense().remove("passThreshold");
        defense().remove("bands");
        thresholdSet = false;
        bandsSet = false;
        return this;
    }

    /** Sets the quorum: the fewest jurors whose sheets a project needs [default 5 of 7]. */
    public MethodologyBuilder quorum(int quorum) {
        defense().put("quorum", quorum);
        return this;
    }

    /** Sets the conflict-of-interest policy [default: recuse and prorate]. */
    public MethodologyBuilder conflictPolicy(ConflictPolicy policy) {
        defense().put("conflictPolicy", Objects.requireNonNull(policy, "policy").name());
        return this;
    }

    /** Sets the length of pre-acceleration in months (PRE-01, [default] 2; the 2020 cohort had 3). */
    public MethodologyBuilder preAccelerationMonths(int months) {
        section("preAcceleration").put("durationMonths", months);
        return this;
    }

    /** Sets the length of acceleration in months (ACC-01). */
    public MethodologyBuilder accelerationMonths(int months) {
        section("acceleration").put("durationMonths", months);
        return this;
    }

    /** Replaces the acceleration curriculum (ACC-02). */
    public MethodologyBuilder accelerationModules(List<CurriculumModule> modules) {
        Objects.requireNonNull(modules, "modules");
        section("acceleration").set("modules", MethodologyTrees.MAPPER.valueToTree(modules));
        return this;
    }

    /** Sets the length a schedule assumes for a module whose length is unknown (ACC-02). */
    public MethodologyBuilder defaultModuleHours(BigDecimal hours) {
        section("acceleration").put("defaultModuleHours", Objects.requireNonNull(hours, "hours"));
        return this;
    }

    /** Sets the LIFTCOIN coverage ratio (LFT-04, [default] 1.0). */
    public MethodologyBuilder coverageRatio(BigDecimal ratio) {
        section("ledger").put("coverageRatio", Objects.requireNonNull(ratio, "ratio"));
        return this;
    }

    /** Names the directions open in the competition; empty opens all (APP-03, CAT-02). */
    public MethodologyBuilder openDirections(List<String> codes) {
        ArrayNode a = section("intake").putArray("openDirections");
        Objects.requireNonNull(codes, "codes").forEach(a::add);
        return this;
    }

    /** Adds direction plugins handed in code (CAT-02). */
    public MethodologyBuilder directionProviders(DirectionProvider... providers) {
        loader = loader.withDirectionProviders(providers);
        return this;
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) to the methodology's JSON form: the escape hatch for
     * any field this builder has no method for. The patch is checked like a file.
     */
    public MethodologyBuilder patch(String jsonMergePatch) {
        Objects.requireNonNull(jsonMergePatch, "jsonMergePatch");
        JsonNode p;
        try {
            p = MethodologyTrees.MAPPER.readTree(jsonMergePatch);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the patch is not JSON: " + e.getOriginalMessage(), e);
        }
        checkArgument(p instanceof ObjectNode, "the patch is not a JSON object: %s", jsonMergePatch);
        MethodologyLoader.mergePatch(tree, (ObjectNode) p);
        return this;
    }

    /** Checks the methodology as built: accepted, or refused with every problem (JSON path and rule). */
    public Outcome<Methodology> validate() {
        ObjectNode t = tree.deepCopy();
        if (rangeChanged && t.get("defense") instanceof ObjectNode d) {
            if (!thresholdSet) {
                d.remove("passThreshold");
            }
            if (!bandsSet) {
                d.remove("bands");
            }
        }
        t.remove("basedOn");
        return loader.fromTree(t);
    }

    /**
     * The methodology as built.
     *
     * @throws InvalidMethodologyException listing every problem when it is inconsistent
     */
    public Methodology build() {
        return InvalidMethodologyException.orThrow(validate());
    }
}
