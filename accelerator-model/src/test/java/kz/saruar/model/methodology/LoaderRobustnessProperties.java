package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import kz.saruar.model.decision.Outcome;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** No corrupted methodology makes the loader throw: every outcome is a valid or an invalid result. */
class LoaderRobustnessProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Property(tries = 300)
    void FMT_01_random_corruptions_of_the_standard_file_never_throw(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 5) int corruptions) {
        Random random = new Random(seed);
        ObjectNode tree = MethodologyLoader.standardTree();
        for (int i = 0; i < corruptions; i++) {
            corrupt(tree, random);
        }
        Outcome<Methodology> r = Methodology.loader().withoutDiscovery().parse(tree.toString());
        if (!r.accepted()) {
            assertThat(r.reasons()).isNotEmpty().allSatisfy(p -> assertThat(p.subject()).startsWith("$"));
        }
    }

    @Property(tries = 100)
    void FMT_01_truncated_files_are_refused_never_thrown(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
        String full = MethodologyLoader.standardTree().toString();
        Outcome<Methodology> r = Methodology.loader().withoutDiscovery().parse(full.substring(0, Math.min(cut, full.length() - 1)));
        assertThat(r.accepted()).isFalse();
    }

    private static void corrupt(ObjectNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode value = randomValue(random);
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                o.remove(name);
            } else {
                o.set(name, value);
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            a.set(random.nextInt(a.size()), value);
        }
    }

    private static JsonNode randomValue(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> F.textNode("x");
            case 1 -> F.numberNode(-r.nextInt(1000));
            case 2 -> F.numberNode(Long.MAX_VALUE);
            case 3 -> F.nullNode();
            case 4 -> F.arrayNode().add(1).add("two");
            case 5 -> F.objectNode().put("unexpected", true);
            case 6 -> F.booleanNode(r.nextBoolean());
            case 7 -> F.numberNode(2.5);
            default -> F.numberNode(r.nextInt(200));
        };
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.forEach(c -> collect(c, out));
        }
    }
}
