package kz.saruar.scheduling;

import java.time.ZoneId;

/** The time zone of the methodology's meetings and deadlines: Kazakhstan, one zone, UTC+5 since 1 March 2024 (APP-09 window zone). */
public final class SchedulingZone {
    /** {@code Asia/Almaty}; the tz database has it at UTC+5 from 1 March 2024. */
    public static final ZoneId ALMATY = kz.saruar.model.Kazakhstan.ZONE;

    private SchedulingZone() {
    }
}
