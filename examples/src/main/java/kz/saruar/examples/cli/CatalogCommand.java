package kz.saruar.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import kz.saruar.model.methodology.MethodologyResult;
import kz.saruar.model.methodology.ScoringScheme;
import kz.saruar.model.validation.Problem;
import kz.saruar.model.validation.ProblemKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saruar catalog}: the methodology's catalog in one language, or as JSON. */
@Command(name = "catalog", description = "Print the methodology's catalog: directions, criteria, programs, ...")
public final class CatalogCommand implements Callable<Integer> {
    private static final Map<Language, Map<String, String>> HEADINGS = Map.of(
            Language.KK, Map.ofEntries(
                    Map.entry("directions", "Бағыттар (CAT-01/02)"), Map.entry("principles", "Қағидаттар (CAT-03)"),
                    Map.entry("stages", "Акселерация кезеңдері (CAT-04)"), Map.entry("areas", "Сарапшылар салалары (CAT-05)"),
                    Map.entry("funding", "Қаржыландыру көздері (CAT-06)"), Map.entry("ranking", "Рейтинг өлшемдері (CAT-07)"),
                    Map.entry("jury", "Қазылар алқасы (DEF-03)"), Map.entry("criteria", "Қорғау өлшемдері (DEF-04)"),
                    Map.entry("threshold", "Өту шегі (DEF-06)"), Map.entry("bands", "Деңгейлер (DEF-07)"),
                    Map.entry("pre", "Преакселерация (PRE-01/02)"), Map.entry("acc", "Акселерация (ACC-01/02)"),
                    Map.entry("ambassador", "Бренд-амбассадор өлшемдері (EXT-02)"),
                    Map.entry("lifecycle", "Өмірлік цикл кезеңдері (MAT-02)"), Map.entry("priority", "Басым бағыттар (LFT-08)"),
                    Map.entry("months", "ай"), Map.entry("hours", "сағ"), Map.entry("unknown", "белгісіз"),
                    Map.entry("derived", "DEF-08 бойынша шығарылған"), Map.entry("stated", "файлда көрсетілген")),
            Language.RU, Map.ofEntries(
                    Map.entry("directions", "Направления (CAT-01/02)"), Map.entry("principles", "Принципы (CAT-03)"),
                    Map.entry("stages", "Этапы акселерации (CAT-04)"), Map.entry("areas", "Сферы экспертов (CAT-05)"),
                    Map.entry("funding", "Источники финансирования (CAT-06)"), Map.entry("ranking", "Критерии ранжирования (CAT-07)"),
                    Map.entry("jury", "Жюри (DEF-03)"), Map.entry("criteria", "Критерии защиты (DEF-04)"),
                    Map.entry("threshold", "Проходной балл (DEF-06)"), Map.entry("bands", "Уровни (DEF-07)"),
                    Map.entry("pre", "Преакселерация (PRE-01/02)"), Map.entry("acc", "Акселерация (ACC-01/02)"),
                    Map.entry("ambassador", "Критерии бренд-амбассадора (EXT-02)"),
                    Map.entry("lifecycle", "Этапы жизненного цикла (MAT-02)"), Map.entry("priority", "Приоритетные направления (LFT-08)"),
                    Map.entry("months", "мес."), Map.entry("hours", "ч"), Map.entry("unknown", "не указано"),
                    Map.entry("derived", "выведено по DEF-08"), Map.entry("stated", "указано в файле")),
            Language.EN, Map.ofEntries(
                    Map.entry("directions", "Directions (CAT-01/02)"), Map.entry("principles", "Principles (CAT-03)"),
                    Map.entry("stages", "Acceleration stages (CAT-04)"), Map.entry("areas", "Expert areas (CAT-05)"),
                    Map.entry("funding", "Funding sources (CAT-06)"), Map.entry("ranking", "Ranking criteria (CAT-07)"),
                    Map.entry("jury", "Jury (DEF-03)"), Map.entry("criteria", "Defense criteria (DEF-04)"),
                    Map.entry("threshold", "Pass threshold (DEF-06)"), Map.entry("bands", "Bands (DEF-07)"),
                    Map.entry("pre", "Pre-acceleration (PRE-01/02)"), Map.entry("acc", "Acceleration (ACC-01/02)"),
                    Map.entry("ambassador", "Brand-ambassador criteria (EXT-02)"),
                    Map.entry("lifecycle", "Lifecycle stages (MAT-02)"), Map.entry("priority", "Priority directions (LFT-08)"),
                    Map.entry("months", "months"), Map.entry("hours", "h"), Map.entry("unknown", "unknown"),
                    Map.entry("derived", "derived by DEF-08"), Map.entry("stated", "stated in the file")));

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
        MethodologyResult r = methodology.resolve();
        if (!r.isValid()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("the methodology is invalid: " + r.problems().size() + " problem(s)");
            r.problems().forEach(p -> err.println("  " + p.describe(lang.language())));
            err.flush();
            return r.problems().stream().map(Problem::kind).anyMatch(k -> k == ProblemKind.UNREADABLE)
                    ? ExitCodes.UNREADABLE : ExitCodes.REFUSED;
        }
        Methodology m = r.orElseThrow();
        if (json) {
            out.println(toJson(m));
        } else {
            printText(m, lang.language(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String toJson(Methodology m) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module())
                .enable(SerializationFeature.INDENT_OUTPUT);
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
        root.set("methodology", mapper.readTree(m.toJson()));
        return mapper.writeValueAsString(root);
    }

    private static void printText(Methodology m, Language l, PrintWriter out) {
        Map<String, String> h = HEADINGS.get(l);
        out.println(m.name().get(l) + " [" + m.id() + "]");
        out.println();
        section(out, h.get("directions"), m.directions(), d -> d.code() + " — " + d.name().get(l)
                + (m.directionSource(d.code()).filter(s -> !s.startsWith("methodology:")).map(s -> "  [" + s + "]")
                        .orElse("")));
        entries(out, h.get("principles"), m.principles(), l);
        entries(out, h.get("stages"), m.accelerationStages(), l);
        entries(out, h.get("areas"), m.expertAreas(), l);
        entries(out, h.get("funding"), m.fundingSources(), l);
        entries(out, h.get("ranking"), m.rankingCriteria(), l);
        ScoringScheme s = m.scoring();
        section(out, h.get("jury") + ": " + s.jurySize(), s.jury().seats(),
                (JurySeat seat) -> seat.count() + " × " + seat.name().get(l));
        section(out, h.get("criteria") + ": " + s.scale().min() + ".." + s.scale().max(), s.criteria(),
                (Criterion c) -> c.code() + " — " + c.name().get(l));
        out.println(h.get("threshold") + ": " + s.passThreshold() + " / [" + s.minTotal() + ", " + s.maxTotal() + "] ("
                + h.get(s.thresholdDerived() ? "derived" : "stated") + ")");
        out.println();
        section(out, h.get("bands"), s.bands(), (Band b) -> b.code() + " — " + b.name().get(l) + ": " + b.from()
                + "–" + b.to());
        section(out, h.get("pre") + ": " + m.preAcceleration().durationMonths() + " " + h.get("months"),
                m.preAcceleration().kickoffSessions(), (KickoffSession k) -> k.name().get(l));
        section(out, h.get("acc") + ": " + m.acceleration().durationMonths() + " " + h.get("months"),
                m.acceleration().modules(), (CurriculumModule c) -> c.name().get(l) + " — "
                        + c.hours().map(x -> x.stripTrailingZeros().toPlainString() + " " + h.get("hours"))
                                .orElse(h.get("unknown")));
        entries(out, h.get("ambassador"), m.exit().ambassadorCriteria(), l);
        section(out, h.get("lifecycle"), m.maturity().lifecycleStages(),
                (LifecycleStage st) -> st.name().get(l) + " — " + st.risk().get(l));
        entries(out, h.get("priority"), m.ledger().priorityDirections(), l);
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
