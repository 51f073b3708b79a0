package kz.saruar.examples.cli.application;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.Lang;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.examples.cli.Problems;
import kz.saruar.model.Language;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.application.ProjectApplication;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saruar render KIND DATA.json --lang kk [--format html|md] [--out FILE]}: a document of the
 * methodology (APP-03, APP-05, PRE-04, EXP-04, DEF-09..11, EXT-03) from the templates in force,
 * regional plugins included. For {@code APPLICATION_FORM} the data is an application (APP-03), read
 * and checked as such, with personal data left out unless {@code --include-personal-data}. Exit 0 when written, 1 when there is no template for the kind,
 * language and format or the data is not an object, 2 when the data cannot be read.
 */
@Command(name = "render", description = "Render a document from its template (HTML or Markdown).")
public final class RenderCommand implements Callable<Integer> {
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

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "The document kind, e.g. PRE_ACCELERATION_CERTIFICATE.")
    String kind;

    @Parameters(index = "1", paramLabel = "DATA.json", description = "The document's values as a JSON object.")
    Path data;

    @Option(names = "--lang", required = true, description = "Language: ${COMPLETION-CANDIDATES}.")
    Lang lang;

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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language l = lang.language();
        Outcome<Map<String, Object>> values = DocumentData.fromJson(data);
        if (values.refused()) {
            return Problems.report(values.reasons(), "", l, false, out, err);
        }
        if (kind.equals(BuiltInDocument.APPLICATION_FORM.code())) {
            Outcome<ProjectApplication> app = ApplicationJson.read(data, Output.clock(Optional.empty()));
            if (app.refused()) {
                return Problems.report(app.reasons(), "", l, false, out, err);
            }
            values = app.map(a -> DocumentData.of(a,
                    includePersonalData ? PersonalDataPolicy.INCLUDE : PersonalDataPolicy.OMIT));
        }
        Outcome<Methodology> mr = methodology.resolve();
        if (mr.refused()) {
            return Problems.report(mr.reasons(), methodology.refusedHeading(), l, false, out, err);
        }
        TemplateRegistry.Builder b = TemplateRegistry.builder();
        if (noPlugins) {
            b.withoutDiscovery();
        }
        TemplateRegistry registry = b.build();
        registry.warnings().forEach(w -> err.println("warning: " + w));
        Optional<RenderedDocument> d = DocumentRenderer.of(registry, mr.orElseThrow())
                .render(kind, l, format.format, values.orElseThrow());
        if (d.isEmpty()) {
            err.println("no template for " + kind + " in " + l.tag() + " as " + format + "; kinds: "
                    + String.join(", ", registry.kinds()));
            return ExitCodes.REFUSED;
        }
        if (outFile == null) {
            out.print(d.get().text());
            out.flush();
        } else {
            try {
                Files.writeString(outFile, d.get().text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("cannot write " + outFile + ": " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
            err.println("wrote " + Output.name(outFile) + " (" + d.get().source() + ")");
        }
        return ExitCodes.OK;
    }
}
