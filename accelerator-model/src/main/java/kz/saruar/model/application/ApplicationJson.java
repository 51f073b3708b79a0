package kz.saruar.model.application;

import kz.saruar.model.json.JsonLimits;
import kz.saruar.model.json.JsonReader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.validation.Problem;
import kz.saruar.model.validation.ProblemKind;

/**
 * Applications as JSON (APP-03..08): reading with every problem named by its JSON path and rule
 * ({@link JsonReader}), and writing, leaving personal data out unless asked
 * ({@link PersonalDataPolicy}).
 */
public final class ApplicationJson {
    private static final RuleId APP03 = RuleId.of("APP-03");

    private ApplicationJson() {
    }

    /** Reads an application with the default {@link JsonLimits}; the clock decides what "future" is. */
    public static ReadResult<ProjectApplication> read(String json, Clock clock) {
        return read(json, clock, JsonLimits.DEFAULT);
    }

    /** Reads an application with these limits. */
    public static ReadResult<ProjectApplication> read(String json, Clock clock, JsonLimits limits) {
        return ReadResult.from(reader(clock, limits).read(json, ProjectApplication.class));
    }

    /** Reads an application from a UTF-8 file; an unreadable file is a refusal, not an exception. */
    public static ReadResult<ProjectApplication> read(Path file, Clock clock) {
        return ReadResult.from(reader(clock, JsonLimits.DEFAULT).read(file, ProjectApplication.class));
    }

    private static JsonReader reader(Clock clock, JsonLimits limits) {
        return JsonReader.forRule(APP03).withClock(clock).withLimits(limits).withScriptCheck(APP03);
    }

    /** The text of a UTF-8 file, if it can be read and is valid UTF-8. */
    static java.util.Optional<String> readText(Path file, RuleId rule) {
        Objects.requireNonNull(file, "file");
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return java.util.Optional.of(text);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    static Problem unreadableFile(Path file, RuleId rule) {
        return Problem.of("$", rule, ProblemKind.UNREADABLE, "cannot read " + file.getFileName() + " as UTF-8 text");
    }

    /** Writes an application as JSON; personal data only with {@link PersonalDataPolicy#INCLUDE}. */
    public static String write(ProjectApplication application, PersonalDataPolicy policy) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(policy, "policy");
        try {
            JsonNode tree = JsonReader.MAPPER.valueToTree(application);
            if (policy == PersonalDataPolicy.OMIT) {
                ObjectNode o = (ObjectNode) tree;
                o.remove("applicant");
                JsonNode team = o.get("team");
                if (team != null) {
                    for (JsonNode m : team) {
                        ((ObjectNode) m).remove("person");
                    }
                }
            }
            return JsonReader.MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SaruarException("cannot write the application as JSON", e);
        }
    }
}
