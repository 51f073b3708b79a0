package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.saruar.model.decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FMT-01: the published JSON Schema (checked by an independent validator) and the loader give the
 * same verdict on the standard file and on structurally broken ones. Semantic rules (bands, jury
 * sums, references) are the loader's alone and are tested elsewhere.
 */
class SchemaAgreementTest {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ReferenceDocs.methodologySchema());

    static Stream<Arguments> files() {
        Map<String, Consumer<ObjectNode>> cases = new LinkedHashMap<>();
        cases.put("the standard file", t -> { });
        cases.put("a string where a number goes", t -> ((ObjectNode) t.get("defense")).put("passThreshold", "75"));
        cases.put("an unknown field", t -> t.put("colour", "blue"));
        cases.put("a missing field", t -> ((ObjectNode) t.get("acceleration")).remove("durationMonths"));
        cases.put("a missing language", t -> ((ObjectNode) t.get("principles").get(0).get("name")).remove("en"));
        cases.put("an unknown enum value", t -> ((ObjectNode) t.get("defense")).put("conflictPolicy", "VOTE"));
        cases.put("a zero duration", t -> ((ObjectNode) t.get("preAcceleration")).put("durationMonths", 0));
        cases.put("a negative module length", t -> ((ObjectNode) t.get("acceleration").get("modules").get(1))
                .put("hours", -1));
        cases.put("a malformed code", t -> ((ObjectNode) t.get("principles").get(0)).put("code", "pragmatism"));
        cases.put("an object where a list goes", t -> t.set("principles", t.objectNode()));
        cases.put("a malformed rule id", t -> ((ObjectNode) t.get("rules").get(0)).put("id", "CAT1"));
        cases.put("optional threshold removed", t -> ((ObjectNode) t.get("defense")).remove("passThreshold"));
        cases.put("a boolean as text", t -> ((ObjectNode) t.get("ledger")).put("retirePointsPaidToBusinesses",
                "yes"));
        cases.put("an extra field in a text", t -> ((ObjectNode) t.get("principles").get(0).get("name"))
                .put("de", "Pragmatismus"));
        return cases.entrySet().stream().map(e -> {
            ObjectNode tree = MethodologyLoader.standardTree();
            e.getValue().accept(tree);
            return Arguments.of(e.getKey(), tree);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void FMT_01_schema_and_loader_agree(String name, JsonNode file) {
        Set<ValidationMessage> schemaErrors = SCHEMA.validate(file);
        Outcome<Methodology> loader = Methodology.loader().withoutDiscovery().parse(file.toString());
        assertThat(loader.accepted()).as("loader verdict for %s; schema says %s, loader says %s", name,
                schemaErrors, loader.reasons()).isEqualTo(schemaErrors.isEmpty());
    }
}
