package kz.saruar.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.validation.Positive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReaderTest {
    record Sheet(String juror, @Positive int score, Map<String, Integer> criteria, Optional<String> note) {
    }

    private static final JsonReader READER = JsonReader.forRule(RuleId.of("DEF-04"));

    private static Reason only(Outcome<?> o) {
        assertThat(o.accepted()).as("refused").isFalse();
        assertThat(o.reasons()).hasSize(1);
        Reason r = o.reasons().get(0);
        for (Language l : Language.values()) {
            assertThat(r.message().get(l)).doesNotContain("Exception").doesNotContain("java.");
        }
        return r;
    }

    @Test
    void a_valid_document_is_bound_to_its_record() {
        Outcome<Sheet> o = READER.read("{\"juror\":\"J1\",\"score\":3,\"criteria\":{\"SOCIAL_EFFECT\":4}}", Sheet.class);
        assertThat(o.orElseThrow()).isEqualTo(new Sheet("J1", 3, Map.of("SOCIAL_EFFECT", 4), Optional.empty()));
    }

    @Test
    void invalid_utf8_is_refused_not_replaced() {
        byte[] bytes = "{\"juror\":\"J\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Reason r = only(READER.read(bytes, Sheet.class));
        assertThat(r.code()).isEqualTo("NOT_UTF8");
        assertThat(r.rule()).isEqualTo(RuleId.of("DEF-04"));
    }

    @Test
    void duplicate_keys_are_refused() {
        Reason r = only(READER.read("{\"juror\":\"J1\",\"juror\":\"J2\",\"score\":1,\"criteria\":{}}", Sheet.class));
        assertThat(r.message().get(Language.EN)).contains("Duplicate field");
        assertThat(r.subject()).isEqualTo("$");
    }

    @Test
    void nesting_beyond_the_limit_is_refused() {
        String deep = "[".repeat(JsonLimits.MAX_DEPTH + 5) + "]".repeat(JsonLimits.MAX_DEPTH + 5);
        assertThat(only(READER.readTree(deep)).code()).isEqualTo("UNREADABLE");
    }

    @Test
    void every_problem_has_its_path_and_rule() {
        Outcome<Sheet> o = READER.read("{\"juror\":5,\"score\":0,\"criteria\":{\"A\":\"x\"},\"extra\":1}", Sheet.class);
        assertThat(o.reasons()).extracting(Reason::subject)
                .containsExactly("$.criteria.A", "$.extra", "$.juror", "$.score");
        assertThat(o.reasons()).extracting(Reason::code)
                .containsExactly("WRONG_TYPE", "UNKNOWN_FIELD", "WRONG_TYPE", "NOT_POSITIVE");
    }

    @Test
    void FMT_03_a_wrong_type_is_told_in_each_language_and_its_figures_stay_the_same() {
        Reason r = only(READER.read("{\"juror\":\"J-1\",\"score\":\"three\",\"criteria\":{}}", Sheet.class));
        assertThat(r.code()).isEqualTo("WRONG_TYPE");
        assertThat(r.message().get(Language.EN)).isEqualTo("Expected an integer but found the string \"three\"");
        assertThat(r.message().get(Language.RU)).isEqualTo("Ожидается: целое число; получено: строка \"three\"");
        assertThat(r.message().get(Language.KK)).isEqualTo("Күтілгені: бүтін сан; берілгені: \"three\" мәтіні");
        // programs read the figures, which do not change with the language
        assertThat(r.figure("arg0")).hasValue("an integer");
        assertThat(r.figure("arg1")).hasValue("the string \"three\"");
        Reason list = only(READER.read("{\"juror\":\"J-1\",\"score\":1,\"criteria\":[1]}", Sheet.class));
        assertThat(list.message().get(Language.RU)).isEqualTo("Ожидается: объект; получено: список (массив)");
    }

    @Test
    void a_missing_file_and_a_directory_are_refused_in_plain_words(@TempDir Path dir) throws Exception {
        assertThat(only(READER.read(dir.resolve("nope.json"), Sheet.class)).code()).isEqualTo("FILE_NOT_FOUND");
        assertThat(only(READER.read(dir, Sheet.class)).code()).isEqualTo("NOT_A_FILE");
        Path big = Files.write(dir.resolve("big.json"), new byte[100]);
        assertThat(only(READER.withLimits(new JsonLimits(10, 10, 10, 10)).read(big, Sheet.class)).code())
                .isEqualTo("TOO_LARGE");
    }

    @Test
    void an_object_where_a_list_belongs_is_a_refusal_not_an_exception() {
        record Requests(List<String> experts) {
        }
        Reason r = only(READER.read("{\"experts\":{\"a\":1}}", Requests.class));
        assertThat(r.subject()).isEqualTo("$.experts");
        assertThat(r.code()).isEqualTo("WRONG_TYPE");
    }
}
