package kz.saruar.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OutcomeTest {
    enum Codes implements ReasonCode {
        THRESHOLD_OUT_OF_RANGE;

        @Override
        public ReasonDefinition definition() {
            return ReasonDefinition.of("DEF-06", "Шек {0} ауқымнан тыс", "Порог {0} вне диапазона",
                    "Threshold {0} is out of range");
        }
    }

    private static final Reason REASON = Codes.THRESHOLD_OUT_OF_RANGE.reason("$.defense.passThreshold",
            Figure.of("threshold", 120));

    @Test
    void DEF_06_a_refusal_names_its_rule_code_subject_and_figures() {
        Outcome<Integer> o = Outcome.refused(REASON);
        assertThat(o.accepted()).isFalse();
        assertThat(o.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(RuleId.of("DEF-06"));
            assertThat(r.code()).isEqualTo("THRESHOLD_OUT_OF_RANGE");
            assertThat(r.longFigure("threshold")).hasValue(120);
            assertThat(r.message().get(Language.EN)).isEqualTo("Threshold 120 is out of range");
        });
        assertThatThrownBy(o::orElseThrow).isInstanceOf(RefusedException.class).hasMessageContaining("DEF-06");
    }

    @Test
    void every_outcome_has_one_json_shape() {
        assertThat(DecisionJson.toJson(Outcome.accepted(7), IntNode::valueOf).toString())
                .isEqualTo("{\"accepted\":true,\"value\":7}");
        assertThat(DecisionJson.toJson(Outcome.<Integer>refused(REASON), IntNode::valueOf, Language.EN).toString())
                .isEqualTo("{\"accepted\":false,\"reasons\":[{\"code\":\"THRESHOLD_OUT_OF_RANGE\",\"rules\":[\"DEF-06\"],"
                        + "\"subject\":\"$.defense.passThreshold\",\"figures\":{\"threshold\":120},\"message\":"
                        + "{\"kk\":\"Шек 120 ауқымнан тыс\",\"ru\":\"Порог 120 вне диапазона\",\"en\":\"Threshold 120 is out of range\"},"
                        + "\"text\":\"Threshold 120 is out of range\"}]}");
    }

    @Property
    void map_keeps_acceptance_and_a_refusal_keeps_its_reasons(@ForAll int v, @ForAll boolean refuse) {
        Outcome<Integer> o = refuse ? Outcome.refused(REASON) : Outcome.accepted(v);
        Outcome<Long> mapped = o.map(x -> (long) x * 2);
        assertThat(mapped.accepted()).isEqualTo(o.accepted());
        assertThat(mapped.reasons()).isEqualTo(o.reasons());
        assertThat(mapped.value()).isEqualTo(o.value().map(x -> (long) x * 2));
        assertThat(o.flatMap(Outcome::accepted)).isEqualTo(o);
    }

    @Test
    void an_empty_refusal_is_a_bug() {
        assertThatThrownBy(() -> Outcome.refused(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
