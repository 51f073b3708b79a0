package kz.saruar.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.consultation.ConsultationPolicy;
import kz.saruar.scheduling.deadline.DeadlineRules;
import org.junit.jupiter.api.Test;

class StandardMethodologyTest {
    private final Methodology standard = Methodology.standard();

    @Test
    void the_standard_methodology_gives_the_standard_consultation_policy() {
        assertThat(ConsultationPolicy.from(standard.preAcceleration().consultations())).isEqualTo(ConsultationPolicy.standard());
        assertThat(ConsultationPolicy.standard().cancellationNotice()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void the_standard_methodology_gives_the_standard_deadline_numbers() {
        assertThat(DeadlineRules.from(standard.intake(), standard.defense(), standard.preAcceleration().consultations()))
                .isEqualTo(DeadlineRules.standard());
    }
}
