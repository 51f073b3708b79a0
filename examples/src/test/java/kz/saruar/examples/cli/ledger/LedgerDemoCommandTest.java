package kz.saruar.examples.cli.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.examples.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo writes a journal that verify, statement and coverage then read (LFT-01..07). */
class LedgerDemoCommandTest {
    @TempDir
    Path dir;

    private static CliRunner ledger(String... args) {
        return CliRunner.run(new CommandLine(new LedgerCommand()), args);
    }

    @Test
    void LFT_04_the_demo_shows_a_coverage_refusal_then_a_journal_that_verifies() {
        Path d = dir.resolve("ledger");
        CliRunner demo = ledger("demo", d.toString());
        assertThat(demo.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(demo.out()).contains("refused   Issue [LFT-04]").contains("accepted  Issue #6")
                .contains("refused   Reward [LFT-07]");
        assertThat(ledger("verify", d.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(ledger("statement", d.toString(), "project:eco").out()).contains("closing balance 600");
        assertThat(ledger("coverage", d.toString()).out()).contains("LFT-04: covered");
    }

    @Test
    void LFT_07_the_demo_refuses_a_directory_that_already_holds_something() throws Exception {
        Files.writeString(dir.resolve("journal.log"), "x");
        assertThat(ledger("demo", dir.toString()).exitCode()).isEqualTo(ExitCodes.REFUSED);
    }
}
