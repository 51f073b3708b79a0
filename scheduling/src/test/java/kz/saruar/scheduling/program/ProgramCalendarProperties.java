package kz.saruar.scheduling.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.decision.Outcome;
import kz.saruar.scheduling.calendar.WorkingCalendar;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProgramCalendarProperties {
    private final WorkingCalendar kz = WorkingCalendar.kazakhstan();
    private final ProgramCalendarGenerator generator = new ProgramCalendarGenerator(Methodology.standard(), kz,
            ProgramSettings.standard());

    @Property(tries = 150)
    void every_generated_calendar_keeps_working_days_hours_and_order(
            @ForAll @IntRange(min = 0, max = 1100) int offset, @ForAll @IntRange(min = 0, max = 4) int months) {
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(offset);
        Outcome<ProgramCalendar> o = generator.generate("c", start, months);
        if (!o.accepted()) {
            assertThat(o.reasons()).allSatisfy(r -> assertThat(r.rules()).isNotEmpty());
            return;
        }
        List<ProgramSession> all = o.orElseThrow().sessions();
        assertThat(all.get(0).start().toLocalDate()).isAfterOrEqualTo(start);
        for (int i = 0; i < all.size(); i++) {
            ProgramSession s = all.get(i);
            assertThat(kz.isWorkingDay(s.start().toLocalDate())).as(s.id()).isTrue();
            assertThat(s.start().toLocalTime()).isAfterOrEqualTo(LocalTime.of(10, 0));
            assertThat(s.end().toLocalTime()).isBeforeOrEqualTo(LocalTime.of(18, 0));
            if (i > 0) {
                assertThat(s.start()).isAfterOrEqualTo(all.get(i - 1).end());
            }
        }
        assertThat(o.orElseThrow().sessions(SessionKind.KICKOFF)).hasSize(4);
        assertThat(o.orElseThrow().sessions(SessionKind.MODULE)).hasSize(15);
    }
}
