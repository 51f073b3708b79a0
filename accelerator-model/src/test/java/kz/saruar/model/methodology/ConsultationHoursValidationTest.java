package kz.saruar.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import kz.saruar.model.Rules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import org.junit.jupiter.api.Test;

/** PRE-05: the consultation hours of a methodology file are refused at the field that is wrong. */
class ConsultationHoursValidationTest {
    private static Outcome<Methodology> withHours(String hoursJson) {
        return Methodology.standard().toBuilder()
                .patch("{\"preAcceleration\": {\"consultations\": {\"hours\": " + hoursJson + "}}}").validate();
    }

    @Test
    void PRE_05_a_time_that_is_not_HH_MM_is_refused_at_its_path() {
        Outcome<Methodology> o = withHours("{\"start\": \"ten\", \"end\": \"18:00\", \"breaks\": []}");
        assertThat(o.reasons()).extracting(Reason::subject).contains("$.preAcceleration.consultations.hours.start");
        assertThat(o.reasons()).allSatisfy(r -> assertThat(r.rule()).isIn(Rules.PRE_05, Rules.FMT_01));
    }

    @Test
    void PRE_05_a_break_that_ends_before_it_starts_is_refused_at_its_end() {
        Outcome<Methodology> o = withHours(
                "{\"start\": \"10:00\", \"end\": \"18:00\", \"breaks\": [{\"start\": \"14:00\", \"end\": \"13:00\"}]}");
        assertThat(o.reasons()).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("$.preAcceleration.consultations.hours.breaks[0].end");
            assertThat(r.rule()).isEqualTo(Rules.PRE_05);
        });
    }

    @Test
    void PRE_05_the_standard_hours_are_valid() {
        assertThat(withHours("{\"start\": \"10:00\", \"end\": \"18:00\", \"breaks\": []}").accepted()).isTrue();
    }
}
