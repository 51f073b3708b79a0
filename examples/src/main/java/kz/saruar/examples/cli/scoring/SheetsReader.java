package kz.saruar.examples.cli.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.Participant;
import kz.saruar.scoring.Project;
import kz.saruar.scoring.ScoreSheet;

/**
 * Reads a SHEETS.json file (DEF-03, DEF-04, DEF-09) into a {@link SheetsFile}, or lists every
 * structural problem with its JSON path: not JSON, a missing field, a string where a number
 * belongs, an unknown field. Whether the content is acceptable (scale, panel, conflicts) is the
 * library's decision, not the reader's.
 */
public final class SheetsReader {
    static final ZoneId ALMATY = kz.saruar.model.Kazakhstan.ZONE;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> TOP = Set.of("date", "panel", "projects", "sheets");
    private static final Set<String> PANEL = Set.of("jurors", "substitutes");
    private static final Set<String> JUROR = Set.of("id", "role", "name");
    private static final Set<String> PROJECT = Set.of("id", "name", "appliedAt", "team", "mentorExpert");
    private static final Set<String> MEMBER = Set.of("id", "name");
    private static final Set<String> SHEET = Set.of("juror", "project", "scores", "comment");

    private final List<String> problems = new ArrayList<>();

    private SheetsReader() {
    }

    /** The file's contents, or every problem as {@code $.path: message}. */
    public static Result read(String json) {
        return new SheetsReader().parse(json);
    }

    /** Either the contents or the problems. */
    public record Result(Optional<SheetsFile> file, List<String> problems) {
        /** Copies the list. */
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private Result parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return new Result(Optional.empty(), List.of("$: not JSON: " + e.getOriginalMessage() + where));
        }
        if (root == null || !root.isObject()) {
            return new Result(Optional.empty(), List.of("$: expected a JSON object with panel, projects and sheets"));
        }
        fields(root, "$", TOP);
        Optional<LocalDate> date = Optional.empty();
        if (root.has("date")) {
            date = date(root.get("date"), "$.date");
        }
        List<Juror> jurors = jurors(root.path("panel"), "$.panel", "jurors", true);
        List<Juror> substitutes = jurors(root.path("panel"), "$.panel", "substitutes", false);
        if (root.path("panel").isObject()) {
            fields(root.get("panel"), "$.panel", PANEL);
        } else {
            problems.add("$.panel: required, an object with jurors (and optional substitutes)");
        }
        List<Project> projects = new ArrayList<>();
        JsonNode ps = array(root, "projects", "$.projects", true);
        for (int i = 0; ps != null && i < ps.size(); i++) {
            project(ps.get(i), "$.projects[" + i + "]").ifPresent(projects::add);
        }
        List<ScoreSheet> sheets = new ArrayList<>();
        JsonNode ss = array(root, "sheets", "$.sheets", true);
        for (int i = 0; ss != null && i < ss.size(); i++) {
            sheet(ss.get(i), "$.sheets[" + i + "]").ifPresent(sheets::add);
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new SheetsFile(date, Panel.of(jurors, substitutes), projects, sheets)), List.of());
    }

    private List<Juror> jurors(JsonNode panel, String path, String field, boolean required) {
        List<Juror> out = new ArrayList<>();
        if (!panel.isObject()) {
            return out;
        }
        JsonNode a = array(panel, field, path + "." + field, required);
        for (int i = 0; a != null && i < a.size(); i++) {
            String p = path + "." + field + "[" + i + "]";
            JsonNode j = a.get(i);
            if (!object(j, p)) {
                continue;
            }
            fields(j, p, JUROR);
            Optional<String> id = text(j, "id", p, true);
            Optional<String> role = text(j, "role", p, true);
            Optional<String> name = text(j, "name", p, false);
            if (id.isPresent() && role.isPresent()) {
                out.add(new Juror(id.get(), role.get(), name));
            }
        }
        return out;
    }

    private Optional<Project> project(JsonNode n, String p) {
        if (!object(n, p)) {
            return Optional.empty();
        }
        fields(n, p, PROJECT);
        Optional<String> id = text(n, "id", p, true);
        Optional<String> name = text(n, "name", p, true);
        Optional<Instant> applied = Optional.empty();
        if (n.has("appliedAt")) {
            applied = instant(n.get("appliedAt"), p + ".appliedAt");
        } else {
            problems.add(p + ".appliedAt: required (ISO date or date-time; ranks ties, earlier first)");
        }
        List<Participant> team = new ArrayList<>();
        JsonNode t = array(n, "team", p + ".team", false);
        for (int i = 0; t != null && i < t.size(); i++) {
            String mp = p + ".team[" + i + "]";
            if (!object(t.get(i), mp)) {
                continue;
            }
            fields(t.get(i), mp, MEMBER);
            Optional<String> mid = text(t.get(i), "id", mp, true);
            Optional<String> mname = text(t.get(i), "name", mp, true);
            if (mid.isPresent() && mname.isPresent()) {
                team.add(Participant.of(mid.get(), mname.get()));
            }
        }
        Optional<String> mentor = text(n, "mentorExpert", p, false);
        if (id.isEmpty() || name.isEmpty() || applied.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Project(id.get(), name.get(), applied.get(), team, mentor));
    }

    private Optional<ScoreSheet> sheet(JsonNode n, String p) {
        if (!object(n, p)) {
            return Optional.empty();
        }
        fields(n, p, SHEET);
        Optional<String> juror = text(n, "juror", p, true);
        Optional<String> project = text(n, "project", p, true);
        Optional<String> comment = text(n, "comment", p, false);
        Map<String, Integer> scores = new LinkedHashMap<>();
        JsonNode s = n.get("scores");
        boolean ok = true;
        if (s == null || s.isNull()) {
            problems.add(p + ".scores: required, an object of criterion code to score");
            ok = false;
        } else if (!s.isObject()) {
            problems.add(p + ".scores: expected an object of criterion code to score, found " + kind(s));
            ok = false;
        } else {
            for (Map.Entry<String, JsonNode> e : s.properties()) {
                JsonNode v = e.getValue();
                if (v.isIntegralNumber() && v.canConvertToInt()) {
                    scores.put(e.getKey(), v.intValue());
                } else {
                    problems.add(p + ".scores." + e.getKey() + ": expected a whole number, found " + kind(v)
                            + " " + v);
                    ok = false;
                }
            }
        }
        if (!ok || juror.isEmpty() || project.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScoreSheet(juror.get(), project.get(), scores, comment));
    }

    private JsonNode array(JsonNode parent, String field, String path, boolean required) {
        JsonNode a = parent.get(field);
        if (a == null || a.isNull()) {
            if (required) {
                problems.add(path + ": required, an array");
            }
            return null;
        }
        if (!a.isArray()) {
            problems.add(path + ": expected an array, found " + kind(a));
            return null;
        }
        return a;
    }

    private boolean object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            problems.add(path + ": expected an object, found " + kind(n));
            return false;
        }
        return true;
    }

    private Optional<String> text(JsonNode n, String field, String path, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(path + "." + field + ": required, a string");
            }
            return Optional.empty();
        }
        if (!v.isTextual()) {
            problems.add(path + "." + field + ": expected a string, found " + kind(v) + " " + v);
            return Optional.empty();
        }
        if (required && v.textValue().isBlank()) {
            problems.add(path + "." + field + ": must not be blank");
            return Optional.empty();
        }
        return Optional.of(v.textValue());
    }

    private Optional<LocalDate> date(JsonNode v, String path) {
        if (!v.isTextual()) {
            problems.add(path + ": expected an ISO date such as \"2020-11-20\", found " + kind(v) + " " + v);
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.textValue()));
        } catch (DateTimeParseException e) {
            problems.add(path + ": not an ISO date such as \"2020-11-20\": \"" + v.textValue() + "\"");
            return Optional.empty();
        }
    }

    /** An ISO date-time with offset, an instant, or a date (the start of that day in Almaty). */
    private Optional<Instant> instant(JsonNode v, String path) {
        if (v.isTextual()) {
            String s = v.textValue();
            try {
                return Optional.of(OffsetDateTime.parse(s).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(LocalDate.parse(s).atStartOfDay(ALMATY).toInstant());
                } catch (DateTimeParseException e2) {
                    problems.add(path + ": not an ISO date or date-time with offset: \"" + s + "\"");
                    return Optional.empty();
                }
            }
        }
        problems.add(path + ": expected an ISO date or date-time string, found " + kind(v) + " " + v);
        return Optional.empty();
    }

    private void fields(JsonNode n, String path, Set<String> known) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                problems.add(path + "." + f + ": unknown field; known: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
