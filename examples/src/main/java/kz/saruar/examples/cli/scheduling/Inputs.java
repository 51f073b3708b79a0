package kz.saruar.examples.cli.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.scheduling.Refusal;

/** Reading the scheduling commands' JSON inputs with messages that name the field and quote the value. */
final class Inputs {
    private Inputs() {
    }

    static JsonNode read(Path file) throws InputException {
        try {
            return new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static JsonNode field(JsonNode node, String path, String name) throws InputException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new InputException("missing field " + path + "." + name);
        }
        return v;
    }

    static String text(JsonNode node, String path, String name) throws InputException {
        JsonNode v = field(node, path, name);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InputException(path + "." + name + " is not a non-blank string: " + v);
        }
        return v.asText();
    }

    static LocalDate date(JsonNode node, String path, String name) throws InputException {
        String s = text(node, path, name);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InputException(path + "." + name + " is not a date like 2026-03-02: \"" + s + "\"", e);
        }
    }

    static LocalTime time(JsonNode node, String path, String name) throws InputException {
        String s = text(node, path, name);
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            throw new InputException(path + "." + name + " is not a time like 10:00: \"" + s + "\"", e);
        }
    }

    static Instant instant(JsonNode node, String path, String name) throws InputException {
        String s = text(node, path, name);
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new InputException(path + "." + name + " is not a date-time with offset like 2026-03-10T10:00+05:00: \""
                    + s + "\"", e);
        }
    }

    static void printRefusals(PrintWriter out, List<Refusal> refusals, Language language) {
        for (Refusal r : refusals) {
            out.println("  - " + r.describe(language));
        }
    }
}
