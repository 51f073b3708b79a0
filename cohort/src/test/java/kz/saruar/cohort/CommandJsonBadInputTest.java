package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.lifecycle.Commands;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the command reader (APP-03: the cohort's commands as JSON): every field of every
 * command type removed, nulled or given another type is a refusal naming a path, never an
 * exception; the commands themselves read back as they were written.
 */
class CommandJsonBadInputTest {
    private static final Fixture.TestClock CLOCK = new Fixture.TestClock(Fixture.START);
    private static final Instant AT = Journey.at("2026-03-10T11:00:00+05:00");

    private static List<CohortCommand> everyType() {
        return List.of(
                new CohortCommand.SubmitApplication("k1", Fixture.TEAM, "P-01", Fixture.application()),
                new CohortCommand.UpdateApplication("k2", Fixture.TEAM, "P-01", Fixture.application()),
                new CohortCommand.CheckEligibility("k3", Fixture.ORGANIZER, "P-01", "COMPETITION"),
                new CohortCommand.Lifecycle("k4", Fixture.ORGANIZER, "P-01", new Commands.Reject("LATE", false)),
                new CohortCommand.HoldDefense("k5", Fixture.JURY, LocalDate.of(2026, 4, 30), Journey.PANEL,
                        List.of("P-01"), Map.of(), Journey.sheets("P-01", 3)),
                new CohortCommand.PublishAvailability("k6", Fixture.EXPERTS, "EXP-9", AT, AT.plusSeconds(3600)),
                new CohortCommand.BookConsultation("k7", Fixture.TEAM, "P-01", "EXP-9", AT),
                new CohortCommand.MarkConsultationHeld("k8", Fixture.EXPERTS, "C1"),
                new CohortCommand.CancelConsultation("k9", Fixture.TEAM, "C1"),
                new CohortCommand.RecordConsultationNoShow("k10", Fixture.EXPERTS, "C1", "EXPERT"),
                new CohortCommand.IssueCertificates("k11", Fixture.ORGANIZER, "P-01", "PRE_ACCELERATION",
                        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30)),
                new CohortCommand.ErasePersonalData("k12", Fixture.ORGANIZER, "P-01/applicant"));
    }

    @Test
    void APP_03_every_command_type_reads_back_as_written() {
        for (CohortCommand c : everyType()) {
            assertThat(CohortCommandJson.read(CohortCommandJson.write(c).toString(), CLOCK).orElseThrow()).isEqualTo(c);
        }
    }

    @Test
    void APP_03_a_field_removed_nulled_or_of_another_type_is_refused_with_a_path_never_thrown() {
        int mutations = 0;
        for (CohortCommand c : everyType()) {
            ObjectNode json = CohortCommandJson.write(c);
            for (String path : paths(json, "", 2)) {
                for (Consumer<ObjectNode> change : changes(path)) {
                    ObjectNode bad = json.deepCopy();
                    change.accept(bad);
                    Outcome<CohortCommand> o = CohortCommandJson.read(bad, CLOCK);
                    mutations++;
                    if (o.refused()) {
                        assertThat(o.reasons()).as(c.type() + " " + path).allSatisfy(r -> {
                            assertThat(r.subject()).startsWith("$");
                            assertThat(r.message().get(Language.EN)).isNotBlank()
                                    .doesNotContain("NullPointerException").doesNotContain("null\"");
                        });
                    }
                }
            }
        }
        assertThat(mutations).as("mutations tried").isGreaterThan(200);
    }

    /** The paths of the object's fields down to {@code depth} levels, as dotted names. */
    private static List<String> paths(JsonNode n, String prefix, int depth) {
        List<String> out = new ArrayList<>();
        if (depth == 0 || !n.isObject()) {
            return out;
        }
        n.fieldNames().forEachRemaining(f -> {
            String p = prefix.isEmpty() ? f : prefix + "." + f;
            out.add(p);
            out.addAll(paths(n.get(f), p, depth - 1));
        });
        return out;
    }

    private static List<Consumer<ObjectNode>> changes(String path) {
        return List.of(o -> parent(o, path).remove(last(path)),
                o -> parent(o, path).putNull(last(path)),
                o -> parent(o, path).put(last(path), 7),
                o -> parent(o, path).put(last(path), "x"),
                o -> parent(o, path).set(last(path), JsonNodeFactory.instance.objectNode()),
                o -> parent(o, path).set(last(path), JsonNodeFactory.instance.arrayNode().add(1)));
    }

    private static ObjectNode parent(ObjectNode root, String path) {
        ObjectNode o = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            o = (ObjectNode) o.get(parts[i]);
        }
        return o;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
