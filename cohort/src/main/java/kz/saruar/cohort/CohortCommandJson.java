package kz.saruar.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.ScoreSheet;

/**
 * The JSON form of every {@link CohortCommand} (docs/events.md, "Commands"): a {@code type}, the
 * idempotency {@code key}, the {@code actor} ({@code id}, {@code role}) and the command's fields,
 * e.g. {@code {"type":"Lifecycle","key":"k-1","actor":{"id":"org-1","role":"ORGANIZER"},
 * "project":"P-01","command":{"type":"PRESELECT"}}}. Reading is strict (the model's
 * {@link JsonReader}: UTF-8, duplicate keys, limits) and refuses with every problem's JSON path.
 */
public final class CohortCommandJson {
    private static final RuleId APP03 = Rules.APP_03;
    private static final Set<String> COMMON = Set.of("type", "key", "actor");

    private CohortCommandJson() {
    }

    /** The command in its JSON form; an application is written with its personal data (the input form). */
    public static ObjectNode write(CohortCommand c) {
        ObjectNode o = CohortJson.MAPPER.createObjectNode();
        o.put("type", c.type());
        o.put("key", c.key());
        o.putObject("actor").put("id", c.actor().id()).put("role", c.actor().role().name());
        if (c instanceof CohortCommand.SubmitApplication x) {
            o.put("project", x.project());
            o.set("application", applicationTree(x.application()));
        } else if (c instanceof CohortCommand.UpdateApplication x) {
            o.put("project", x.project());
            o.set("application", applicationTree(x.application()));
        } else if (c instanceof CohortCommand.CheckEligibility x) {
            o.put("project", x.project()).put("check", x.check());
        } else if (c instanceof CohortCommand.Lifecycle x) {
            o.put("project", x.project());
            o.set("command", LifecycleCommandJson.write(x.command()));
        } else if (c instanceof CohortCommand.HoldDefense x) {
            o.put("date", x.date().toString());
            ObjectNode panel = o.putObject("panel");
            jurors(panel.putArray("jurors"), x.panel().jurors());
            jurors(panel.putArray("substitutes"), x.panel().substitutes());
            ArrayNode ps = o.putArray("projects");
            x.projects().forEach(ps::add);
            ObjectNode me = o.putObject("mentorExperts");
            x.mentorExperts().forEach(me::put);
            ArrayNode sheets = o.putArray("sheets");
            for (ScoreSheet s : x.sheets()) {
                ObjectNode n = sheets.addObject().put("juror", s.jurorId()).put("project", s.projectId());
                ObjectNode scores = n.putObject("scores");
                s.scores().forEach(scores::put);
                s.comment().ifPresent(t -> n.put("comment", t));
            }
        } else if (c instanceof CohortCommand.PublishAvailability x) {
            o.put("expert", x.expert()).put("start", at(x.start())).put("end", at(x.end()));
        } else if (c instanceof CohortCommand.BookConsultation x) {
            o.put("project", x.project()).put("expert", x.expert()).put("start", at(x.start()));
        } else if (c instanceof CohortCommand.MarkConsultationHeld x) {
            o.put("consultation", x.consultation());
        } else if (c instanceof CohortCommand.CancelConsultation x) {
            o.put("consultation", x.consultation());
        } else if (c instanceof CohortCommand.RecordConsultationNoShow x) {
            o.put("consultation", x.consultation()).put("party", x.party());
        } else if (c instanceof CohortCommand.IssueCertificates x) {
            o.put("project", x.project()).put("kind", x.kind()).put("from", x.from().toString()).put("to", x.to().toString());
        } else if (c instanceof CohortCommand.ErasePersonalData x) {
            o.put("person", x.person());
        }
        return o;
    }

    private static String at(Instant i) {
        return OffsetDateTime.ofInstant(i, kz.saruar.model.Kazakhstan.ZONE).toString();
    }

    private static void jurors(ArrayNode a, List<Juror> jurors) {
        for (Juror j : jurors) {
            ObjectNode n = a.addObject().put("id", j.id()).put("role", j.role());
            j.name().ifPresent(t -> n.put("name", t));
        }
    }

    private static JsonNode applicationTree(ProjectApplication a) {
        try {
            return CohortJson.MAPPER.readTree(ApplicationJson.write(a, PersonalDataPolicy.INCLUDE));
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write the application as JSON", e);
        }
    }

    /** Reads a command; the clock decides what a "future" date of birth is in an application. */
    public static Outcome<CohortCommand> read(String json, Clock clock) {
        Outcome<JsonNode> tree = JsonReader.forRule(APP03).readTree(json);
        if (tree.refused()) {
            return Outcome.refused(tree.reasons());
        }
        return read(tree.value().orElseThrow(), clock);
    }

    /** Reads a command from a parsed tree. */
    public static Outcome<CohortCommand> read(JsonNode n, Clock clock) {
        try {
            if (!n.isObject()) {
                throw new LifecycleCommandJson.BadForm("$", "expected an object with type, key and actor");
            }
            String type = LifecycleCommandJson.text(n, "type", "$");
            String key = LifecycleCommandJson.text(n, "key", "$");
            JsonNode a = n.get("actor");
            if (a == null || !a.isObject()) {
                throw new LifecycleCommandJson.BadForm("$.actor", "required, an object with id and role");
            }
            fields(a, "$.actor", Set.of("id", "role"));
            Actor actor;
            String role = LifecycleCommandJson.text(a, "role", "$.actor");
            try {
                actor = Actor.of(LifecycleCommandJson.text(a, "id", "$.actor"), ActorRole.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new LifecycleCommandJson.BadForm("$.actor", "not an actor (roles: "
                        + List.of(ActorRole.values()) + "): " + e.getMessage());
            }
            CohortCommand c = switch (type) {
                case "SubmitApplication" -> {
                    fields(n, "$", Set.of("project", "application"));
                    Outcome<ProjectApplication> app = application(n.get("application"), clock);
                    if (app.refused()) {
                        yield null;
                    }
                    yield new CohortCommand.SubmitApplication(key, actor, text(n, "project"), app.orElseThrow());
                }
                case "UpdateApplication" -> {
                    fields(n, "$", Set.of("project", "application"));
                    Outcome<ProjectApplication> app = application(n.get("application"), clock);
                    if (app.refused()) {
                        yield null;
                    }
                    yield new CohortCommand.UpdateApplication(key, actor, text(n, "project"), app.orElseThrow());
                }
                case "CheckEligibility" -> {
                    fields(n, "$", Set.of("project", "check"));
                    yield new CohortCommand.CheckEligibility(key, actor, text(n, "project"), text(n, "check"));
                }
                case "Lifecycle" -> {
                    fields(n, "$", Set.of("project", "command"));
                    yield new CohortCommand.Lifecycle(key, actor, text(n, "project"),
                            LifecycleCommandJson.read(n.get("command"), "$.command"));
                }
                case "HoldDefense" -> {
                    fields(n, "$", Set.of("date", "panel", "projects", "mentorExperts", "sheets"));
                    yield holdDefense(n, key, actor);
                }
                case "PublishAvailability" -> {
                    fields(n, "$", Set.of("expert", "start", "end"));
                    yield new CohortCommand.PublishAvailability(key, actor, text(n, "expert"), instant(n, "start"),
                            instant(n, "end"));
                }
                case "BookConsultation" -> {
                    fields(n, "$", Set.of("project", "expert", "start"));
                    yield new CohortCommand.BookConsultation(key, actor, text(n, "project"), text(n, "expert"),
                            instant(n, "start"));
                }
                case "MarkConsultationHeld" -> {
                    fields(n, "$", Set.of("consultation"));
                    yield new CohortCommand.MarkConsultationHeld(key, actor, text(n, "consultation"));
                }
                case "CancelConsultation" -> {
                    fields(n, "$", Set.of("consultation"));
                    yield new CohortCommand.CancelConsultation(key, actor, text(n, "consultation"));
                }
                case "RecordConsultationNoShow" -> {
                    fields(n, "$", Set.of("consultation", "party"));
                    yield new CohortCommand.RecordConsultationNoShow(key, actor, text(n, "consultation"),
                            text(n, "party"));
                }
                case "IssueCertificates" -> {
                    fields(n, "$", Set.of("project", "kind", "from", "to"));
                    yield new CohortCommand.IssueCertificates(key, actor, text(n, "project"), text(n, "kind"),
                            LifecycleCommandJson.date(n, "from", "$"), LifecycleCommandJson.date(n, "to", "$"));
                }
                case "ErasePersonalData" -> {
                    fields(n, "$", Set.of("person"));
                    yield new CohortCommand.ErasePersonalData(key, actor, text(n, "person"));
                }
                default -> throw new LifecycleCommandJson.BadForm("$.type", "unknown command type \"" + type
                        + "\"; the types are SubmitApplication, UpdateApplication, CheckEligibility, Lifecycle, "
                        + "HoldDefense, PublishAvailability, BookConsultation, MarkConsultationHeld, "
                        + "CancelConsultation, RecordConsultationNoShow, IssueCertificates, ErasePersonalData");
            };
            if (c == null) {
                return Outcome.refused(application(n.get("application"), clock).reasons());
            }
            return Outcome.accepted(c);
        } catch (LifecycleCommandJson.BadForm e) {
            return Outcome.refused(bad(e.path, e.getMessage()));
        } catch (IllegalArgumentException e) {
            // a value the command's record refuses (a blank key, a negative count): the form was read
            return Outcome.refused(bad("$", e.getMessage()));
        }
    }

    static Reason bad(String path, String message) {
        return Reason.of("INVALID_COMMAND", APP03, path, LocalizedText.message(
                "Команда дұрыс емес: {0}", "Команда неверна: {0}", "The command is invalid: {0}", message));
    }

    private static Outcome<ProjectApplication> application(JsonNode a, Clock clock) {
        if (a == null || !a.isObject()) {
            return Outcome.refused(bad("$.application", "required, an application object"));
        }
        Outcome<ProjectApplication> r = ApplicationJson.read(a.toString(), clock);
        if (r.accepted()) {
            return r;
        }
        List<Reason> out = new ArrayList<>();
        r.reasons().forEach(p -> out.add(new Reason(p.code(), p.rules(),
                p.subject().replaceFirst("^\\$", "\\$.application"), p.figures(), p.message())));
        return Outcome.refused(out);
    }

    private static CohortCommand holdDefense(JsonNode n, String key, Actor actor) {
        LocalDate date = LifecycleCommandJson.date(n, "date", "$");
        JsonNode panel = n.get("panel");
        if (panel == null || !panel.isObject()) {
            throw new LifecycleCommandJson.BadForm("$.panel", "required, an object with jurors");
        }
        fields(panel, "$.panel", Set.of("jurors", "substitutes"));
        List<Juror> jurors = jurors(panel.get("jurors"), "$.panel.jurors");
        List<Juror> subs = panel.has("substitutes") ? jurors(panel.get("substitutes"), "$.panel.substitutes") : List.of();
        List<String> projects = new ArrayList<>();
        JsonNode ps = array(n.get("projects"), "$.projects");
        for (int i = 0; i < ps.size(); i++) {
            if (!ps.get(i).isTextual()) {
                throw new LifecycleCommandJson.BadForm("$.projects[" + i + "]", "expected a project id");
            }
            projects.add(ps.get(i).textValue());
        }
        Map<String, String> mentors = new LinkedHashMap<>();
        JsonNode me = n.get("mentorExperts");
        if (me != null) {
            if (!me.isObject()) {
                throw new LifecycleCommandJson.BadForm("$.mentorExperts", "expected an object of project id to expert id");
            }
            for (Map.Entry<String, JsonNode> e : me.properties()) {
                mentors.put(e.getKey(), LifecycleCommandJson.text(me, e.getKey(), "$.mentorExperts"));
            }
        }
        List<ScoreSheet> sheets = new ArrayList<>();
        JsonNode ss = array(n.get("sheets"), "$.sheets");
        for (int i = 0; i < ss.size(); i++) {
            String p = "$.sheets[" + i + "]";
            JsonNode s = ss.get(i);
            if (!s.isObject()) {
                throw new LifecycleCommandJson.BadForm(p, "expected a score sheet");
            }
            fields(s, p, Set.of("juror", "project", "scores", "comment"));
            JsonNode sc = s.get("scores");
            if (sc == null || !sc.isObject()) {
                throw new LifecycleCommandJson.BadForm(p + ".scores", "required, an object of criterion code to score");
            }
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : sc.properties()) {
                if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt()) {
                    throw new LifecycleCommandJson.BadForm(p + ".scores." + e.getKey(), "expected a whole number");
                }
                scores.put(e.getKey(), e.getValue().intValue());
            }
            Optional<String> comment = s.has("comment") ? Optional.of(LifecycleCommandJson.text(s, "comment", p))
                    : Optional.empty();
            sheets.add(new ScoreSheet(LifecycleCommandJson.text(s, "juror", p), LifecycleCommandJson.text(s, "project", p),
                    scores, comment));
        }
        return new CohortCommand.HoldDefense(key, actor, date, Panel.of(jurors, subs), projects, mentors, sheets);
    }

    private static List<Juror> jurors(JsonNode a, String path) {
        JsonNode arr = array(a, path);
        List<Juror> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode j = arr.get(i);
            if (!j.isObject()) {
                throw new LifecycleCommandJson.BadForm(p, "expected a juror with id and role");
            }
            fields(j, p, Set.of("id", "role", "name"));
            Optional<String> name = j.has("name") ? Optional.of(LifecycleCommandJson.text(j, "name", p)) : Optional.empty();
            out.add(new Juror(LifecycleCommandJson.text(j, "id", p), LifecycleCommandJson.text(j, "role", p), name));
        }
        return out;
    }

    private static JsonNode array(JsonNode a, String path) {
        if (a == null || !a.isArray()) {
            throw new LifecycleCommandJson.BadForm(path, "required, an array");
        }
        return a;
    }

    private static String text(JsonNode n, String field) {
        return LifecycleCommandJson.text(n, field, "$");
    }

    private static Instant instant(JsonNode n, String field) {
        String t = text(n, field);
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new LifecycleCommandJson.BadForm("$." + field, "not an ISO date-time with offset such as "
                    + "2026-03-10T11:00:00+05:00: \"" + t + "\"");
        }
    }

    private static void fields(JsonNode n, String path, Set<String> known) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f) && !(path.equals("$") && COMMON.contains(f))) {
                throw new LifecycleCommandJson.BadForm(path + "." + f, "unknown field");
            }
        }
    }
}
