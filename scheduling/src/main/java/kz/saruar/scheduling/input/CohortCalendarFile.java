package kz.saruar.scheduling.input;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import kz.saruar.model.validation.Cites;

/**
 * A cohort's program-calendar file (PRE-01, PRE-02, DEF-11, ACC-01..04), as {@code saruar calendar}
 * reads it.
 *
 * @param cohort                the cohort's ID, e.g. {@code almaty-2026}
 * @param preAccelerationStart  the first day of pre-acceleration
 * @param preAccelerationMonths the length of pre-acceleration; the methodology's when absent
 * @param calendar              the holiday calendar ID; {@code KZ} when absent
 * @param workingHours          the center's working hours for sessions; the [default] when absent
 */
@Cites("PRE-01")
public record CohortCalendarFile(String cohort, LocalDate preAccelerationStart,
        Optional<Integer> preAccelerationMonths, Optional<String> calendar,
        Optional<WorkingHours> workingHours) {
    /**
     * The center's working hours for program sessions [default] (PRE-01, ACC-01).
     *
     * @param start the first hour of sessions
     * @param end   the end of sessions, after {@code start}
     */
    public record WorkingHours(LocalTime start, LocalTime end) {
    }
}
