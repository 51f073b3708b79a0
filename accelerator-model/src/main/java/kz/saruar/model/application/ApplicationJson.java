package kz.saruar.model.application;

import static kz.saruar.model.Rules.APP_03;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonLimits;
import kz.saruar.model.json.JsonReader;

/**
 * Applications as JSON (APP-03..08): reading with every problem named by its JSON path and rule
 * ({@link JsonReader}), and writing, leaving personal data out unless asked
 * ({@link PersonalDataPolicy}).
 */
public final class ApplicationJson {
    private ApplicationJson() {
    }

    /** Reads an application with the default {@link JsonLimits}; the clock decides what "future" is. */
    public static Outcome<ProjectApplication> read(String json, Clock clock) {
        return read(json, clock, JsonLimits.DEFAULT);
    }

    /** Reads an application with these limits. */
    public static Outcome<ProjectApplication> read(String json, Clock clock, JsonLimits limits) {
        return reader(clock, limits).read(json, ProjectApplication.class);
    }

    /**
     * Checks an application already parsed as a tree (for instance one just written from a value),
     * as {@link #read(String, Clock)} checks the tree it parses; the tree may be completed with defaults.
     */
    public static Outcome<ProjectApplication> check(JsonNode tree, Clock clock) {
        return reader(clock, JsonLimits.DEFAULT).check(tree, ProjectApplication.class);
    }

    /**
     * Checks an application's own tree ({@code JsonReader.toTree(application)}) as
     * {@link #check(JsonNode, Clock)} checks any tree, and answers the application itself when it
     * passes, without binding the tree again: an application's tree binds back to an equal
     * application (its fields are texts, dates, whole numbers, booleans, enums, lists and
     * optionals; WrittenApplicationProperties). With assertions enabled (as in the tests) the tree
     * is bound all the same and compared. The tree may be completed with defaults.
     */
    public static Outcome<ProjectApplication> checkWritten(ProjectApplication application, JsonNode tree, Clock clock) {
        Objects.requireNonNull(application, "application");
        List<Reason> problems = reader(clock, JsonLimits.DEFAULT).problems(tree, ProjectApplication.class);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        assert check(tree, clock).value().filter(application::equals).isPresent()
                : "an application's tree does not bind back to it";
        return Outcome.accepted(application);
    }

    /** Reads an application from a UTF-8 file; an unreadable file is a refusal, not an exception. */
    public static Outcome<ProjectApplication> read(Path file, Clock clock) {
        return reader(clock, JsonLimits.DEFAULT).read(file, ProjectApplication.class);
    }

    private static JsonReader reader(Clock clock, JsonLimits limits) {
        return JsonReader.forRule(APP_03).withClock(clock).withLimits(limits).withScriptCheck(APP_03);
    }

    /** Writes an application as JSON; personal data only with {@link PersonalDataPolicy#INCLUDE}. */
    public static String write(ProjectApplication application, PersonalDataPolicy policy) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(policy, "policy");
        if (policy == PersonalDataPolicy.INCLUDE) {
            // the same bytes as through the tree below, without building it
            return JsonReader.toText(application, true);
        }
        JsonNode tree = JsonReader.toTree(application);
        if (policy == PersonalDataPolicy.OMIT) {
            tree = withoutPersonalData((ObjectNode) tree);
        }
        return JsonReader.toText(tree, true);
    }

    /**
     * An application's JSON tree without the persons' data of APP-03 (the applicant, each team
     * member's person): what {@link PersonalDataPolicy#OMIT} leaves out. A shallow copy: the tree
     * is unchanged and shares every other node with it.
     */
    public static ObjectNode withoutPersonalData(ObjectNode application) {
        ObjectNode copy = without(application, "applicant");
        if (copy.get("team") instanceof ArrayNode team) {
            ArrayNode members = copy.arrayNode(team.size());
            for (JsonNode m : team) {
                members.add(m instanceof ObjectNode member ? without(member, "person") : m);
            }
            copy.set("team", members);
        }
        return copy;
    }

    /**
     * Removes the persons' data of APP-03 from an application's JSON tree, in place: the tree
     * becomes {@link #withoutPersonalData}.
     */
    public static void removePersonalData(ObjectNode application) {
        ObjectNode stripped = withoutPersonalData(application);
        application.removeAll();
        application.setAll(stripped);
    }

    /** A shallow copy of {@code o} without the field {@code name}, the other fields in their order. */
    private static ObjectNode without(ObjectNode o, String name) {
        ObjectNode copy = o.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getKey().equals(name)) {
                copy.set(f.getKey(), f.getValue());
            }
        }
        return copy;
    }
}
