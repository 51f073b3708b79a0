package kz.saruar.examples.cli.application;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import java.util.Optional;
import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.InputFiles;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.document.BuiltInDocument;
import kz.saruar.model.document.DocumentData;
import kz.saruar.model.document.DocumentRenderer;
import kz.saruar.model.document.RenderedDocument;
import kz.saruar.model.document.TemplateRegistry;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.spi.document.TemplateFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar render KIND DATA.json --lang kk [--format html|md] [--out FILE]}: a document of the
 * methodology (APP-03, APP-05, PRE-04, EXP-04, DEF-09..11, EXT-03) from the templates in force,
 * regional plugins included. For {@code APPLICATION_FORM} the data is an application (APP-03), read
 * and checked as such, with personal data left out unless {@code --include-personal-data}. Exit 0 when written, 1 when there is no template for the kind,
 * language and format or the data is not an object, 2 when the data cannot be read.
 */
@Command(name = "render", description = "Render a document from its template (HTML or Markdown).")
public final class RenderCommand extends CliCommand {
    /** The {@code --format} values. */
    public enum Format {
        /** HTML. */
        html(TemplateFormat.HTML),
        /** Markdown. */
        md(TemplateFormat.MARKDOWN);

        private final TemplateFormat format;

        Format(TemplateFormat format) {
            this.format = format;
        }
    }

    @Parameters(index = "0", paramLabel = "KIND", description = "The document kind, e.g. PRE_ACCELERATION_CERTIFICATE.")
    String kind;

    @Parameters(index = "1", paramLabel = "DATA.json", description = "The document's values as a JSON object.")
    Path data;

    @Option(names = "--format", description = "Format: ${COMPLETION-CANDIDATES} (default: html).")
    Format format = Format.html;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the document here instead of to standard output.")
    Path outFile;

    @Option(names = "--no-plugins", description = "Use the built-in templates only.")
    boolean noPlugins;

    @Option(names = "--include-personal-data",
            description = "APPLICATION_FORM only: include the applicant's and the team's personal data (left out by default).")
    boolean includePersonalData;

    @Mixin
    MethodologyOption methodology;

    @Override
    protected int run(Console c) {
        Outcome<Map<String, Object>> values = DocumentData.fromJson(data);
        if (values.accepted() && kind.equals(BuiltInDocument.APPLICATION_FORM.code())) {
            values = ApplicationJson.read(data, Output.clock(Optional.empty())).map(a -> DocumentData.of(a,
                    includePersonalData ? PersonalDataPolicy.INCLUDE : PersonalDataPolicy.OMIT));
        }
        return c.then(values, v -> methodology.then(c, m -> render(v, m, c)));
    }

    private int render(Map<String, Object> values, Methodology m, Console c) {
        PrintWriter out = c.out();
        PrintWriter err = c.err();
        Language l = c.language();
        TemplateRegistry.Builder b = TemplateRegistry.builder();
        if (noPlugins) {
            b.withoutDiscovery();
        }
        TemplateRegistry registry = b.build();
        if (!c.json()) {
            registry.warnings().forEach(w -> err.println(c.text(CliText.WARNING, w)));
        }
        Optional<RenderedDocument> d = DocumentRenderer.of(registry, m).render(kind, l, format.format, values);
        if (d.isEmpty()) {
            return c.refuse(List.of(Reason.of("NO_TEMPLATE", Rules.FMT_01, kind, CliText.NO_TEMPLATE.text(kind, l.tag(), format,
                    String.join(", ", registry.kinds())))), ExitCodes.REFUSED);
        }
        if (outFile != null) {
            try {
                Files.writeString(outFile, d.get().text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return c.refuse(InputFiles.cannotWrite("--out", outFile, Rules.FMT_01), ExitCodes.UNREADABLE);
            }
        }
        if (c.json()) {
            RenderedDocument doc = d.get();
            return c.accepted(doc, x -> {
                ObjectNode n = Output.F.objectNode().put("kind", kind).put("language", l.tag())
                        .put("format", format.name()).put("source", x.source());
                return outFile == null ? n.put("text", x.text()) : n.put("file", outFile.toString());
            });
        }
        if (outFile == null) {
            out.print(d.get().text());
        } else {
            err.println(c.text(CliText.WROTE, Output.name(outFile), d.get().source()));
        }
        return c.done(ExitCodes.OK);
    }
}
