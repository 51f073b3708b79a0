package kz.saruar.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.model.privacy.PersonalDataCipher;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.SaruarException;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.EligibilityCheck;
import kz.saruar.model.application.EligibilityChecks;
import kz.saruar.model.application.PersonalData;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.json.JsonLimits;
import kz.saruar.model.json.JsonReader;

/**
 * The cohort's use of applications and eligibility (APP-01..08, DEF-12): validating an
 * application through the model's reader, sealing each person's {@code PersonalData} for an event
 * and opening it again, and running the named {@link EligibilityChecks}. The one place that knows
 * the application's JSON form and the model's reading API.
 */
final class Applications {
    /** The checks a {@code CheckEligibility} command may name. */
    static final Map<String, EligibilityCheck> CHECKS = ImmutableMap.<String, EligibilityCheck>builder()
            .put("COMPETITION", EligibilityChecks.COMPETITION)
            .put("APP_01", EligibilityChecks.APP_01).put("APP_02", EligibilityChecks.APP_02)
            .put("APP_03", EligibilityChecks.APP_03).put("APP_04", EligibilityChecks.APP_04)
            .put("APP_05", EligibilityChecks.APP_05).put("APP_06", EligibilityChecks.APP_06)
            .put("APP_07", EligibilityChecks.APP_07).put("APP_08", EligibilityChecks.APP_08)
            .put("DEF_12", EligibilityChecks.DEF_12)
            .build();

    /** An application's JSON without personal data, and each person's data sealed. */
    record Sealed(ObjectNode application, List<CohortEvent.SealedPerson> persons) {
    }

    /** An application opened from an event, and its people. */
    record Opened(String project, ProjectApplication application, List<PersonView> persons) {
    }

    /** The application as its event will open it, from the validated value (no second read). */
    static Opened opened(String project, ProjectApplication application) {
        List<PersonView> views = new ArrayList<>();
        views.add(new PersonView(applicantId(project), "$.applicant", Optional.of(application.applicant())));
        for (int i = 0; i < application.team().size(); i++) {
            views.add(new PersonView(memberId(project, i), "$.team[" + i + "].person",
                    Optional.of(application.team().get(i).person())));
        }
        return new Opened(project, application, views);
    }

    private Applications() {
    }

    static String applicantId(String project) {
        return project + "/applicant";
    }

    static String memberId(String project, int index) {
        return project + "/team/" + index;
    }

    /**
     * An application of a command as its JSON tree, built once from the value (no text written and
     * parsed back): the command's fingerprint, the validation and the sealed event are all taken
     * from it.
     */
    record Written(ProjectApplication application, ObjectNode tree) {
        /** The application's JSON without personal data, as {@code ApplicationJson.write(a, OMIT)} writes it. */
        String withoutPersonalData() {
            return JsonReader.toText(ApplicationJson.withoutPersonalData(tree), true);
        }
    }

    static Written written(ProjectApplication application) {
        return new Written(application, (ObjectNode) JsonReader.toTree(application));
    }

    /**
     * The application as the model's reader accepts it (APP-03..08), or every problem; the written
     * tree is completed with the reader's defaults, as the event will carry it.
     */
    static Outcome<ProjectApplication> validate(Written w, Instant at) {
        Clock clock = Clock.fixed(at, Kazakhstan.ZONE);
        if (lengthBound(w.tree(), 0) > JsonLimits.DEFAULT.maxInputChars()) {
            // perhaps larger than a text input may be: written out, it is refused as such a text is
            String json = ApplicationJson.write(w.application(), PersonalDataPolicy.INCLUDE);
            if (json.length() > JsonLimits.DEFAULT.maxInputChars()) {
                return ApplicationJson.read(json, clock);
            }
        }
        return ApplicationJson.checkWritten(w.application(), w.tree(), clock);
    }

    /**
     * At least the length of the tree's indented text, without writing it: each node on a line of
     * its own, indented, and each string with every character escaped.
     */
    static long lengthBound(JsonNode n, int depth) {
        long own = 2L * depth + 8;
        if (n.isTextual()) {
            return own + 6L * n.textValue().length() + 2;
        }
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                own += 6L * f.getKey().length() + 4 + lengthBound(f.getValue(), depth + 1);
            }
            return own;
        }
        if (n instanceof ArrayNode a) {
            for (JsonNode e : a) {
                own += lengthBound(e, depth + 1);
            }
            return own;
        }
        return own + n.asText().length();
    }

    /** The validated application's event form: the written tree without personal data, each person sealed. */
    static Sealed seal(String project, Written w, PersonKeys keys) {
        ObjectNode tree = w.tree();
        List<CohortEvent.SealedPerson> persons = new ArrayList<>();
        JsonNode applicant = tree.remove("applicant");
        persons.add(sealOne(applicantId(project), "$.applicant", applicant, keys));
        JsonNode team = tree.get("team");
        for (int i = 0; team != null && i < team.size(); i++) {
            JsonNode person = ((ObjectNode) team.get(i)).remove("person");
            persons.add(sealOne(memberId(project, i), "$.team[" + i + "].person", person, keys));
        }
        return new Sealed(tree, persons);
    }

    private static CohortEvent.SealedPerson sealOne(String personId, String path, JsonNode data, PersonKeys keys) {
        SecretKey key = keys.keyFor(personId);
        byte[] plain;
        try {
            plain = CohortJson.MAPPER.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write personal data as JSON", e);
        }
        return new CohortEvent.SealedPerson(personId, path, PersonalDataCipher.seal(key, personId, plain));
    }

    /**
     * The application of an event with each person's data opened, or the erased placeholder when
     * the person's key is gone.
     */
    static Opened open(ObjectNode application, List<CohortEvent.SealedPerson> persons, PersonKeys keys, Instant at,
            long position) {
        String project = "";
        ObjectNode tree = application.deepCopy();
        List<PersonView> views = new ArrayList<>();
        for (CohortEvent.SealedPerson p : persons) {
            Optional<JsonNode> data = keys.find(p.personId())
                    .flatMap(k -> PersonalDataCipher.open(k, p.personId(), p.sealed()))
                    .map(b -> readTree(b, position));
            JsonNode value = data.orElseGet(() -> CohortJson.MAPPER.createObjectNode().put("fullName", PersonView.ERASED));
            place(tree, p.path(), value, position);
            Optional<PersonalData> pd = data.map(d -> personalData(d, position));
            views.add(new PersonView(p.personId(), p.path(), pd));
        }
        Outcome<ProjectApplication> read = ApplicationJson.read(tree.toString(), Clock.fixed(at, Kazakhstan.ZONE));
        ProjectApplication app = read.value().orElseThrow(() -> new UnreadableEventException(position,
                LocalizedText.message("жазылған өтінім енді оқылмайды: {0} мәселе, біріншісі {1} орнында",
                        "записанная заявка больше не читается: проблем {0}, первая в {1}",
                        "the recorded application no longer reads: {0} problem(s), first at {1}", read.reasons().size(),
                        read.reasons().get(0).subject())));
        return new Opened(project, app, views);
    }

    static JsonNode readTree(byte[] b, long position) {
        try {
            return CohortJson.MAPPER.readTree(new String(b, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException(position, LocalizedText.message("шифрланған жеке деректер JSON емес",
                    "зашифрованные персональные данные не являются JSON", "sealed personal data is not JSON"));
        }
    }

    static PersonalData personalData(JsonNode d, long position) {
        try {
            return CohortJson.MAPPER.treeToValue(d, PersonalData.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException(position, LocalizedText.message(
                    "шифрланған жеке деректер жеке деректердің пішініне сай емес",
                    "зашифрованные персональные данные не соответствуют форме персональных данных",
                    "sealed personal data does not match PersonalData"));
        }
    }

    static void place(ObjectNode tree, String path, JsonNode value, long position) {
        if (path.equals("$.applicant")) {
            tree.set("applicant", value);
            return;
        }
        if (path.startsWith("$.team[") && path.endsWith("].person")) {
            int i = Integer.parseInt(path.substring("$.team[".length(), path.length() - "].person".length()));
            JsonNode team = tree.get("team");
            if (team instanceof ArrayNode a && i < a.size() && a.get(i) instanceof ObjectNode m) {
                m.set("person", value);
                return;
            }
        }
        throw new UnreadableEventException(position, LocalizedText.message("шифрланған тұлға белгісіз жолда тұр: {0}",
                "зашифрованное лицо находится по неизвестному пути {0}", "a sealed person sits at an unknown path {0}", path));
    }

    /** The verdict of a named check on the application, decided on the day of {@code at}. */
    static kz.saruar.model.application.EligibilityVerdict check(String name, ProjectApplication application,
            kz.saruar.model.methodology.Methodology methodology, Instant at) {
        return CHECKS.get(name).check(application, methodology, Clock.fixed(at, Kazakhstan.ZONE));
    }
}
