package kz.saruar.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import kz.saruar.model.Language;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.catalog.KickoffSession;
import kz.saruar.model.catalog.LifecycleStage;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code saruar catalog}: the methodology's catalog in one language, or as JSON. */
@Command(name = "catalog", description = "Print the methodology's catalog: directions, criteria, programs, ...")
public final class CatalogCommand extends CliCommand {
    @Mixin
    MethodologyOption methodology;

    @Override
    protected int run(Console c) {
        return c.print(methodology.resolve(), methodology.refusedHeading(c.language()), CatalogCommand::toJson, m -> {
            printText(m, c.language(), c.out());
            return c.done(ExitCodes.OK);
        });
    }

    private static ObjectNode toJson(Methodology m) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());
        ObjectNode root = mapper.createObjectNode();
        root.put("id", m.id());
        root.set("name", mapper.valueToTree(m.name()));
        ArrayNode ds = root.putArray("directions");
        for (Direction d : m.directions()) {
            ObjectNode o = mapper.valueToTree(d);
            o.put("source", m.directionSource(d.code()).orElse("?"));
            ds.add(o);
        }
        root.set("scoring", mapper.valueToTree(m.scoring()));
        ObjectNode range = (ObjectNode) root.get("scoring");
        range.put("minTotal", m.scoring().minTotal());
        range.put("maxTotal", m.scoring().maxTotal());
        try {
            root.set("methodology", mapper.readTree(m.toJson()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private static void printText(Methodology m, Language l, PrintWriter out) {
        Function<CliText, String> h = key -> key.get(l);
        out.println(m.name().get(l) + " [" + m.id() + "]");
        out.println();
        section(out, h.apply(CliText.CAT_DIRECTIONS), m.directions(), d -> d.code() + " — " + d.name().get(l)
                + (m.directionSource(d.code()).filter(s -> !s.startsWith("methodology:")).map(s -> "  [" + s + "]")
                        .orElse("")));
        entries(out, h.apply(CliText.CAT_PRINCIPLES), m.principles(), l);
        entries(out, h.apply(CliText.CAT_STAGES), m.accelerationStages(), l);
        entries(out, h.apply(CliText.CAT_AREAS), m.expertAreas(), l);
        entries(out, h.apply(CliText.CAT_FUNDING), m.fundingSources(), l);
        entries(out, h.apply(CliText.CAT_RANKING), m.rankingCriteria(), l);
        ScoringScheme s = m.scoring();
        section(out, h.apply(CliText.CAT_JURY) + ": " + s.jurySize(), s.jury().seats(),
                (JurySeat seat) -> seat.count() + " × " + seat.name().get(l));
        section(out, h.apply(CliText.CAT_CRITERIA) + ": " + s.scale().min() + ".." + s.scale().max(), s.criteria(),
                (Criterion c) -> c.code() + " — " + c.name().get(l));
        out.println(h.apply(CliText.CAT_THRESHOLD) + ": " + s.passThreshold() + " / [" + s.minTotal() + ", " + s.maxTotal() + "] ("
                + (s.thresholdDerived() ? CliText.CAT_DERIVED : CliText.CAT_STATED).get(l) + ")");
        out.println();
        section(out, h.apply(CliText.CAT_BANDS), s.bands(), (Band b) -> b.code() + " — " + b.name().get(l) + ": " + b.from()
                + "–" + b.to());
        section(out, h.apply(CliText.CAT_PRE) + ": " + CliText.CAT_MONTHS.get(l, m.preAcceleration().durationMonths()),
                m.preAcceleration().kickoffSessions(), (KickoffSession k) -> k.name().get(l));
        section(out, h.apply(CliText.CAT_ACC) + ": " + CliText.CAT_MONTHS.get(l, m.acceleration().durationMonths()),
                m.acceleration().modules(), (CurriculumModule c) -> c.name().get(l) + " — "
                        + c.hours().map(x -> CliText.CAT_HOURS.get(l, x.stripTrailingZeros().toPlainString()))
                                .orElse(h.apply(CliText.CAT_UNKNOWN)));
        entries(out, h.apply(CliText.CAT_AMBASSADOR), m.exit().ambassadorCriteria(), l);
        section(out, h.apply(CliText.CAT_LIFECYCLE), m.maturity().lifecycleStages(),
                (LifecycleStage st) -> st.name().get(l) + " — " + st.risk().get(l));
        entries(out, h.apply(CliText.CAT_PRIORITY), m.ledger().priorityDirections(), l);
    }

    private static void entries(PrintWriter out, String heading, List<CatalogEntry> es, Language l) {
        section(out, heading, es, e -> e.name().get(l));
    }

    private static <T> void section(PrintWriter out, String heading, List<T> items, Function<T, String> line) {
        out.println(heading);
        int i = 1;
        for (T t : items) {
            out.println("  " + i++ + ". " + line.apply(t));
        }
        out.println();
    }
}
