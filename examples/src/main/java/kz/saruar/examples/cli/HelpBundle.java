package kz.saruar.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The command line's {@code --help} in the language of {@code --lang}, like every other line it
 * prints: picocli resource bundles {@code Help.properties} (Russian, the default),
 * {@code Help_kk.properties} and {@code Help_en.properties} beside this class, read as strict UTF-8,
 * each complete on its own — no fallback to another language or to the JVM's locale, so a missing
 * entry shows as the annotation's English and {@code HelpTranslationTest} fails. How to add a
 * language: docs/cli.md.
 */
public final class HelpBundle {
    /** The bundles' base name, as the root command's {@code resourceBundle} names it. */
    public static final String NAME = "kz.saruar.examples.cli.Help";

    private static final ResourceBundle.Control CONTROL = new Utf8Control();

    private HelpBundle() {
    }

    /** The help texts in a language. */
    public static ResourceBundle of(Lang lang) {
        return ResourceBundle.getBundle(NAME, locale(lang), HelpBundle.class.getClassLoader(), CONTROL);
    }

    /** The bundle's locale: the base file holds Russian, the default language. */
    static Locale locale(Lang lang) {
        return Objects.requireNonNull(lang, "lang") == Lang.ru ? Locale.ROOT : Locale.forLanguageTag(lang.name());
    }

    /**
     * Gives a command line (and all its subcommands) the default language's help texts, and before
     * each execution — help requests included — those of the {@code --lang} it was given.
     */
    public static CommandLine install(CommandLine cl) {
        cl.setResourceBundle(of(Lang.DEFAULT));
        CommandLine.IExecutionStrategy strategy = cl.getExecutionStrategy();
        cl.setExecutionStrategy(parseResult -> {
            cl.setResourceBundle(of(lang(parseResult)));
            return strategy.execute(parseResult);
        });
        return cl;
    }

    /** The {@code --lang} given at any depth (the deepest wins, as picocli sets it), else the default. */
    static Lang lang(ParseResult parseResult) {
        Lang lang = Lang.DEFAULT;
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            lang = p.matchedOptionValue("--lang", lang);
        }
        return lang;
    }

    /** Properties read as strict UTF-8, one locale per bundle and no parent chain. */
    private static final class Utf8Control extends ResourceBundle.Control {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
                throws IOException {
            String resource = toResourceName(toBundleName(baseName, locale), "properties");
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                return null;
            }
            try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                return new PropertyResourceBundle(reader);
            }
        }
    }
}
