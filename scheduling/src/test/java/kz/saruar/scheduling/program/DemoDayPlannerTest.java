package kz.saruar.scheduling.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class DemoDayPlannerTest {
    private final Methodology standard = Methodology.standard();
    private final ProgramSession demoDay = new ProgramCalendarGenerator(standard, WorkingCalendar.kazakhstan(),
            ProgramSettings.standard()).generate("c", LocalDate.of(2026, 3, 2)).orElseThrow().sessions(SessionKind.DEMO_DAY).get(0);
    private final DemoDayPlanner planner = new DemoDayPlanner(standard.defense());

    @Test
    void ACC_03_presentations_are_grouped_by_project_then_stakeholder_category() {
        List<DemoSlot> slots = planner.schedule(demoDay, List.of(
                new DemoEntry("P3", "ECOLOGY", "INVESTORS"), new DemoEntry("P1", "TOURISM", "CLIENTS"),
                new DemoEntry("P2", "ECOLOGY", "CLIENTS"))).orElseThrow();
        assertThat(slots).extracting(s -> s.entry().projectId()).containsExactly("P2", "P3", "P1");
        assertThat(planner.slotLength()).isEqualTo(Duration.ofMinutes(5));
        assertThat(slots.get(0).start()).isEqualTo(demoDay.start());
        assertThat(slots.get(1).start()).isEqualTo(slots.get(0).end());
    }

    @Test
    void ACC_03_teams_that_do_not_fit_the_demo_day_are_named() {
        List<DemoEntry> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new DemoEntry(String.format("P%02d", i), "ECOLOGY", "INVESTORS"));
        }
        var o = planner.schedule(demoDay, many);
        assertThat(o.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("DEMO_DAY_FULL");
            assertThat(r.message().get(kz.saruar.model.Language.EN)).contains("(12)").contains("P59");
        });
    }
}
