package kz.saruar.examples.cli.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BuildVersionTest {
    @Test
    void version_is_the_builds_own_not_a_literal() {
        CommandLine cl = SaruarCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--version")).isZero();
        assertThat(BuildVersion.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(out.toString().trim()).isEqualTo("saruar " + BuildVersion.version());
    }
}
