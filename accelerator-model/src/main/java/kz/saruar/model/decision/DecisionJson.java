package kz.saruar.model.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;

/**
 * The one JSON shape of every decision, used by every command's {@code --json}:
 * <pre>{@code
 * {"accepted": true,  "value": {...}}
 * {"accepted": false, "reasons": [{"code": "THRESHOLD_OUT_OF_RANGE", "rules": ["DEF-06"],
 *   "subject": "$.defense.passThreshold", "figures": {"threshold": 120},
 *   "message": {"kk": "…", "ru": "…", "en": "…"}}]}
 * }</pre>
 * A reason's {@code text} holds the message in the requested language when one is given.
 */
public final class DecisionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DecisionJson() {
    }

    /** The outcome with its value written by {@code valueWriter}. */
    public static <T> ObjectNode toJson(Outcome<T> outcome, Function<? super T, ? extends JsonNode> valueWriter) {
        return write(outcome, valueWriter, null);
    }

    /** The outcome with its value written by {@code valueWriter} and each reason's text in {@code language}. */
    public static <T> ObjectNode toJson(Outcome<T> outcome, Function<? super T, ? extends JsonNode> valueWriter,
            Language language) {
        return write(outcome, valueWriter, Objects.requireNonNull(language, "language"));
    }

    private static <T> ObjectNode write(Outcome<T> outcome, Function<? super T, ? extends JsonNode> valueWriter,
            Language language) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(valueWriter, "valueWriter");
        ObjectNode n = NODES.objectNode();
        n.put("accepted", outcome.accepted());
        if (outcome instanceof Outcome.Accepted<T> a) {
            n.set("value", valueWriter.apply(a.result()));
        } else {
            n.set("reasons", reasonArray(outcome.reasons(), language));
        }
        return n;
    }

    /** A refusal of a whole input (unreadable file, bad option) in the same shape, texts in {@code language}. */
    public static ObjectNode refusal(List<Reason> reasons, Language language) {
        Objects.requireNonNull(language, "language");
        ObjectNode n = NODES.objectNode();
        n.put("accepted", false);
        n.set("reasons", reasonArray(reasons, language));
        return n;
    }

    /** The reasons as a JSON array, texts in {@code language}. */
    public static ArrayNode reasons(List<Reason> reasons, Language language) {
        return reasonArray(reasons, Objects.requireNonNull(language, "language"));
    }

    private static ArrayNode reasonArray(List<Reason> reasons, Language language) {
        ArrayNode a = NODES.arrayNode();
        for (Reason r : Objects.requireNonNull(reasons, "reasons")) {
            a.add(write(r, language));
        }
        return a;
    }

    /** One reason as JSON, its {@code text} in {@code language}. */
    public static ObjectNode reason(Reason r, Language language) {
        return write(Objects.requireNonNull(r, "reason"), Objects.requireNonNull(language, "language"));
    }

    /** One reason as JSON, messages in the three languages only. */
    public static ObjectNode reason(Reason r) {
        return write(Objects.requireNonNull(r, "reason"), null);
    }

    private static ObjectNode write(Reason r, Language language) {
        ObjectNode n = NODES.objectNode();
        n.put("code", r.code());
        ArrayNode rules = n.putArray("rules");
        for (RuleId id : r.rules()) {
            rules.add(id.value());
        }
        n.put("subject", r.subject());
        ObjectNode figures = n.putObject("figures");
        for (Figure f : r.figures()) {
            Object v = f.value();
            if (v instanceof Long l) {
                figures.put(f.name(), l);
            } else if (v instanceof BigDecimal d) {
                figures.put(f.name(), d);
            } else if (v instanceof Boolean b) {
                figures.put(f.name(), b);
            } else {
                figures.put(f.name(), (String) v);
            }
        }
        ObjectNode message = n.putObject("message");
        for (Language l : Language.values()) {
            message.put(l.tag(), r.message().get(l));
        }
        if (language != null) {
            n.put("text", r.message().get(language));
        }
        return n;
    }
}
