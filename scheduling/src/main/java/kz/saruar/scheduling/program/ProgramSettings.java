package kz.saruar.scheduling.program;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.Kazakhstan;

/**
 * How a center lays out its program calendar [default]: working hours, session lengths, how many
 * working days each basic course takes, how far before the defense the fourth kickoff falls, and
 * how many minutes one curriculum hour is (PRE-02, PRE-03, ACC-02). The seeds give none of these.
 *
 * @param zone                      the zone of the sessions
 * @param dayStart                  the start of working hours
 * @param dayEnd                    the end of working hours
 * @param kickoffLength             the length of a kickoff session
 * @param courseDayLength           the length of one day of a basic course
 * @param courseWorkingDays         working days per basic course
 * @param kickoff4DaysBeforeDefense working days between the fourth kickoff and the defense
 * @param defenseLength             the length of the defense day's session
 * @param coachingLength            the length of a coaching meeting
 * @param demoDayLength             the length of the demo presentations
 * @param minutesPerModuleHour      minutes in one hour of the curriculum table (60; 45 for academic hours)
 */
public record ProgramSettings(ZoneId zone, LocalTime dayStart, LocalTime dayEnd, Duration kickoffLength,
        Duration courseDayLength, int courseWorkingDays, int kickoff4DaysBeforeDefense, Duration defenseLength,
        Duration coachingLength, Duration demoDayLength, int minutesPerModuleHour) {
    /** Refuses nulls, working hours out of order and non-positive lengths. */
    public ProgramSettings {
        Arguments.nonNull("zone", zone, "dayStart", dayStart, "dayEnd", dayEnd);
        checkArgument(dayEnd.isAfter(dayStart), "working hours end %s not after start %s", dayEnd, dayStart);
        for (Duration d : new Duration[] {kickoffLength, courseDayLength, defenseLength, coachingLength, demoDayLength}) {
            Objects.requireNonNull(d, "length");
            checkArgument(!d.isNegative() && !d.isZero(), "session length is not positive: %s", d);
        }
        checkArgument(courseWorkingDays > 0, "courseWorkingDays is not positive: %s", courseWorkingDays);
        checkArgument(kickoff4DaysBeforeDefense > 0, "kickoff4DaysBeforeDefense is not positive: %s", kickoff4DaysBeforeDefense);
        checkArgument(minutesPerModuleHour > 0, "minutesPerModuleHour is not positive: %s", minutesPerModuleHour);
    }

    /** Almaty, 10:00-18:00, kickoffs 3 h, course days 3 h over 5 working days each, kickoff 4 five working days before a 4-hour defense, coaching 2 h, demo day 4 h, 60-minute hours. */
    public static ProgramSettings standard() {
        return new ProgramSettings(Kazakhstan.ZONE, LocalTime.of(10, 0), LocalTime.of(18, 0), Duration.ofHours(3),
                Duration.ofHours(3), 5, 5, Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(4), 60);
    }

    /** The same settings with other working hours. */
    public ProgramSettings withWorkingHours(LocalTime start, LocalTime end) {
        return new ProgramSettings(zone, start, end, kickoffLength, courseDayLength, courseWorkingDays,
                kickoff4DaysBeforeDefense, defenseLength, coachingLength, demoDayLength, minutesPerModuleHour);
    }

    /** The length of the working day. */
    public Duration workingDay() {
        return Duration.between(dayStart, dayEnd);
    }
}
