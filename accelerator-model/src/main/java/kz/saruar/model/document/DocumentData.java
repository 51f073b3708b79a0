package kz.saruar.model.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.application.ReadResult;
import kz.saruar.model.validation.Problem;
import kz.saruar.model.validation.ProblemKind;

/**
 * The values a document is rendered with, read from JSON (an object of objects, arrays, strings,
 * numbers and booleans) or made from an application (APP-03), leaving personal data out unless
 * asked.
 */
public final class DocumentData {
    private static final RuleId RULE = Rules.PRE_08;
    private static final int MAX_CHARS = 16_000_000;
    private static final ObjectMapper MAPPER = mapper();

    private DocumentData() {
    }

    private static ObjectMapper mapper() {
        JsonMapper m = JsonMapper.builder().build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        return m;
    }

    /** Reads a JSON object as document data; anything else is refused with its problem. */
    public static ReadResult<Map<String, Object>> fromJson(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_CHARS) {
            return ReadResult.refused(List.of(Problem.of("$", RULE, ProblemKind.OUT_OF_RANGE, json.length(), 1, MAX_CHARS)));
        }
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || !n.isObject()) {
                return ReadResult.refused(List.of(Problem.of("$", RULE, ProblemKind.WRONG_TYPE, "an object",
                        n == null ? "nothing" : n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) convert(n);
            return ReadResult.accepted(m);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            return ReadResult.refused(List.of(Problem.of("$", RULE, ProblemKind.UNREADABLE,
                    msg.length() > 200 ? msg.substring(0, 200) + "…" : msg)));
        }
    }

    /** An application as the APPLICATION_FORM template reads it (APP-03). */
    public static Map<String, Object> of(ProjectApplication application, PersonalDataPolicy policy) {
        ReadResult<Map<String, Object>> r = fromJson(ApplicationJson.write(application, policy));
        return r.value().orElseThrow(() -> new IllegalStateException("an application's own JSON is unreadable: "
                + r.problems()));
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
