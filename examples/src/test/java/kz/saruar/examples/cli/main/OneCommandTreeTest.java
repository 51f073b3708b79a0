package kz.saruar.examples.cli.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.saruar.examples.cli.CatalogCommand;
import kz.saruar.examples.cli.ledger.LedgerCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * FMT-01: {@code main} builds only the top-level command its arguments name (start-up, issue 13);
 * that command, at every depth, has the same options, parameters and help in each language as in
 * the whole tree, and arguments that name no command get the whole tree.
 */
class OneCommandTreeTest {
    /** Every command's help text by its path, in the given language. */
    private static Map<String, String> helpByPath(CommandLine cl, String lang) {
        Map<String, String> out = new TreeMap<>();
        collect(cl, cl.getCommandName(), lang, out);
        return out;
    }

    private static void collect(CommandLine cl, String path, String lang, Map<String, String> out) {
        cl.setResourceBundle(kz.saruar.examples.cli.HelpBundle.of(kz.saruar.examples.cli.Lang.valueOf(lang)));
        out.put(path, cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                collect(sub, path + " " + name, lang, out);
            }
        });
    }

    @Test
    void FMT_01_each_command_built_alone_is_the_command_of_the_whole_tree() {
        CommandLine whole = SaruarCli.commandLine();
        List<String> names = new ArrayList<>();
        whole.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                names.add(name);
            }
        });
        assertThat(names).hasSizeGreaterThan(15);
        for (String lang : List.of("kk", "ru", "en")) {
            Map<String, String> all = helpByPath(SaruarCli.commandLine(), lang);
            for (String name : names) {
                CommandLine alone = SaruarCli.commandLine(CommandLine.defaultFactory(), "--lang", lang, name);
                assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
                Map<String, String> one = helpByPath(alone.getSubcommands().get(name), lang);
                Map<String, String> same = new TreeMap<>();
                all.forEach((path, help) -> {
                    if (path.equals("saruar " + name) || path.startsWith("saruar " + name + " ")) {
                        same.put(path.substring("saruar ".length()), help);
                    }
                });
                assertThat(one).as("%s in %s", name, lang).isEqualTo(same);
            }
        }
    }

    @Test
    void FMT_01_the_command_is_found_after_the_global_options_wherever_they_stand() {
        assertThat(SaruarCli.named("catalog")).contains(CatalogCommand.class);
        assertThat(SaruarCli.named("--lang", "kk", "catalog", "--json")).contains(CatalogCommand.class);
        assertThat(SaruarCli.named("--lang=en", "--json", "ledger", "verify", "dir")).contains(LedgerCommand.class);
        assertThat(SaruarCli.named("-h")).isEmpty();
        assertThat(SaruarCli.named("-h", "catalog")).isEmpty();
        assertThat(SaruarCli.named("--lang", "kk", "--version", "ledger")).isEmpty();
        assertThat(SaruarCli.named("catalog", "-h")).contains(CatalogCommand.class);
        assertThat(SaruarCli.named()).isEmpty();
        assertThat(SaruarCli.named("help", "catalog")).isEmpty();
        assertThat(SaruarCli.named("catalgo")).isEmpty();
        assertThat(SaruarCli.named("--", "catalog")).isEmpty();
    }

    @Test
    void FMT_01_arguments_that_name_no_command_get_the_whole_tree() {
        int all = SaruarCli.commandLine().getSubcommands().size();
        assertThat(SaruarCli.commandLine(CommandLine.defaultFactory(), "help", "catalog").getSubcommands()).hasSize(all);
        assertThat(SaruarCli.commandLine(CommandLine.defaultFactory(), "catalgo").getSubcommands()).hasSize(all);
        assertThat(SaruarCli.commandLine(CommandLine.defaultFactory(), "--help").getSubcommands()).hasSize(all);
        assertThat(SaruarCli.commandLine(CommandLine.defaultFactory(), "-h", "catalog").getSubcommands()).hasSize(all);
    }
}
