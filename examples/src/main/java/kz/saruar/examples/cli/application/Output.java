package kz.saruar.examples.cli.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/** What the commands of this package share: JSON texts, the clock. */
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

    /** A clock at noon of the given day in Kazakhstan, or the system clock. */
    static Clock clock(Optional<LocalDate> on) {
        ZoneId zone = kz.saruar.model.Kazakhstan.ZONE;
        return on.map(d -> Clock.fixed(d.atTime(12, 0).atZone(zone).toInstant(), zone)).orElseGet(() -> Clock.system(zone));
    }

    static String name(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
