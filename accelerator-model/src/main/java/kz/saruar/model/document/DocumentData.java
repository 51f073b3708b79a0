package kz.saruar.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.validation.ProblemKind;

/**
 * The values a document is rendered with, read from JSON (an object of objects, arrays, strings,
 * numbers and booleans) or made from an application (APP-03), leaving personal data out unless
 * asked.
 */
public final class DocumentData {
    private static final RuleId RULE = Rules.PRE_08;
    private static final JsonReader READER = JsonReader.forRule(RULE);

    private DocumentData() {
    }

    /** Reads a JSON object as document data with the one strict reader; anything else is refused. */
    public static Outcome<Map<String, Object>> fromJson(String json) {
        return READER.readTree(Objects.requireNonNull(json, "json")).flatMap(DocumentData::fromTree);
    }

    /** Reads a UTF-8 file as document data; a missing, unreadable or non-UTF-8 file is refused. */
    public static Outcome<Map<String, Object>> fromJson(Path file) {
        return READER.readTree(Objects.requireNonNull(file, "file")).flatMap(DocumentData::fromTree);
    }

    private static Outcome<Map<String, Object>> fromTree(JsonNode n) {
        if (!n.isObject()) {
            return Outcome.refused(ProblemKind.WRONG_TYPE.at("$", RULE, "an object",
                    n.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) convert(n);
        return Outcome.accepted(m);
    }

    /** An application as the APPLICATION_FORM template reads it (APP-03). */
    public static Map<String, Object> of(ProjectApplication application, PersonalDataPolicy policy) {
        Outcome<Map<String, Object>> r = fromJson(ApplicationJson.write(application, policy));
        return r.value().orElseThrow(() -> new IllegalStateException("an application's own JSON is unreadable: "
                + r.reasons()));
    }

    private static Object convert(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                m.put(e.getKey(), convert(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(convert(x)));
            return l;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNull()) {
            return "";
        }
        return n.asText();
    }
}
