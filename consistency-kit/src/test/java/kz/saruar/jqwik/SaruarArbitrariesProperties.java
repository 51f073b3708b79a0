package kz.saruar.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.ScoreSheet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SaruarArbitrariesProperties {
    private static final Methodology STANDARD = Methodology.standard();

    @Provide
    Arbitrary<Adaptation> adaptations() {
        return SaruarArbitraries.adaptations(STANDARD);
    }

    @Provide
    Arbitrary<BrokenAdaptation> broken() {
        return SaruarArbitraries.brokenAdaptations(STANDARD);
    }

    @Property(tries = 60)
    void DEF_03_DEF_06_DEF_08_every_generated_adaptation_is_a_valid_methodology(@ForAll("adaptations") Adaptation a) {
        assertThat(a.methodology().scoring().passThreshold()).isBetween(a.methodology().scoring().minTotal(),
                a.methodology().scoring().maxTotal());
        assertThat(a.methodology().scoring().quorum()).isBetween(1, a.methodology().scoring().jurySize());
    }

    @Property(tries = 40)
    void every_broken_adaptation_is_refused_naming_the_rule_it_breaks(@ForAll("broken") BrokenAdaptation b) {
        var result = b.applyTo(STANDARD).validate();
        assertThat(result.accepted()).as(b.description()).isFalse();
        assertThat(result.reasons()).extracting(p -> p.rule()).as(b.description()).contains(b.breaks());
    }

    @Property(tries = 20)
    void DEF_03_ForAll_Methodology_gives_valid_adaptations_through_the_default_provider(@ForAll Methodology m) {
        assertThat(m.id()).endsWith("_ADAPTED");
        assertThat(m.scoring().quorum()).isBetween(1, m.scoring().jurySize());
    }

    @Property(tries = 40)
    void DEF_04_generated_sheets_fit_the_jury_and_the_scale(@ForAll("adaptations") Adaptation a) {
        var scheme = a.methodology().scoring();
        List<ScoreSheet> sheets = SaruarArbitraries.fullSheets(scheme, "P").sample();
        assertThat(sheets).hasSize(scheme.jurySize());
        assertThat(sheets).allSatisfy(s -> assertThat(s.scores().values())
                .allSatisfy(v -> assertThat(v).isBetween(scheme.scale().min(), scheme.scale().max())));
    }

    @Property(tries = 30)
    void APP_12_generated_lifecycle_steps_say_truly_whether_the_role_may_give_the_command(
            @ForAll("lifecycleSteps") List<LifecycleArbitraries.RoleStep> steps) {
        for (LifecycleArbitraries.RoleStep s : steps) {
            assertThat(kz.saruar.model.lifecycle.LifecycleTable.of(s.code()).roles(STANDARD).contains(s.role()))
                    .isEqualTo(s.allowed());
        }
    }

    @Provide
    Arbitrary<List<LifecycleArbitraries.RoleStep>> lifecycleSteps() {
        return LifecycleArbitraries.steps(STANDARD, 10);
    }

    @Property(tries = 30)
    void APP_11_dates_around_holidays_lie_within_three_days_of_a_special_day(@ForAll("aroundHolidays") java.time.LocalDate d) {
        var cal = kz.saruar.scheduling.calendar.WorkingCalendar.kazakhstan();
        boolean near = java.util.stream.IntStream.rangeClosed(-3, 3).filter(o -> cal.covers(d.plusDays(o)))
                .anyMatch(o -> cal.specialDay(d.plusDays(o)).isPresent());
        assertThat(near).as(d.toString()).isTrue();
    }

    @Provide
    Arbitrary<java.time.LocalDate> aroundHolidays() {
        return SchedulingArbitraries.datesAroundHolidays(kz.saruar.scheduling.calendar.WorkingCalendar.kazakhstan());
    }
}
