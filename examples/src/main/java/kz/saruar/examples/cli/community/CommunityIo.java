package kz.saruar.examples.cli.community;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;
import java.util.List;
import kz.saruar.examples.cli.Console;
import kz.saruar.model.Language;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Reason;

/** What the community commands share: refusals, their exit code, JSON output. */
final class CommunityIo {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private CommunityIo() {
    }

    /** Prints the refusal (JSON on {@code out}, text on {@code err}) and returns its exit code. */
    static int refused(List<Reason> reasons, Console c) {
        return c.refuse(reasons);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrayNode reasons(List<Reason> reasons, Language language) {
        return DecisionJson.reasons(reasons, language);
    }
}
