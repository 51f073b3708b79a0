package kz.saruar.model.methodology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalTime;

/**
 * A span of a working day written as {@code HH:MM} texts, as the methodology file gives consultation
 * hours and their breaks (PRE-05); the methodology's validation has checked that the texts parse.
 */
public interface TimeSpan {
    /** The start, {@code HH:MM}. */
    String start();

    /** The end, {@code HH:MM}. */
    String end();

    /** The start as a time of day. */
    @JsonIgnore
    default LocalTime startTime() {
        return LocalTime.parse(start());
    }

    /** The end as a time of day. */
    @JsonIgnore
    default LocalTime endTime() {
        return LocalTime.parse(end());
    }
}
