package kz.saruar.examples;

import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.Methodology;

/** The README's quick start: load the standard methodology, list directions, adapt it, see a refusal. */
public final class QuickStart {
    private QuickStart() {
    }

    /** Runs the quick start and prints what it sees. */
    public static void main(String[] args) {
        Methodology standard = Methodology.standard();                      // the 2020 KIOR methodology
        for (Direction d : standard.directions()) {                          // CAT-01 + plugins (CAT-02)
            System.out.println(d.code() + " — " + d.name().get(Language.KK));
        }
        Methodology seventy = standard.toBuilder().passThreshold(70).build(); // DEF-06 overridden
        System.out.println("threshold: " + seventy.scoring().passThreshold());

        Methodology juryOfFive = standard.toBuilder()                        // DEF-03 changed,
                .jurySeats(Map.of("ORGANIZER", 1, "EXTERNAL_EXPERT", 3, "PUBLIC_FIGURE", 1))
                .build();                                                    // DEF-08 derives 54, 25–42/43–60/61–75
        System.out.println("jury of 5: " + juryOfFive.scoring().passThreshold() + " of "
                + juryOfFive.scoring().maxTotal());

        Outcome<Methodology> bad = standard.toBuilder().passThreshold(120).validate();
        bad.reasons().forEach(r -> System.out.println(r.describe(Language.EN)));
        // $.defense.passThreshold [DEF-06] The pass threshold 120 is outside the range of totals [35, 105]
    }
}
