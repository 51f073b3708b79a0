package kz.saruar.examples.cli.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.saruar.examples.cli.Problems;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Problem;

/** What the commands of this package share: JSON output, problems, the clock. */
final class Output {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Output() {
    }

    static ObjectNode text(LocalizedText t) {
        ObjectNode o = F.objectNode();
        for (Language l : Language.values()) {
            o.put(l.tag(), t.get(l));
        }
        return o;
    }

    static String json(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints problems and returns the exit code: 2 when the input is unreadable, else 1. */
    static int problems(List<Problem> problems, Language language, boolean asJson, PrintWriter out, PrintWriter err) {
        if (asJson) {
            ObjectNode o = F.objectNode().put("status", "REFUSED");
            o.set("problems", Problems.toJson(problems));
            out.println(json(o));
        } else {
            for (Problem p : problems) {
                err.println(p.describe(language));
            }
        }
        return Problems.exitCode(problems);
    }

    /** A clock at noon of the given day in Kazakhstan, or the system clock. */
    static Clock clock(Optional<LocalDate> on) {
        ZoneId zone = kz.saruar.model.Kazakhstan.ZONE;
        return on.map(d -> Clock.fixed(d.atTime(12, 0).atZone(zone).toInstant(), zone)).orElseGet(() -> Clock.system(zone));
    }

    /** The file's text, or empty after saying on {@code err} that it cannot be read. */
    static Optional<String> read(Path file, PrintWriter err) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + file + ": " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    static String name(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
