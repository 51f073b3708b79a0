package kz.saruar.examples.cli.community;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.model.Language;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Reason;

/** What the community commands share: refusals, their exit code, JSON output. */
final class CommunityIo {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** The reader's codes for an input that could not be read at all (exit 2). */
    private static final Set<String> UNREADABLE = Set.of("UNREADABLE", "NOT_UTF8", "FILE_NOT_FOUND", "FILE_UNREADABLE",
            "NOT_A_FILE", "TOO_LARGE");

    private CommunityIo() {
    }

    /** Prints the refusal (JSON on {@code out}, text on {@code err}) and returns its exit code. */
    static int refused(List<Reason> reasons, Language language, boolean json, PrintWriter out, PrintWriter err) {
        if (json) {
            out.println(write(DecisionJson.refusal(reasons, language)));
        } else {
            reasons.forEach(r -> err.println(r.describe(language)));
        }
        return reasons.stream().anyMatch(r -> UNREADABLE.contains(r.code())) ? ExitCodes.UNREADABLE : ExitCodes.REFUSED;
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
