package kz.saruar.model;

import java.time.ZoneId;

/**
 * Constants of the country whose methodology this is: the one time zone of Kazakhstan (UTC+5
 * since 1 March 2024), in which every date of the methodology is read.
 */
public final class Kazakhstan {
    /** Asia/Almaty, the zone of every deadline, meeting and ledger day. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private Kazakhstan() {
    }
}
