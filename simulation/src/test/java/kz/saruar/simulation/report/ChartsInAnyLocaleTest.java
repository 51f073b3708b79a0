package kz.saruar.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kz.saruar.model.Language;
import kz.saruar.simulation.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The charts' numbers do not depend on the host JVM's locale: they are written as the tables write
 * them. Isolated: the test changes the JVM's default locale, which the classes running beside it
 * would see.
 */
@Isolated
class ChartsInAnyLocaleTest {
    private static Simulation simulation;

    @BeforeAll
    static void simulate() {
        simulation = ChartsTest.twoRunsWithWhatIf();
    }

    @Test
    void the_charts_are_the_same_under_a_Russian_an_English_and_the_root_default_locale() {
        Locale host = Locale.getDefault();
        try {
            for (Language lang : Language.values()) {
                Map<String, String> root = drawn(Locale.ROOT, lang);
                assertThat(drawn(new Locale("ru"), lang)).as("under ru, " + lang).isEqualTo(root);
                assertThat(drawn(Locale.ENGLISH, lang)).as("under en, " + lang).isEqualTo(root);
                // LIFTCOIN points run into the thousands: no grouping separator (70,000 / 70 000)
                assertThat(Pattern.compile(">-?\\d{1,3}[,\u00a0\u202f ]\\d{3}<").matcher(root.get("market")).find())
                        .as("a grouped number on the market chart").isFalse();
            }
        } finally {
            Locale.setDefault(host);
        }
    }

    private static Map<String, String> drawn(Locale locale, Language lang) {
        Locale.setDefault(locale);
        return ChartsTest.charts(simulation, lang);
    }
}
