package kz.saruar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The synthetic intake (APP-03, APP-09) follows its documented distributions. */
class ApplicantGeneratorTest {
    private static final List<String> OPEN = List.of("INCLUSIVE_SOCIETY", "NON_FORMAL_EDUCATION", "CULTURE_ART_SPORT",
            "ECOLOGY", "TOURISM", "PROJECT_THINKING");

    @Property(tries = 20)
    void applicants_are_reproducible_submitted_within_the_window_and_in_open_directions(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 300) int count) {
        ApplicantGenerator g = new ApplicantGenerator(SimulationParameters.calibrated2020());
        LocalDate opens = LocalDate.of(2026, 1, 15);
        LocalDate closes = LocalDate.of(2026, 2, 28);
        List<Applicant> a = g.generate(seed, count, OPEN, opens, closes);
        assertThat(a).hasSize(count).isEqualTo(g.generate(seed, count, OPEN, opens, closes));
        assertThat(a).allSatisfy(x -> {
            assertThat(OPEN).contains(x.direction());
            assertThat(x.submittedOn()).isBetween(opens, closes);
        });
    }

    @Property(tries = 5)
    void direction_shares_follow_the_weights(@ForAll long seed) {
        List<Applicant> a = new ApplicantGenerator(SimulationParameters.calibrated2020())
                .generate(seed, 20_000, OPEN, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28));
        double inclusive = a.stream().filter(x -> x.direction().equals("INCLUSIVE_SOCIETY")).count() / 20_000.0;
        assertThat(inclusive).isBetween(0.34, 0.40);
        double quality = a.stream().mapToDouble(Applicant::quality).average().orElseThrow();
        assertThat(quality).isBetween(-0.1, 0.0);
    }
}
