package kz.saruar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The README's quick start runs and prints what the README says it prints. */
@Isolated // it swaps System.out, so no other test class runs beside it
class QuickStartTest {
    @Test
    void DEF_08_quick_start_prints_the_directions_the_override_and_the_refusal() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8))
                .contains("INCLUSIVE_SOCIETY — ")
                .contains("threshold: 70")
                .contains("jury of 5: 54 of 75")
                .contains("$.defense.passThreshold [DEF-06] The pass threshold 120 is outside the range of totals [35, 105]");
    }
}
