package kz.saruar.examples.cli.community;

import kz.saruar.examples.cli.CliCommand;
import kz.saruar.examples.cli.CommandGroup;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.saruar.community.collaboration.Collaboration;
import kz.saruar.community.collaboration.Collaborations;
import kz.saruar.community.ikigai.IkigaiWorksheet;
import kz.saruar.community.registry.Expert;
import kz.saruar.community.registry.ProjectRecord;
import kz.saruar.community.registry.RegistryQuery;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.InputFiles;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import kz.saruar.examples.cli.MethodologyOption;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.document.DocumentRenderer;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.document.RenderedDocument;
import kz.saruar.model.document.TemplateRegistry;
import kz.saruar.spi.document.TemplateFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saruar community collaborations|ikigai|search}: the community's collaborations counted
 * (HUB-05), the ikigai worksheet of an initiative (CAT-08) and a search of the registries (PLT-01).
 * Exit 0 with the result, 1 when the input is refused, 2 when a file cannot be read.
 */
@Command(name = "community", mixinStandardHelpOptions = true,
        description = "The community (HUB-05, CAT-08, PLT-01): collaborations, the ikigai worksheet, registry search.",
        subcommands = {CommunityCommand.CollaborationsCmd.class, CommunityCommand.Ikigai.class, CommunityCommand.Search.class})
public final class CommunityCommand extends CommandGroup {
    private static String list(List<String> items) {
        return items.isEmpty() ? "-" : String.join(", ", items);
    }

    private static ArrayNode array(ObjectNode parent, String name, List<String> items) {
        ArrayNode a = parent.putArray(name);
        items.forEach(a::add);
        return a;
    }

    /** {@code saruar community collaborations FILE [--from DATE] [--to DATE]}. */
    @Command(name = "collaborations", mixinStandardHelpOptions = true,
            description = "Collaborations between projects and with experts (HUB-05): who, what, when, outcome, counted"
                    + " in all, by kind and by party, optionally within a period.")
    static final class CollaborationsCmd extends CliCommand {
        @Parameters(index = "0", paramLabel = "COLLABORATIONS.json", description = "The community's collaborations.")
        Path file;

        @Option(names = "--from", paramLabel = "DATE", description = "Count only those started on or after this day (ISO, e.g. 2021-05-01).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Count only those started on or before this day.")
        LocalDate to;

        @Override
        protected int run(Console c) {
            Outcome<Collaborations> o = Collaborations.read(file).flatMap(read -> from == null && to == null ? Outcome.accepted(read)
                    : Collaborations.of(read.between(Optional.ofNullable(from).orElse(LocalDate.MIN),
                            Optional.ofNullable(to).orElse(LocalDate.MAX))));
            return c.print(o, CommunityCommand::collaborationsJson, all -> print(all, c));
        }

        private static int print(Collaborations all, Console c) {
            PrintWriter out = c.out();
            c.line(CliText.COMMUNITY_COLLABORATIONS, all.count());
            c.line(CliText.COMMUNITY_BY_KIND);
            all.countByKind().forEach((k, n) -> out.println("  " + k.name() + "  " + n));
            c.line(CliText.COMMUNITY_BY_PARTY);
            all.countByParty().forEach((p, n) -> out.println("  " + p + "  " + n));
            for (Collaboration x : all.all()) {
                out.println(x.date() + "  " + String.join(" + ", x.parties()) + "  " + x.what()
                        + x.outcome().map(r -> "  → " + r).orElse(""));
            }
            return c.done(ExitCodes.OK);
        }
    }

    private static ObjectNode collaborationsJson(Collaborations c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("count", c.count());
        ObjectNode kinds = n.putObject("byKind");
        c.countByKind().forEach((k, v) -> kinds.put(k.name(), v));
        ObjectNode parties = n.putObject("byParty");
        c.countByParty().forEach(parties::put);
        ArrayNode all = n.putArray("collaborations");
        for (Collaboration x : c.all()) {
            ObjectNode o = all.addObject().put("kind", x.kind().name());
            array(o, "parties", x.parties());
            o.put("what", x.what()).put("date", x.date().toString());
            x.outcome().ifPresent(r -> o.put("outcome", r));
        }
        return n;
    }

    /** The formats of {@code saruar community ikigai --render}. */
    enum Format {
        /** Markdown. */
        md(TemplateFormat.MARKDOWN),
        /** HTML. */
        html(TemplateFormat.HTML);

        final TemplateFormat format;

        Format(TemplateFormat format) {
            this.format = format;
        }
    }

    /** {@code saruar community ikigai WORKSHEET.json [--render md|html] [--out FILE]}. */
    @Command(name = "ikigai", mixinStandardHelpOptions = true,
            description = "The ikigai worksheet of a social initiative (CAT-08): its three lists and their intersections;"
                    + " --render prints (or --out writes) the document through the template SPI.")
    static final class Ikigai extends CliCommand {
        @Parameters(index = "0", paramLabel = "WORKSHEET.json", description = "The worksheet: initiative, want[], can[], need[].")
        Path file;

        @Option(names = "--render", paramLabel = "FORMAT", description = "Render the worksheet as ${COMPLETION-CANDIDATES}.")
        Format render;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the rendered worksheet to FILE instead of printing it.")
        Path outFile;

        @Mixin
        MethodologyOption methodology;

        @Override
        protected int run(Console c) {
            return c.then(IkigaiWorksheet.read(file), w -> render != null ? c.then(methodology.resolve(), m -> render(w, m, c))
                    : c.show(w, CommunityCommand::ikigaiJson, x -> print(x, c)));
        }

        private static int print(IkigaiWorksheet w, Console c) {
            c.out().println("CAT-08 " + w.initiative());
            c.line(CliText.IKIGAI_ALL_THREE, list(w.intersection()));
            c.line(CliText.IKIGAI_WANT_CAN, list(w.wantAndCan()));
            c.line(CliText.IKIGAI_CAN_NEED, list(w.canAndNeed()));
            c.line(CliText.IKIGAI_WANT_NEED, list(w.wantAndNeed()));
            return c.done(ExitCodes.OK);
        }

        private int render(IkigaiWorksheet w, Methodology m, Console c) {
            Language l = c.language();
            PrintWriter out = c.out();
            TemplateRegistry registry = TemplateRegistry.standard();
            Optional<RenderedDocument> d = DocumentRenderer.of(registry, m)
                    .render(IkigaiWorksheet.DOCUMENT_KIND, l, render.format, w.documentData());
            if (d.isEmpty()) {
                return c.refuse(List.of(Reason.of("NO_TEMPLATE", Rules.CAT_08, IkigaiWorksheet.DOCUMENT_KIND,
                        CliText.NO_TEMPLATE.text(IkigaiWorksheet.DOCUMENT_KIND, l.tag(), render.format,
                                IkigaiWorksheet.DOCUMENT_KIND))));
            }
            if (outFile == null) {
                out.print(d.get().text());
                return c.done(ExitCodes.OK);
            }
            try {
                Files.writeString(outFile, d.get().text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return c.refuse(InputFiles.cannotWrite("--out", outFile, Rules.CAT_08), ExitCodes.UNREADABLE);
            }
            out.println(outFile);
            return c.done(ExitCodes.OK);
        }
    }

    private static ObjectNode ikigaiJson(IkigaiWorksheet w) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("initiative", w.initiative());
        array(n, "want", w.want());
        array(n, "can", w.can());
        array(n, "need", w.need());
        array(n, "intersection", w.intersection());
        array(n, "wantAndCan", w.wantAndCan());
        array(n, "canAndNeed", w.canAndNeed());
        array(n, "wantAndNeed", w.wantAndNeed());
        return n;
    }

    /** What {@code saruar community search} lists. */
    enum Kind {
        /** Experts and projects. */
        all,
        /** Experts only. */
        experts,
        /** Projects only. */
        projects
    }

    /** {@code saruar community search REGISTRY.json [--direction D] [--competency C] [--region R] [--stage S]}. */
    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Search the registries of experts and projects (PLT-01) by direction, competency, region and"
                    + " stage; an absent criterion matches everything. Names and contacts are never printed.")
    static final class Search extends RegistryCommand {
        @Option(names = "--direction", paramLabel = "CODE", description = "A CAT-01 direction code.")
        String direction;

        @Option(names = "--competency", paramLabel = "CODE",
                description = "A CAT-05 expert-area code (for projects: their individual plan asks for it).")
        String competency;

        @Option(names = "--region", paramLabel = "CODE", description = "A region code.")
        String region;

        @Option(names = "--stage", paramLabel = "CODE", description = "A MAT-02 lifecycle stage code (projects only).")
        String stage;

        @Option(names = "--in", paramLabel = "WHAT", description = "What to list: ${COMPLETION-CANDIDATES} (default: all).")
        Kind in = Kind.all;

        @Override
        protected int run(Console c) {
            RegistryQuery q = RegistryQuery.ALL;
            q = direction == null ? q : q.withDirection(direction);
            q = competency == null ? q : q.withCompetency(competency);
            q = region == null ? q : q.withRegion(region);
            q = stage == null ? q : q.withStage(stage);
            RegistryQuery query = q;
            Outcome<Found> o = registry().map(r -> new Found(in == Kind.projects ? List.of() : r.experts(query),
                    in == Kind.experts ? List.of() : r.projects(query)));
            return c.print(o, CommunityCommand::foundJson, f -> print(f, c));
        }

        private int print(Found f, Console c) {
            PrintWriter out = c.out();
            if (in != Kind.projects) {
                c.line(CliText.SEARCH_EXPERTS, f.experts().size());
                for (Expert e : f.experts()) {
                    out.println("  " + e.id() + "  " + e.format() + "  " + e.engagement() + e.company().map(co -> " (" + co + ")").orElse("")
                            + "  " + e.region() + "  " + list(e.competencies()) + "  " + e.currentLoad() + "/" + e.capacityPerMonth());
                }
            }
            if (in != Kind.experts) {
                c.line(CliText.SEARCH_PROJECTS, f.projects().size());
                for (ProjectRecord p : f.projects()) {
                    out.println("  " + p.id() + "  " + p.title() + "  " + p.direction() + "  " + p.region() + "  " + p.stage()
                            + (p.ambassador() ? "  " + c.text(CliText.AMBASSADOR) : "")
                            + (p.certified() ? "  " + c.text(CliText.CERTIFIED) : ""));
                }
            }
            return c.done(ExitCodes.OK);
        }
    }

    /** What a search found. */
    private record Found(List<Expert> experts, List<ProjectRecord> projects) {
    }

    private static ObjectNode foundJson(Found f) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode es = n.putArray("experts");
        for (Expert e : f.experts()) {
            ObjectNode o = es.addObject().put("id", e.id()).put("format", e.format().name())
                    .put("engagement", e.engagement().name());
            e.company().ifPresent(c -> o.put("company", c));
            array(o, "competencies", e.competencies());
            array(o, "directions", e.directions());
            array(o, "languages", e.languages());
            o.put("region", e.region()).put("capacityPerMonth", e.capacityPerMonth()).put("currentLoad", e.currentLoad());
        }
        ArrayNode ps = n.putArray("projects");
        for (ProjectRecord p : f.projects()) {
            ObjectNode o = ps.addObject().put("id", p.id()).put("title", p.title()).put("direction", p.direction())
                    .put("region", p.region()).put("stage", p.stage()).put("ambassador", p.ambassador())
                    .put("certified", p.certified());
            p.impact().ifPresent(i -> o.put("impact", i));
        }
        return n;
    }
}
