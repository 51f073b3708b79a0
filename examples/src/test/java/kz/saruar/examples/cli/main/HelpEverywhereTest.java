package kz.saruar.examples.cli.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Walks the whole command tree: every command and subcommand answers --help and -h with exit 0 (run as main runs them). */
class HelpEverywhereTest {
    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
        out.add(prefix);
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                List<String> p = new ArrayList<>(prefix);
                p.add(name);
                collect(sub, p, out);
            }
        });
    }

    @Test
    void every_command_answers_help_with_exit_0() {
        List<List<String>> commands = new ArrayList<>();
        collect(SaruarCli.commandLine(), List.of(), commands);
        assertThat(commands).hasSizeGreaterThan(15);
        List<String> failing = new ArrayList<>();
        for (List<String> c : commands) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(c);
                args.add(flag);
                CommandLine cl = SaruarCli.commandLine(CommandLine.defaultFactory(), args.toArray(String[]::new));
                StringWriter out = new StringWriter();
                cl.setOut(new PrintWriter(out));
                cl.setErr(new PrintWriter(new StringWriter()));
                int code = cl.execute(args.toArray(String[]::new));
                if (code != 0 || !out.toString().contains("Использование:")) {
                    failing.add(String.join(" ", args) + " → " + code);
                }
            }
        }
        assertThat(failing).isEmpty();
    }
}
