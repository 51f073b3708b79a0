package kz.saruar.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import kz.saruar.model.Language;
import kz.saruar.model.decision.DecisionJson;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;

/**
 * How every command reports a refusal: its exit code (decided here, from the reason codes, and
 * nowhere else) and its one JSON shape ({@link DecisionJson}).
 */
public final class Problems {
    /** The codes of the one strict reader that mean the input could not be read at all. */
    private static final Set<String> UNREADABLE = Set.of("UNREADABLE", "NOT_UTF8", "FILE_NOT_FOUND", "NOT_A_FILE",
            "FILE_UNREADABLE", "FILE_UNWRITABLE", "TOO_LARGE");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Problems() {
    }

    /** {@link ExitCodes#UNREADABLE} when any reason says the input could not be read, else {@link ExitCodes#REFUSED}. */
    public static int exitCode(List<Reason> reasons) {
        return reasons.stream().anyMatch(r -> UNREADABLE.contains(r.code())) ? ExitCodes.UNREADABLE : ExitCodes.REFUSED;
    }

    /**
     * The heading of a file's problems: "cannot be read" only when one of them is a reading
     * problem (exit 2); a readable file with invalid content has "problems" (exit 1).
     */
    public static String fileHeading(Language language, Object file, List<Reason> reasons) {
        return (exitCode(reasons) == ExitCodes.UNREADABLE ? CliText.FILE_PROBLEMS_UNREADABLE : CliText.FILE_PROBLEMS)
                .get(language, file, reasons.size());
    }

    /**
     * Prints a refusal — as {@code {"accepted":false,"reasons":[…]}} on {@code out} when
     * {@code asJson}, else the heading and one line per reason on {@code err} — and returns its
     * exit code.
     */
    public static int report(List<Reason> reasons, String heading, Language language, boolean asJson,
            PrintWriter out, PrintWriter err) {
        if (asJson) {
            out.println(write(DecisionJson.refusal(reasons, language)));
            out.flush();
        } else {
            if (!heading.isEmpty()) {
                err.println(heading);
            }
            for (Reason r : reasons) {
                err.println((heading.isEmpty() ? "" : "  ") + r.describe(language));
            }
            err.flush();
        }
        return exitCode(reasons);
    }

    /** Prints an accepted value as {@code {"accepted":true,"value":…}} on {@code out}; returns {@link ExitCodes#OK}. */
    public static <T> int printAccepted(T value, Function<? super T, ? extends JsonNode> writer, Language language,
            PrintWriter out) {
        out.println(write(DecisionJson.toJson(Outcome.accepted(value), writer, language)));
        out.flush();
        return ExitCodes.OK;
    }

    /** Indented JSON text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
