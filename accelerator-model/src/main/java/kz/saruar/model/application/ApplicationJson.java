package kz.saruar.model.application;

import static kz.saruar.model.Rules.APP_03;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import kz.saruar.model.decision.Outcome;
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
            removePersonalData((ObjectNode) tree);
        }
        return JsonReader.toText(tree, true);
    }

    /**
     * Removes the persons' data of APP-03 (the applicant, each team member's person) from an
     * application's JSON tree, in place: what {@link PersonalDataPolicy#OMIT} leaves out.
     */
    public static void removePersonalData(ObjectNode application) {
        application.remove("applicant");
        JsonNode team = application.get("team");
        if (team != null) {
            for (JsonNode m : team) {
                ((ObjectNode) m).remove("person");
            }
        }
    }
}
