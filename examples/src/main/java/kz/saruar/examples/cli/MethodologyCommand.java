package kz.saruar.examples.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.MethodologyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code saruar methodology validate|check FILE} and {@code saruar methodology schema}: the methodology file. */
@Command(name = "methodology", description = "Check a methodology file, or print its JSON Schema.",
        subcommands = {MethodologyCommand.Validate.class, MethodologyCheckCommand.class, MethodologyCommand.Schema.class})
public final class MethodologyCommand extends CommandGroup {
    /** Lists every problem of a methodology file; exit 0 valid, 1 invalid, 2 unreadable. */
    @Command(name = "validate", description = "List every problem of a methodology file.")
    public static final class Validate extends CliCommand {
        @Parameters(paramLabel = "FILE", description = "The methodology file (JSON).")
        Path file;

        @Override
        protected int run(Console c) {
            Language language = c.language();
            Outcome<Methodology> result = Methodology.loader().load(file);
            if (result.refused()) {
                // the file's problems go to standard output, as the list this command is asked for
                return Problems.report(result.reasons(), Problems.fileHeading(language, file, result.reasons()),
                        language, c.json(), c.out(), c.out());
            }
            return c.print(result, m -> JsonNodeFactory.instance.objectNode().put("file", file.toString()).put("id", m.id()), m -> {
                c.line(CliText.METHODOLOGY_VALID, file, m.id(), m.name().get(language));
                return c.done(ExitCodes.OK);
            });
        }
    }

    /** Prints the JSON Schema of the methodology file, as shipped in the jar. */
    @Command(name = "schema", description = "Print the JSON Schema of the methodology file.")
    public static final class Schema extends CliCommand {
        @Override
        protected int run(Console c) throws Exception {
            try (InputStream in = MethodologyLoader.class.getResourceAsStream(MethodologyLoader.SCHEMA_RESOURCE)) {
                if (in == null) {
                    return c.refuse(List.of(Reason.of("FILE_NOT_FOUND", Rules.FMT_01, MethodologyLoader.SCHEMA_RESOURCE,
                            CliText.SCHEMA_MISSING.text())));
                }
                String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (c.json()) {
                    // the library's own schema: a refusal here is a broken build, not a user's input
                    return c.accepted(schema, text -> JsonReader.forRule(Rules.FMT_01).readTree(text).orElseThrow());
                }
                c.out().print(schema);
                return c.done(ExitCodes.OK);
            }
        }
    }
}
