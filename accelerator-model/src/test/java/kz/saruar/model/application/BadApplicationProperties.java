package kz.saruar.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** jqwik-generated bad application documents: every one refused with its JSON path and rule; nothing thrown (APP-03). */
class BadApplicationProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String VALID = ApplicationJson.write(Fixtures.valid(), PersonalDataPolicy.INCLUDE);

    private static ObjectNode tree() {
        try {
            return (ObjectNode) JsonReader.forRule(Rules.APP_03).readTree(VALID).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paths(JsonNode n, String path, List<String> out) {
        out.add(path);
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                paths(e.getValue(), path + "." + e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                paths(n.get(i), path + "[" + i + "]", out);
            }
        }
        return out;
    }

    private static final List<String> PATHS = paths(tree(), "$", new ArrayList<>()).stream().filter(p -> !p.equals("$")).toList();

    private static JsonNode parentOf(JsonNode root, String path) {
        String parent = path.substring(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')));
        return at(root, parent);
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        String rest = path.substring(1);
        while (!rest.isEmpty()) {
            if (rest.startsWith(".")) {
                int end = next(rest);
                n = n.get(rest.substring(1, end));
                rest = rest.substring(end);
            } else {
                int end = rest.indexOf(']');
                n = n.get(Integer.parseInt(rest.substring(1, end)));
                rest = rest.substring(end + 1);
            }
        }
        return n;
    }

    private static int next(String rest) {
        int i = 1;
        while (i < rest.length() && rest.charAt(i) != '.' && rest.charAt(i) != '[') {
            i++;
        }
        return i;
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        JsonNode parent = parentOf(root, path);
        if (path.endsWith("]")) {
            int idx = Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1));
            ((ArrayNode) parent).set(idx, value);
        } else {
            ((ObjectNode) parent).set(path.substring(path.lastIndexOf('.') + 1), value);
        }
    }

    /** A value of a different JSON type than the one found, never null. */
    private static JsonNode otherType(JsonNode found, int pick) {
        List<JsonNode> candidates = new ArrayList<>(List.of(F.textNode("x"), F.numberNode(7), F.booleanNode(true),
                F.arrayNode().add(1), F.objectNode().put("a", 1)));
        candidates.removeIf(c -> c.getNodeType() == found.getNodeType()
                || (found.isTextual() && c.isTextual()));
        return candidates.get(pick % candidates.size());
    }

    private static Outcome<ProjectApplication> read(JsonNode n) {
        try {
            return ApplicationJson.read(JsonReader.toText(n, true), Fixtures.CLOCK);
        } catch (Exception e) {
            throw new AssertionError("nothing may escape", e);
        }
    }

    private static void refusedAt(Outcome<ProjectApplication> r, String path) {
        assertThat(r.accepted()).as("refused").isFalse();
        assertThat(r.reasons()).extracting(Reason::subject).as("a problem at %s", path).contains(path);
        for (Reason p : r.reasons()) {
            assertThat(p.subject()).startsWith("$");
            assertThat(p.rule().value()).matches("[A-Z]{3}-\\d{2}");
        }
    }

    @Provide
    Arbitrary<String> anyPath() {
        return Arbitraries.of(PATHS);
    }

    @Property(tries = 300)
    void a_value_of_the_wrong_type_is_refused_at_its_path(@ForAll("anyPath") String path,
            @ForAll("picks") int pick) {
        ObjectNode t = tree();
        JsonNode found = at(t, path);
        replace(t, path, otherType(found, pick));
        refusedAt(read(t), path);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 10);
    }

    @Property(tries = 200)
    void a_missing_required_field_is_refused_at_its_path_and_an_optional_one_accepted(@ForAll("fieldPaths") String path) {
        ObjectNode t = tree();
        ((ObjectNode) parentOf(t, path)).remove(path.substring(path.lastIndexOf('.') + 1));
        Outcome<ProjectApplication> r = read(t);
        if (required(path)) {
            refusedAt(r, path);
        } else {
            assertThat(r.reasons()).as("optional %s", path).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> fieldPaths() {
        return Arbitraries.of(PATHS.stream().filter(p -> !p.endsWith("]")).toList());
    }

    /** Whether the record component at this JSON path is required: neither Optional nor a List. */
    private static boolean required(String path) {
        java.lang.reflect.Type type = ProjectApplication.class;
        Class<?> raw = ProjectApplication.class;
        String rest = path.substring(1);
        while (!rest.isEmpty()) {
            if (rest.startsWith("[")) {
                type = ((java.lang.reflect.ParameterizedType) type).getActualTypeArguments()[0];
                rest = rest.substring(rest.indexOf(']') + 1);
            } else {
                int end = next(rest);
                String name = rest.substring(1, end);
                rest = rest.substring(end);
                if (type instanceof java.lang.reflect.ParameterizedType pt
                        && pt.getRawType() == java.util.Optional.class) {
                    type = pt.getActualTypeArguments()[0];
                }
                Class<?> owner = (Class<?>) type;
                java.lang.reflect.RecordComponent rc = java.util.Arrays.stream(owner.getRecordComponents())
                        .filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
                type = rc.getGenericType();
                raw = rc.getType();
            }
        }
        return raw != java.util.Optional.class && raw != List.class;
    }

    @Property(tries = 100)
    void an_unknown_field_is_refused(@ForAll("objects") String path, @ForAll("names") String name) {
        ObjectNode t = tree();
        ObjectNode o = (ObjectNode) at(t, path);
        if (o.has(name)) {
            return;
        }
        o.put(name, "?");
        refusedAt(read(t), path + "." + name);
    }

    @Provide
    Arbitrary<String> objects() {
        ObjectNode t = tree();
        return Arbitraries.of(PATHS.stream().filter(p -> at(t, p).isObject()).toList());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(s -> "zz" + s);
    }

    @Property(tries = 100)
    void an_unknown_enum_value_is_refused(@ForAll("enumPaths") String path, @ForAll("names") String value) {
        ObjectNode t = tree();
        replace(t, path, F.textNode(value.toUpperCase()));
        refusedAt(read(t), path);
    }

    @Provide
    Arbitrary<String> enumPaths() {
        return Arbitraries.of("$.form.stageOfImplementation", "$.form.volunteerInvolvement");
    }

    @Property(tries = 100)
    void a_future_birth_date_is_refused(@ForAll("member") int member, @ForAll("days") int days) {
        ObjectNode t = tree();
        String path = "$.team[" + member + "].person.birthDate";
        replace(t, path, F.textNode(Fixtures.TODAY.plusDays(days).toString()));
        refusedAt(read(t), path);
    }

    @Provide
    Arbitrary<Integer> member() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(1, 100_000);
    }

    @Property(tries = 100)
    void a_text_mixing_scripts_inside_a_word_is_refused(@ForAll("textPaths") String path,
            @ForAll("cyrillic") String left, @ForAll("latin") String right) {
        ObjectNode t = tree();
        replace(t, path, F.textNode("жоба " + left + right + " жоба"));
        refusedAt(read(t), path);
    }

    @Provide
    Arbitrary<String> textPaths() {
        return Arbitraries.of("$.form.goalAndTasks", "$.form.projectName", "$.concept.description", "$.team[1].role");
    }

    @Provide
    Arbitrary<String> cyrillic() {
        return Arbitraries.strings().withCharRange('а', 'я').withChars('ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ').ofMinLength(1).ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> latin() {
        return Arbitraries.strings().withCharRange('a', 'h').ofMinLength(1).ofMaxLength(6);
    }

    @Property(tries = 5)
    void an_oversized_team_is_refused_at_its_path(@ForAll("teamSizes") int size) {
        ObjectNode t = tree();
        ArrayNode team = (ArrayNode) t.get("team");
        for (int i = team.size(); i < size; i++) {
            ObjectNode m = team.addObject();
            m.putObject("person").put("fullName", "A");
            m.put("role", "r").put("experience", "e");
        }
        refusedAt(read(t), "$.team");
    }

    @Provide
    Arbitrary<Integer> teamSizes() {
        return Arbitraries.integers().between(1_001, 100_000).edgeCases(c -> c.includeOnly(1_001, 100_000));
    }

    @Property(tries = 5)
    void an_oversized_text_is_refused_at_its_path(@ForAll("textPaths") String path, @ForAll("textSizes") int size) {
        ObjectNode t = tree();
        replace(t, path, F.textNode("ә".repeat(size)));
        refusedAt(read(t), path);
    }

    @Provide
    Arbitrary<Integer> textSizes() {
        return Arbitraries.integers().between(20_001, 10_000_000).edgeCases(c -> c.includeOnly(20_001, 10_000_000));
    }

    @Property(tries = 50)
    void random_bytes_never_throw(@ForAll("garbage") String text) {
        Outcome<ProjectApplication> r = ApplicationJson.read(text, Fixtures.CLOCK);
        assertThat(r.accepted()).isFalse();
        assertThat(r.reasons()).isNotEmpty();
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> prefix = Arbitraries.of("", "{", "[", "{\"form\":", "null", "1", "\"x\"", VALID.substring(0, VALID.length() / 2));
        return Combinators.combine(prefix, Arbitraries.strings().ofMaxLength(30)).as((a, b) -> a + b);
    }
}
