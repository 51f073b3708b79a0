package kz.saruar.model.archfixture;

import java.time.LocalDate;
import java.time.ZoneId;

/** Test fixture: library code that breaks every coding rule, to prove the rules can fail. */
public final class BadLibraryCode {
    /** Prints, reads the wall clock twice and uses java.util.Date. */
    public static Object breakRules() {
        System.out.println("hello");
        LocalDate today = LocalDate.now();
        LocalDate almaty = LocalDate.now(ZoneId.of("Asia/Almaty"));
        return new java.util.Date(today.toEpochDay() + almaty.toEpochDay());
    }

    /** Allowed: a clock handed in. */
    public static LocalDate fine(java.time.Clock clock) {
        return LocalDate.now(clock);
    }
}
