package kz.saruar.examples.cli.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;
import kz.saruar.examples.cli.HelpBundle;
import kz.saruar.examples.cli.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code --help} follows {@code --lang}: every description of the command tree is in each language's own bundle. */
class HelpTranslationTest {
    /** A language's own file, read as UTF-8 without the parent chain, so that a missing key is missing. */
    private static Properties file(Lang lang) throws IOException {
        String name = HelpBundle.NAME.replace('.', '/') + (lang == Lang.ru ? "" : "_" + lang.name()) + ".properties";
        Properties p = new Properties();
        try (InputStream in = HelpTranslationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every command (help commands included) with the picocli keys its usage help looks up. */
    private static void walk(CommandLine cl, List<String> path, BiConsumer<List<String>, CommandSpec> visit) {
        visit.accept(path, cl.getCommandSpec());
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                walk(sub, p, visit);
            }
        });
    }

    /** The key picocli reads an argument's description from: descriptionKey, else option name without dashes, else PARAMLABEL[index]. */
    private static String key(ArgSpec a) {
        if (!a.descriptionKey().isEmpty()) {
            return a.descriptionKey();
        }
        if (a instanceof OptionSpec o) {
            return o.longestName().replaceFirst("^-+", "");
        }
        PositionalParamSpec p = (PositionalParamSpec) a;
        return p.paramLabel() + "[" + p.index() + "]";
    }

    private static boolean has(Properties p, CommandSpec spec, String key) {
        return p.containsKey(spec.qualifiedName(".") + "." + key) || p.containsKey(key);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void every_command_option_and_parameter_has_a_description_in_the_languages_own_bundle(Lang lang) throws IOException {
        Properties p = file(lang);
        List<String> missing = new ArrayList<>();
        int[] checked = {0};
        walk(SaruarCli.commandLine(), List.of(), (path, spec) -> {
            String q = spec.qualifiedName(".");
            boolean helpCommand = spec.helpCommand();
            String section = helpCommand ? "usage.header" : "usage.description";
            if (!p.containsKey(q + "." + section)) {
                missing.add(q + "." + section);
            }
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec a : args) {
                if (!a.inherited()) {
                    checked[0]++;
                    if (!has(p, spec, key(a))) {
                        missing.add(q + "." + key(a));
                    }
                }
            }
        });
        for (String heading : List.of("usage.synopsisHeading", "usage.optionListHeading", "usage.parameterListHeading",
                "usage.commandListHeading")) {
            if (!p.containsKey(heading)) {
                missing.add(heading);
            }
        }
        assertThat(checked[0]).isGreaterThan(100);
        assertThat(missing).as("keys missing from the %s bundle", lang).isEmpty();
    }

    private static String help(Lang lang, List<String> path) {
        StringWriter out = new StringWriter();
        CommandLine cl = SaruarCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        args.add("--lang");
        args.add(lang.name());
        assertThat(cl.execute(args.toArray(String[]::new))).isZero();
        return out.toString().replaceAll("\\s+", " ");
    }

    /** The English descriptions (the annotations' fallback) that a translated help shows (a literal the translation quotes, like a JSON shape, excepted). */
    private static List<String> englishFound(Lang lang) throws IOException {
        Properties en = file(Lang.en);
        Properties own = file(lang);
        List<List<String>> paths = new ArrayList<>();
        walk(SaruarCli.commandLine(), List.of(), (path, spec) -> paths.add(path));
        List<String> found = new ArrayList<>();
        for (List<String> path : paths) {
            String text = help(lang, path);
            for (String key : en.stringPropertyNames()) {
                String english = en.getProperty(key).replace("%n", " ").replaceAll("\\s+", " ").strip();
                if (english.length() > 12 && !own.getProperty(key, "").contains(english) && text.contains(english)) {
                    found.add(String.join(" ", path) + ": " + english);
                }
            }
        }
        return found;
    }

    @Test
    void help_in_kazakh_prints_no_english_description() throws IOException {
        assertThat(englishFound(Lang.kk)).isEmpty();
        String root = help(Lang.kk, List.of());
        assertThat(root).contains("Қолданылуы:", "Опциялар:", "Командалар:", "«Өзгерістердің саруарлары» акселераторының әдістемесі");
        assertThat(help(Lang.kk, List.of("ledger", "verify"))).contains("DIR ішіндегі журналды тексеру");
    }

    @Test
    void help_in_russian_is_the_default_and_prints_no_english_description() throws IOException {
        assertThat(englishFound(Lang.ru)).isEmpty();
        StringWriter out = new StringWriter();
        CommandLine cl = SaruarCli.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("catalog", "-h")).isZero();
        assertThat(out.toString()).contains("Использование:", "Вывести каталог методологии");
    }

    @Test
    void the_check_can_fail_english_help_shows_the_english_descriptions() {
        String text = help(Lang.en, List.of("ledger", "verify"));
        assertThat(text).contains("Usage:", "Verify the journal in DIR: CRCs, sequence, SHA-256 chain");
        assertThat(help(Lang.kk, List.of("ledger", "verify"))).doesNotContain("Verify the journal in DIR");
    }

    @Test
    void lang_before_the_subcommand_chooses_the_help_language_too() {
        StringWriter out = new StringWriter();
        CommandLine cl = SaruarCli.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--lang", "kk", "ledger", "verify", "--help")).isZero();
        assertThat(out.toString()).contains("Қолданылуы:").doesNotContain("Usage:");
    }
}
