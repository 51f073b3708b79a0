package kz.saruar.examples.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The two options every {@code saruar} command shares, declared once on the root and inherited by
 * every subcommand at any depth: {@code saruar --lang kk catalog} and {@code saruar catalog --lang kk}
 * set the same value. Commands read them through {@link Console#of}.
 */
public final class GlobalOptions {
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "kk|ru|en",
            description = "Language of every line printed and of the reasons' text in JSON: kk, ru or en "
                    + "(default: ru, the language of the methodology's originals; the same on every command). "
                    + "Before or after any subcommand.")
    Lang lang = Lang.DEFAULT;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print every outcome as JSON: {\"accepted\":true,\"value\":…} or "
                    + "{\"accepted\":false,\"reasons\":[…]}, unreadable input and misuse included.")
    boolean json;
}
