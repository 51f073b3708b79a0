package kz.saruar.examples.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.MethodologyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saruar methodology validate FILE} and {@code saruar methodology schema}: the methodology file. */
@Command(name = "methodology", description = "Check a methodology file, or print its JSON Schema.",
        subcommands = {MethodologyCommand.Validate.class, MethodologyCommand.Schema.class})
public final class MethodologyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Lists every problem of a methodology file; exit 0 valid, 1 invalid, 2 unreadable. */
    @Command(name = "validate", description = "List every problem of a methodology file.")
    public static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The methodology file (JSON).")
        Path file;

        @Option(names = "--json", description = "Print the verdict as JSON.")
        boolean json;

        @Option(names = "--lang", description = "Language of messages: ${COMPLETION-CANDIDATES} (default: en).")
        Lang lang = Lang.en;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Language language = lang.language();
            Outcome<Methodology> result = Methodology.loader().load(file);
            if (result.refused()) {
                return Problems.report(result.reasons(), file + ": " + result.reasons().size() + " problem(s)", language,
                        json, out, out);
            }
            Methodology mm = result.orElseThrow();
            if (json) {
                return Problems.printAccepted(mm, m -> JsonNodeFactory.instance.objectNode().put("file", file.toString())
                        .put("id", m.id()), language, out);
            }
            out.println(file + ": valid — " + mm);
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Prints the JSON Schema of the methodology file, as shipped in the jar. */
    @Command(name = "schema", description = "Print the JSON Schema of the methodology file.")
    public static final class Schema implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (InputStream in = MethodologyLoader.class.getResourceAsStream(MethodologyLoader.SCHEMA_RESOURCE)) {
                if (in == null) {
                    spec.commandLine().getErr().println("the schema is missing from the jar");
                    return ExitCodes.UNREADABLE;
                }
                spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
        }
    }
}
