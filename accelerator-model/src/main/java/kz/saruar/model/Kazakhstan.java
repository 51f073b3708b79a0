package kz.saruar.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Constants of the country whose methodology this is: the one time zone of Kazakhstan (UTC+5
 * since 1 March 2024), in which every date of the methodology is read.
 */
public final class Kazakhstan {
    /** Asia/Almaty, the zone of every deadline, meeting and ledger day. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    /** Today's date in Kazakhstan by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(Objects.requireNonNull(clock, "clock").instant(), ZONE);
    }

    private Kazakhstan() {
    }
}
