package kz.saruar.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.spi.calendar.CalendarDay;
import kz.saruar.spi.calendar.DayKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kazakhstan holiday data against the law and the production calendars (issue 14, APP-11). */
class HolidayDataTest {
    private final WorkingCalendar kz = WorkingCalendar.kazakhstan();

    /**
     * Working days per month for a five-day week, as the law and the transfer orders give them.
     * Where an official or press publication of a month's or a year's count was found, it is in
     * {@link #PUBLISHED} below and checked separately; the other months follow from the law and
     * the orders (each day's source is in the year file).
     */
    static final Map<Integer, int[]> WORKING_DAYS = Map.of(
            2022, new int[] {18, 20, 19, 21, 19, 22, 20, 22, 22, 20, 22, 20},
            2023, new int[] {20, 20, 19, 20, 20, 21, 20, 22, 21, 21, 22, 20},
            2024, new int[] {21, 21, 17, 22, 20, 19, 22, 21, 21, 22, 21, 21},
            2025, new int[] {20, 20, 17, 22, 19, 20, 22, 21, 21, 22, 20, 22},
            2026, new int[] {19, 20, 18, 22, 17, 22, 22, 21, 22, 21, 21, 22},
            2027, new int[] {18, 20, 18, 22, 18, 22, 21, 22, 22, 20, 22, 22});

    @Test
    void APP_11_every_year_2022_to_2027_has_its_working_days_per_month() {
        assertThat(kz.coveredYears()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027);
        WORKING_DAYS.forEach((year, months) -> {
            for (int m = 1; m <= 12; m++) {
                YearMonth ym = YearMonth.of(year, m);
                assertThat(countDayByDay(kz, ym.atDay(1), ym.atEndOfMonth())).as("%s", ym).isEqualTo(months[m - 1]);
            }
        });
    }

    /** A working-day count published by somebody other than us, with where it was published. */
    record Published(String period, int workingDays, String source) {
        int counted(WorkingCalendar calendar) {
            LocalDate from;
            LocalDate to;
            if (period.length() == 4) {
                from = LocalDate.of(Integer.parseInt(period), 1, 1);
                to = LocalDate.of(Integer.parseInt(period), 12, 31);
            } else {
                YearMonth ym = YearMonth.parse(period);
                from = ym.atDay(1);
                to = ym.atEndOfMonth();
            }
            return countDayByDay(calendar, from, to);
        }
    }

    /** Working days from {@code from} to {@code to}, both included, counted day by day (not by countWorkingDays). */
    static int countDayByDay(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            n += calendar.isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    private static final String MINISTRY_2024 =
            "Ministry of Labour and Social Protection, balance of working time 2024 (help.inbuh.kz/6801)";

    /**
     * Published five-day-week counts (checked on 2026-12-01). 2024 is the Ministry of Labour's own
     * balance of working time, month by month. For 2023 the press announced 245 for the year,
     * with 12 days off in January, counts that treat Orthodox Christmas (Saturday 7 January) as
     * moved to Monday 9 January; the law does not move religious holidays, and another report
     * counted 11 days off in January (20 working), which is what the law gives: 246 for the year. 2026's 246 was published in
     * December 2025, before the new Constitution made 31 August 2026 a working day again (+1).
     */
    static final List<Published> PUBLISHED = List.of(
            new Published("2022", 245, "tengrinews.kz via ult.kz, March 2022: 245 working days, 120 days off"),
            new Published("2022-03", 19, "qonaev-gorod.kz, March 2022: 12 days off in March for a five-day week"),
            new Published("2023-01", 20, "astanatv.kz, 21 December 2022: 11 days off in January 2023, 7 January not moved"),
            new Published("2023-02", 20, "inaktau.kz / inbusiness.kz, 28 December 2022: 8 days off in February"),
            new Published("2023-03", 19, "inaktau.kz / inbusiness.kz, 28 December 2022: 12 days off in March"),
            new Published("2023-10", 21, "kazpravda.kz via world-news247.net, October 2023: 10 days off in October"),
            new Published("2023-11", 22, "inaktau.kz / inbusiness.kz, 28 December 2022: 8 days off in November"),
            new Published("2024-01", 21, MINISTRY_2024), new Published("2024-02", 21, MINISTRY_2024),
            new Published("2024-03", 17, MINISTRY_2024), new Published("2024-04", 22, MINISTRY_2024),
            new Published("2024-05", 20, MINISTRY_2024), new Published("2024-06", 19, MINISTRY_2024),
            new Published("2024-07", 22, MINISTRY_2024), new Published("2024-08", 21, MINISTRY_2024),
            new Published("2024-09", 21, MINISTRY_2024), new Published("2024-10", 22, MINISTRY_2024),
            new Published("2024-11", 21, MINISTRY_2024), new Published("2024-12", 21, MINISTRY_2024),
            new Published("2024", 248, MINISTRY_2024),
            new Published("2025-11", 20, "baq.kz, 11 November 2025: 20 working days in November for a five-day week"),
            new Published("2026-01", 19, "alau.kz / baq.kz, 19 November 2025: 19 working days in January 2026"),
            new Published("2026", 246 + 1, "tengrinews.kz via alau.kz, 11 December 2025: 246, before 31 August 2026"
                    + " became a working day (Ministry of Labour, 18 March 2026)"));

    @Test
    void APP_11_every_published_working_day_count_agrees_with_the_data() {
        for (Published p : PUBLISHED) {
            assertThat(p.counted(kz)).as("%s (%s)", p.period(), p.source()).isEqualTo(p.workingDays());
        }
    }

    @Test
    void APP_11_a_count_across_the_2023_2024_boundary_works() {
        assertThat(kz.countWorkingDays(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)).orElseThrow())
                .isEqualTo(248);
    }

    @Test
    void APP_11_religious_holidays_on_a_weekend_are_not_moved() {
        // 7 January 2023 and Kurban Ait 9 July 2022 were Saturdays: the Mondays after are working days.
        assertThat(kz.isWorkingDay(LocalDate.of(2023, 1, 9))).isTrue();
        assertThat(kz.isWorkingDay(LocalDate.of(2022, 7, 11))).isTrue();
        assertThat(kz.specialDay(LocalDate.of(2022, 7, 9)).orElseThrow().kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
    }

    @Test
    void APP_11_constitution_day_is_15_March_from_2027_and_30_August_no_longer() {
        assertThat(kz.isWorkingDay(LocalDate.of(2027, 3, 15))).isFalse();
        assertThat(kz.isWorkingDay(LocalDate.of(2026, 3, 16))).isTrue();
        assertThat(kz.specialDay(LocalDate.of(2026, 8, 30))).isEmpty();
        assertThat(kz.isWorkingDay(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(kz.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
    }

    @Test
    void APP_11_every_day_keeps_its_source_and_future_kurban_ait_is_provisional() {
        KazakhstanHolidayCalendar c = new KazakhstanHolidayCalendar();
        for (int y : c.coveredYears()) {
            assertThat(c.yearFile(y).orElseThrow().days()).allSatisfy(d -> assertThat(d.source()).isNotBlank());
        }
        CalendarDay kurban = kz.specialDay(LocalDate.of(2027, 5, 16)).orElseThrow();
        assertThat(kurban.provisional()).isTrue();
        assertThat(kz.specialDay(LocalDate.of(2026, 5, 27)).orElseThrow().provisional()).isFalse();
        assertThat(kz.provisionalDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .extracting(CalendarDay::date).contains(LocalDate.of(2027, 5, 16));
        assertThat(c.yearFile(2024).orElseThrow().days()).filteredOn(d -> d.kind() == DayKind.DECREED_DAY_OFF)
                .singleElement().satisfies(d -> assertThat(d.source()).contains("17 April 2024"));
    }

    @Test
    void APP_11_a_file_that_moves_a_religious_holiday_is_refused() {
        String json = """
                {"calendarId": "KZ", "year": 2023, "checked": "test",
                 "days": [{"date": "2023-01-07", "kind": "PUBLIC_HOLIDAY", "name": "Christmas", "source": "law", "religious": true},
                          {"date": "2023-01-09", "kind": "MOVED_DAY_OFF", "name": "x", "source": "law", "movedFrom": "2023-01-07"},
                          {"date": "2023-01-14", "kind": "DECREED_DAY_OFF", "name": "x", "source": "order"}]}
                """;
        Outcome<HolidayYearFile> o = HolidayData.read(json);
        assertThat(o.reasons()).extracting(r -> r.subject())
                .containsExactly("$.days[1].movedFrom", "$.days[2].kind", "$.days[2].transferFrom");
        assertThat(o.reasons().get(0).message().get(Language.EN)).contains("Art. 85");
    }

    @Test
    void APP_11_an_operator_file_overrides_the_built_in_year_without_a_release(@TempDir Path dir) throws Exception {
        String base = new String(KazakhstanHolidayCalendar.class.getResourceAsStream("kz/2027.json").readAllBytes(),
                StandardCharsets.UTF_8);
        // DUMK confirms Kurban Ait on Monday 17 May 2027.
        Files.writeString(dir.resolve("2027.json"), base.replace("2027-05-16", "2027-05-17")
                .replace("\"provisional\": true,\n    \"movedFrom\"", "\"movedFrom\""));
        KazakhstanHolidayCalendar c = KazakhstanHolidayCalendar.withOverrides(dir).orElseThrow();
        WorkingCalendar w = WorkingCalendar.of(c);
        assertThat(w.isWorkingDay(LocalDate.of(2027, 5, 17))).isFalse();
        assertThat(w.isWorkingDay(LocalDate.of(2026, 5, 27))).isFalse();
        HolidayCalendars all = HolidayCalendars.builder().add(c).build();
        assertThat(all.kazakhstan().isWorkingDay(LocalDate.of(2027, 5, 17))).isFalse();
        Files.writeString(dir.resolve("bad.json"), "{\"calendarId\": \"KZ\"}");
        assertThat(KazakhstanHolidayCalendar.withOverrides(dir).reasons()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.subject()).startsWith("bad.json:"));
    }

    @Test
    void APP_11_the_built_in_data_passes_the_law_checks() {
        List<HolidayYearFile> files = new ArrayList<>(HolidayData.builtIn());
        assertThat(files).allSatisfy(f -> assertThat(HolidayData.check(f, "$").reasons()).isEmpty());
    }
}
