package kz.saruar.cohort;

import com.google.common.collect.ImmutableSortedMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.RuleCheck;
import kz.saruar.model.lifecycle.AccelerationDeadline;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.DefenseOutcome;
import kz.saruar.model.lifecycle.ExpertGroupDecision;
import kz.saruar.model.lifecycle.LifecycleCommand;

/**
 * The JSON form of the lifecycle commands (APP-10..12, PRE-09, PRE-10, DEF-06..12, ACC-03,
 * EXT-02, EXT-04), as cohort events and COMMAND.json files carry them:
 * {@code {"type":"REJECT","reasonCode":"OUT_OF_SCOPE","shownToApplicant":true}}. The one place
 * that knows the lifecycle's command records; when {@code accelerator-model} gives the commands a
 * JSON form of their own, only this class changes.
 */
final class LifecycleCommandJson {
    private LifecycleCommandJson() {
    }

    /** A malformed command form; the message names the JSON path. */
    static final class BadForm extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;

        BadForm(String path, String message) {
            super(path + ": " + message);
            this.path = path;
        }
    }

    static ObjectNode write(LifecycleCommand c) {
        ObjectNode o = CohortJson.MAPPER.createObjectNode();
        o.put("type", c.code().name());
        if (c instanceof Commands.RecordFirstInterview x) {
            o.put("interviewDate", x.interviewDate().toString());
        } else if (c instanceof Commands.AdmitToPreAcceleration x) {
            o.set("admission", verdict(x.admission()));
        } else if (c instanceof Commands.Reject x) {
            o.put("reasonCode", x.reasonCode());
            o.put("shownToApplicant", x.shownToApplicant());
        } else if (c instanceof Commands.Expel x) {
            x.motivatedExplanation().ifPresent(t -> o.put("motivatedExplanation", t));
            x.decision().ifPresent(d -> o.putObject("decision").put("reference", d.reference()).put("date", d.date().toString()));
            ArrayNode g = o.putArray("grounds");
            x.grounds().forEach(g::add);
        } else if (c instanceof Commands.RecordDefense x) {
            o.put("total", x.outcome().total());
            o.put("band", x.outcome().band());
            o.put("passed", x.outcome().passed());
        } else if (c instanceof Commands.ApplyForAcceleration x) {
            o.put("applicationDate", x.applicationDate().toString());
            o.putObject("deadline").put("defenseDate", x.deadline().defenseDate().toString())
                    .put("lastDay", x.deadline().lastDay().toString());
        } else if (c instanceof Commands.RecommendForAcceleration x) {
            o.put("note", x.note());
        } else if (c instanceof Commands.EnterAcceleration x) {
            o.set("admission", verdict(x.admission()));
        } else if (c instanceof Commands.GrantAmbassadorStatus x) {
            o.put("criteriaMet", x.criteriaMet());
            o.put("criteriaAssessed", x.criteriaAssessed());
        } else if (c instanceof Commands.RecordCharacteristic x) {
            o.put("text", x.text());
        } else if (c instanceof Commands.RecordAmbassadorStep x) {
            o.put("step", x.step());
        } else if (c instanceof Commands.UpdateDocuments x) {
            ArrayNode a = o.putArray("documents");
            x.documents().forEach(a::add);
        } else if (c instanceof Commands.Withdraw x) {
            o.put("reason", x.reason());
        }
        return o;
    }

    /**
     * The command of this form. Fields the cohort decides itself may be left out: the acceleration
     * deadline and the verdicts.
     *
     * @throws BadForm naming the path of the first problem
     */
    static LifecycleCommand read(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw new BadForm(path, "expected an object with a \"type\"");
        }
        String type = text(n, "type", path);
        return switch (type) {
            case "PRESELECT" -> only(n, path, Set.of(), new Commands.Preselect());
            case "RECORD_FIRST_INTERVIEW" -> only(n, path, Set.of("interviewDate"),
                    new Commands.RecordFirstInterview(date(n, "interviewDate", path)));
            case "ADMIT_TO_PRE_ACCELERATION" -> only(n, path, Set.of("admission"),
                    new Commands.AdmitToPreAcceleration(verdict(n.get("admission"), path + ".admission")));
            case "REJECT" -> only(n, path, Set.of("reasonCode", "shownToApplicant"),
                    new Commands.Reject(text(n, "reasonCode", path), bool(n, "shownToApplicant", path)));
            case "EXPEL" -> only(n, path, Set.of("motivatedExplanation", "decision", "grounds"), new Commands.Expel(
                    optionalText(n, "motivatedExplanation", path), decision(n.get("decision"), path + ".decision"),
                    texts(n.get("grounds"), path + ".grounds")));
            case "RECORD_DEFENSE" -> only(n, path, Set.of("total", "band", "passed"), new Commands.RecordDefense(
                    DefenseOutcome.of(nonNegative(n, "total", path), text(n, "band", path), bool(n, "passed", path))));
            case "APPLY_FOR_ACCELERATION" -> {
                LocalDate applied = date(n, "applicationDate", path);
                AccelerationDeadline d = AccelerationDeadline.calendarDays(applied, 0);
                JsonNode dl = n.get("deadline");
                if (dl != null) {
                    String p = path + ".deadline";
                    LocalDate from = date(dl, "defenseDate", p);
                    LocalDate last = date(dl, "lastDay", p);
                    if (last.isBefore(from)) {
                        throw new BadForm(p, "lastDay is before defenseDate");
                    }
                    d = new AccelerationDeadline(from, last);
                }
                yield only(n, path, Set.of("applicationDate", "deadline"), new Commands.ApplyForAcceleration(applied, d));
            }
            case "RECOMMEND_FOR_ACCELERATION" -> only(n, path, Set.of("note"),
                    new Commands.RecommendForAcceleration(text(n, "note", path)));
            case "ENTER_ACCELERATION" -> only(n, path, Set.of("admission"),
                    new Commands.EnterAcceleration(verdict(n.get("admission"), path + ".admission")));
            case "GRADUATE" -> only(n, path, Set.of(), new Commands.Graduate());
            case "GRANT_AMBASSADOR_STATUS" -> only(n, path, Set.of("criteriaMet", "criteriaAssessed"),
                    new Commands.GrantAmbassadorStatus(nonNegative(n, "criteriaMet", path),
                            nonNegative(n, "criteriaAssessed", path)));
            case "RECORD_CHARACTERISTIC" -> only(n, path, Set.of("text"),
                    new Commands.RecordCharacteristic(text(n, "text", path)));
            case "RECORD_AMBASSADOR_STEP" -> only(n, path, Set.of("step"),
                    new Commands.RecordAmbassadorStep(text(n, "step", path)));
            case "UPDATE_DOCUMENTS" -> only(n, path, Set.of("documents"),
                    new Commands.UpdateDocuments(texts(n.get("documents"), path + ".documents")));
            case "WITHDRAW" -> only(n, path, Set.of("reason"), new Commands.Withdraw(text(n, "reason", path)));
            default -> throw new BadForm(path + ".type", "unknown lifecycle command \"" + type + "\"");
        };
    }

    static ArrayNode verdict(EligibilityVerdict v) {
        ArrayNode a = CohortJson.MAPPER.createArrayNode();
        for (RuleCheck c : v.checks()) {
            a.add(CohortJson.MAPPER.valueToTree(checkLine(c)));
        }
        return a;
    }

    static CohortEvent.CheckLine checkLine(RuleCheck c) {
        // built immutable at once: the event's constructor then keeps it without a copy
        ImmutableSortedMap.Builder<String, String> message = ImmutableSortedMap.naturalOrder();
        c.message().asMap().forEach((l, t) -> message.put(l.tag(), t));
        return new CohortEvent.CheckLine(c.rule().value(), c.requirement(), c.subject(), c.status(), c.figures(),
                message.build());
    }

    static RuleCheck ruleCheck(CohortEvent.CheckLine l) {
        EnumMap<Language, String> texts = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            String t = l.message().get(lang.tag());
            if (t != null) {
                texts.put(lang, t);
            }
        }
        return new RuleCheck(RuleId.of(l.rule()), l.requirement(), l.subject(), l.status(), l.figures(),
                LocalizedText.of(texts, List.of()));
    }

    private static EligibilityVerdict verdict(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return EligibilityVerdict.of(List.of());
        }
        if (!n.isArray()) {
            throw new BadForm(path, "expected an array of checks");
        }
        List<RuleCheck> checks = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            try {
                checks.add(ruleCheck(CohortJson.MAPPER.treeToValue(n.get(i), CohortEvent.CheckLine.class)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw new BadForm(path + "[" + i + "]", "not a check: " + e.getMessage());
            }
        }
        return EligibilityVerdict.of(checks);
    }

    private static Optional<ExpertGroupDecision> decision(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            throw new BadForm(path, "expected an object with reference and date");
        }
        return Optional.of(only(n, path, Set.of("reference", "date"),
                new ExpertGroupDecision(text(n, "reference", path), date(n, "date", path))));
    }

    private static <T> T only(JsonNode n, String path, Set<String> known, T value) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("type") && !known.contains(f)) {
                throw new BadForm(path + "." + f, "unknown field; known: " + known.stream().sorted().toList());
            }
        }
        return value;
    }

    static String text(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new BadForm(path + "." + field, "required, a string");
        }
        return v.textValue();
    }

    private static Optional<String> optionalText(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return Optional.of(text(n, field, path));
    }

    private static boolean bool(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || !v.isBoolean()) {
            throw new BadForm(path + "." + field, "required, true or false");
        }
        return v.booleanValue();
    }

    private static int integer(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new BadForm(path + "." + field, "required, a whole number");
        }
        return v.intValue();
    }

    private static int nonNegative(JsonNode n, String field, String path) {
        int i = integer(n, field, path);
        if (i < 0) {
            throw new BadForm(path + "." + field, "must not be negative: " + i);
        }
        return i;
    }

    static LocalDate date(JsonNode n, String field, String path) {
        String t = text(n, field, path);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new BadForm(path + "." + field, "not an ISO date such as 2026-03-02: \"" + t + "\"");
        }
    }

    private static List<String> texts(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new BadForm(path, "expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw new BadForm(path + "[" + i + "]", "expected a string");
            }
            out.add(n.get(i).textValue());
        }
        return out;
    }
}
