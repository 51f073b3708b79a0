package kz.saruar.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.catalog.KickoffSession;
import kz.saruar.model.catalog.LifecycleStage;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.methodology.ScoringScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saruar catalog}: the methodology's catalog in one language, or as JSON. */
@Command(name = "catalog", description = "Print the methodology's catalog: directions, criteria, programs, ...")
public final class CatalogCommand implements Callable<Integer> {
    /** Headings and words of the text catalog, Saruar's own wording in kk/ru/en. */
    private static final Map<String, LocalizedText> HEADINGS = Map.ofEntries(
            Map.entry("directions", LocalizedText.message("Бағыттар (CAT-01/02)", "Направления (CAT-01/02)",
                    "Directions (CAT-01/02)")),
            Map.entry("principles", LocalizedText.message("Қағидаттар (CAT-03)", "Принципы (CAT-03)",
                    "Principles (CAT-03)")),
            Map.entry("stages", LocalizedText.message("Акселерация кезеңдері (CAT-04)", "Этапы акселерации (CAT-04)",
                    "Acceleration stages (CAT-04)")),
            Map.entry("areas", LocalizedText.message("Сарапшылар салалары (CAT-05)", "Сферы экспертов (CAT-05)",
                    "Expert areas (CAT-05)")),
            Map.entry("funding", LocalizedText.message("Қаржыландыру көздері (CAT-06)", "Источники финансирования (CAT-06)",
                    "Funding sources (CAT-06)")),
            Map.entry("ranking", LocalizedText.message("Рейтинг өлшемдері (CAT-07)", "Критерии ранжирования (CAT-07)",
                    "Ranking criteria (CAT-07)")),
            Map.entry("jury", LocalizedText.message("Қазылар алқасы (DEF-03)", "Жюри (DEF-03)",
                    "Jury (DEF-03)")),
            Map.entry("criteria", LocalizedText.message("Қорғау өлшемдері (DEF-04)", "Критерии защиты (DEF-04)",
                    "Defense criteria (DEF-04)")),
            Map.entry("threshold", LocalizedText.message("Өту шегі (DEF-06)", "Проходной балл (DEF-06)",
                    "Pass threshold (DEF-06)")),
            Map.entry("bands", LocalizedText.message("Деңгейлер (DEF-07)", "Уровни (DEF-07)",
                    "Bands (DEF-07)")),
            Map.entry("pre", LocalizedText.message("Преакселерация (PRE-01/02)", "Преакселерация (PRE-01/02)",
                    "Pre-acceleration (PRE-01/02)")),
            Map.entry("acc", LocalizedText.message("Акселерация (ACC-01/02)", "Акселерация (ACC-01/02)",
                    "Acceleration (ACC-01/02)")),
            Map.entry("ambassador", LocalizedText.message("Бренд-амбассадор өлшемдері (EXT-02)", "Критерии бренд-амбассадора (EXT-02)",
                    "Brand-ambassador criteria (EXT-02)")),
            Map.entry("lifecycle", LocalizedText.message("Өмірлік цикл кезеңдері (MAT-02)", "Этапы жизненного цикла (MAT-02)",
                    "Lifecycle stages (MAT-02)")),
            Map.entry("priority", LocalizedText.message("Басым бағыттар (LFT-08)", "Приоритетные направления (LFT-08)",
                    "Priority directions (LFT-08)")),
            Map.entry("months", LocalizedText.message("ай", "мес.",
                    "months")),
            Map.entry("hours", LocalizedText.message("сағ", "ч",
                    "h")),
            Map.entry("unknown", LocalizedText.message("белгісіз", "не указано",
                    "unknown")),
            Map.entry("derived", LocalizedText.message("DEF-08 бойынша шығарылған", "выведено по DEF-08",
                    "derived by DEF-08")),
            Map.entry("stated", LocalizedText.message("файлда көрсетілген", "указано в файле",
                    "stated in the file")));

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", description = "Language: ${COMPLETION-CANDIDATES} (default: ru).")
    Lang lang = Lang.ru;

    @Option(names = "--json", description = "Print the catalog as JSON (all languages).")
    boolean json;

    @Mixin
    MethodologyOption methodology;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Outcome<Methodology> r = methodology.resolve();
        if (r.refused()) {
            return Problems.report(r.reasons(), methodology.refusedHeading(), lang.language(), json, out,
                    spec.commandLine().getErr());
        }
        Methodology m = r.orElseThrow();
        if (json) {
            return Problems.printAccepted(m, CatalogCommand::toJson, lang.language(), out);
        } else {
            printText(m, lang.language(), out);
        }
        out.flush();
        return ExitCodes.OK;
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
        Function<String, String> h = key -> HEADINGS.get(key).get(l);
        out.println(m.name().get(l) + " [" + m.id() + "]");
        out.println();
        section(out, h.apply("directions"), m.directions(), d -> d.code() + " — " + d.name().get(l)
                + (m.directionSource(d.code()).filter(s -> !s.startsWith("methodology:")).map(s -> "  [" + s + "]")
                        .orElse("")));
        entries(out, h.apply("principles"), m.principles(), l);
        entries(out, h.apply("stages"), m.accelerationStages(), l);
        entries(out, h.apply("areas"), m.expertAreas(), l);
        entries(out, h.apply("funding"), m.fundingSources(), l);
        entries(out, h.apply("ranking"), m.rankingCriteria(), l);
        ScoringScheme s = m.scoring();
        section(out, h.apply("jury") + ": " + s.jurySize(), s.jury().seats(),
                (JurySeat seat) -> seat.count() + " × " + seat.name().get(l));
        section(out, h.apply("criteria") + ": " + s.scale().min() + ".." + s.scale().max(), s.criteria(),
                (Criterion c) -> c.code() + " — " + c.name().get(l));
        out.println(h.apply("threshold") + ": " + s.passThreshold() + " / [" + s.minTotal() + ", " + s.maxTotal() + "] ("
                + h.apply(s.thresholdDerived() ? "derived" : "stated") + ")");
        out.println();
        section(out, h.apply("bands"), s.bands(), (Band b) -> b.code() + " — " + b.name().get(l) + ": " + b.from()
                + "–" + b.to());
        section(out, h.apply("pre") + ": " + m.preAcceleration().durationMonths() + " " + h.apply("months"),
                m.preAcceleration().kickoffSessions(), (KickoffSession k) -> k.name().get(l));
        section(out, h.apply("acc") + ": " + m.acceleration().durationMonths() + " " + h.apply("months"),
                m.acceleration().modules(), (CurriculumModule c) -> c.name().get(l) + " — "
                        + c.hours().map(x -> x.stripTrailingZeros().toPlainString() + " " + h.apply("hours"))
                                .orElse(h.apply("unknown")));
        entries(out, h.apply("ambassador"), m.exit().ambassadorCriteria(), l);
        section(out, h.apply("lifecycle"), m.maturity().lifecycleStages(),
                (LifecycleStage st) -> st.name().get(l) + " — " + st.risk().get(l));
        entries(out, h.apply("priority"), m.ledger().priorityDirections(), l);
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
