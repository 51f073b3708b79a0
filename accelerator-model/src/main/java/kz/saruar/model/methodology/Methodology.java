package kz.saruar.model.methodology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.catalog.DocumentKind;
import kz.saruar.model.catalog.RuleText;
import kz.saruar.spi.plugin.Plugins;
import kz.saruar.model.decision.Outcome;
import kz.saruar.spi.direction.DirectionProvider;

/**
 * A validated methodology: the catalog, the rules and numbers of the accelerator (docs/rules.md),
 * with the threshold and bands resolved (DEF-08) and the directions of plugins merged (CAT-02).
 * Immutable; obtain one with {@link #standard()}, {@link #load(Path)}, {@link MethodologyLoader} or
 * {@link #toBuilder()}.
 */
public final class Methodology {
    private static final LocalizedText LOW = LocalizedText.of(Map.of(Language.KK, "Төмен деңгей",
            Language.RU, "Низкий уровень", Language.EN, "Low"), List.of(Language.KK, Language.EN));
    private static final LocalizedText MEDIUM = LocalizedText.of(Map.of(Language.KK, "Орташа деңгей",
            Language.RU, "Средний уровень", Language.EN, "Medium"), List.of(Language.KK, Language.EN));
    private static final LocalizedText HIGH = LocalizedText.of(Map.of(Language.KK, "Жоғары деңгей",
            Language.RU, "Высокий уровень", Language.EN, "High"), List.of(Language.KK, Language.EN));

    private static final Comparator<Band> BY_FROM = new Comparator<>() {
        @Override
        public int compare(Band a, Band b) {
            return Integer.compare(a.from(), b.from());
        }
    };

    private final MethodologyDocument document;
    /** The file's normalized tree; null for the standard methodology, whose tree is read when first asked for. */
    private final ObjectNode tree;
    private final ScoringScheme scoring;
    private final ImmutableList<Direction> directions;
    private final ImmutableMap<String, String> directionSources;
    private final ImmutableList<String> warnings;
    private final Plugins plugins;
    /** {@link #toJson()}, written when first asked for: a cohort writes it into its journal and checks it on opening. */
    private volatile String json;

    Methodology(MethodologyDocument document, ObjectNode tree, DirectionRegistry registry,
            Plugins plugins) {
        this(document, registry, plugins, tree.deepCopy());
    }

    /** The standard methodology: its document bound without jackson-databind, its tree read only if asked for. */
    static Methodology ofStandard(MethodologyDocument document, DirectionRegistry registry, Plugins plugins) {
        return new Methodology(document, registry, plugins, null);
    }

    private Methodology(MethodologyDocument document, DirectionRegistry registry, Plugins plugins, ObjectNode tree) {
        this.document = document;
        this.tree = tree;
        this.directions = ImmutableList.copyOf(registry.directions());
        this.directionSources = ImmutableMap.copyOf(registry.sources());
        this.warnings = ImmutableList.copyOf(registry.warnings());
        this.plugins = plugins;
        this.scoring = resolve(document.defense());
    }

    private static ScoringScheme resolve(DefenseRules d) {
        int n = d.jury().size() * d.criteria().size();
        int min = n * d.scale().min();
        int max = n * d.scale().max();
        boolean thresholdDerived = d.passThreshold().isEmpty();
        int threshold = thresholdDerived ? ThresholdMapping.threshold(min, max) : d.passThreshold().get();
        boolean bandsDerived = d.bands().isEmpty();
        List<Band> bands = d.bands();
        if (bandsDerived) {
            List<int[]> edges = ThresholdMapping.bandEdges(min, max);
            List<String> codes = List.of("LOW", "MEDIUM", "HIGH");
            List<LocalizedText> names = List.of(LOW, MEDIUM, HIGH);
            List<Band> derived = new ArrayList<>();
            for (int i = 0; i < edges.size(); i++) {
                derived.add(new Band(codes.get(i), names.get(i), edges.get(i)[0], edges.get(i)[1]));
            }
            bands = derived;
        } else {
            // a plain sort by the band's start: no stream or lambda on the standard methodology's start-up path
            List<Band> sorted = new ArrayList<>(d.bands());
            sorted.sort(BY_FROM);
            bands = sorted;
        }
        return new ScoringScheme(d.jury(), d.scale(), d.criteria(), threshold, bands, thresholdDerived,
                bandsDerived, d.quorum(), d.conflictPolicy());
    }

    /** The standard methodology (2020 KIOR numbers) with the direction plugins found on the classpath. */
    public static Methodology standard() {
        return StandardHolder.STANDARD;
    }

    /** A loader for other methodology files, with control over plugins. */
    public static MethodologyLoader loader() {
        return MethodologyLoader.create();
    }

    /** A loader whose direction plugins (CAT-02) are a center's {@link Plugins}, handed in one place. */
    public static MethodologyLoader loader(Plugins plugins) {
        return MethodologyLoader.create(plugins);
    }

    /**
     * Loads a methodology file, discovering direction plugins.
     *
     * @throws InvalidMethodologyException listing every problem when the file is invalid or unreadable
     */
    public static Methodology load(Path file) {
        return InvalidMethodologyException.orThrow(loader().load(file));
    }

    /** Checks methodology JSON text: accepted with the methodology, or refused with every problem. */
    public static Outcome<Methodology> parse(String json) {
        // the standard file as toJson() writes it (what a cohort pins): the value the validating loader
        // with discovery gives for it, StandardFastPathTest proves, without validating it again
        if (json != null && json.equals(standard().toJson())) {
            return Outcome.accepted(standard());
        }
        return loader().parse(json);
    }

    /** A builder that starts from the standard methodology. */
    public static MethodologyBuilder builder() {
        return standard().toBuilder();
    }

    /** A builder that starts from this methodology. */
    public MethodologyBuilder toBuilder() {
        MethodologyLoader l = MethodologyLoader.create(plugins);
        return new MethodologyBuilder(tree().deepCopy(), l);
    }

    private ObjectNode tree() {
        return tree != null ? tree : MethodologyTrees.normalizedStandardTree();
    }

    /** The methodology as its file would say it (normalized JSON). */
    public String toJson() {
        String j = json;
        if (j == null) {
            j = MethodologyTrees.json(tree());
            json = j;
        }
        return j;
    }

    /** The file as written, before derivation. */
    public MethodologyDocument document() {
        return document;
    }

    /** The methodology's ID, e.g. {@code KIOR_2020}. */
    public String id() {
        return document.id();
    }

    /** The methodology's name. */
    public LocalizedText name() {
        return document.name();
    }

    /** Every direction: the methodology's own (CAT-01), then those of plugins by priority (CAT-02). */
    public List<Direction> directions() {
        return directions;
    }

    /** The direction with this code. */
    public Optional<Direction> direction(String code) {
        Objects.requireNonNull(code, "code");
        return directions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** Which source gave a direction: {@code methodology:<id>} or a provider's name. */
    public Optional<String> directionSource(String code) {
        return Optional.ofNullable(directionSources.get(Objects.requireNonNull(code, "code")));
    }

    /** The directions open in the competition (APP-03 field 6): all, unless the intake names some. */
    public List<Direction> openDirections() {
        List<String> open = document.intake().openDirections();
        return open.isEmpty() ? directions : directions.stream().filter(d -> open.contains(d.code())).toList();
    }

    /** The principles of «Рухани жаңғыру» (CAT-03). */
    public List<CatalogEntry> principles() {
        return document.principles();
    }

    /** The acceleration stages and the expert's role (CAT-04). */
    public List<CatalogEntry> accelerationStages() {
        return document.accelerationStages();
    }

    /** The experts' areas (CAT-05). */
    public List<CatalogEntry> expertAreas() {
        return document.expertAreas();
    }

    /** Funding sources after acceleration (CAT-06). */
    public List<CatalogEntry> fundingSources() {
        return document.fundingSources();
    }

    /** Information platforms (CAT-06). */
    public List<CatalogEntry> informationPlatforms() {
        return document.informationPlatforms();
    }

    /** Social-project ranking criteria (CAT-07). */
    public List<CatalogEntry> rankingCriteria() {
        return document.rankingCriteria();
    }

    /** The kinds of document the methodology names (PRE-08 and the templates). */
    public List<DocumentKind> documentKinds() {
        return document.documentKinds();
    }

    /** The document kind with this code. */
    public Optional<DocumentKind> documentKind(String code) {
        Objects.requireNonNull(code, "code");
        return document.documentKinds().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** Competition and intake (APP-01..11). */
    public IntakeRules intake() {
        return document.intake();
    }

    /** Experts (EXP-01..05). */
    public ExpertRules experts() {
        return document.experts();
    }

    /** Pre-acceleration (PRE-01..09). */
    public PreAccelerationProgram preAcceleration() {
        return document.preAcceleration();
    }

    /** The defense as written (DEF-01..12); see {@link #scoring()} for the resolved scoring. */
    public DefenseRules defense() {
        return document.defense();
    }

    /** The resolved scoring: range, threshold and bands, derived by DEF-08 where not stated. */
    public ScoringScheme scoring() {
        return scoring;
    }

    /** Acceleration (ACC-01..05). */
    public AccelerationProgram acceleration() {
        return document.acceleration();
    }

    /** Exit and brand ambassadors (EXT-01..05). */
    public ExitRules exit() {
        return document.exit();
    }

    /** Maturity diagnostics (MAT-01..07). */
    public MaturityModel maturity() {
        return document.maturity();
    }

    /** LIFTCOIN numbers and lists (LFT-04, LFT-08). */
    public LedgerRules ledger() {
        return document.ledger();
    }

    /** Who may give each lifecycle command (APP-10, APP-12, PRE-09, DEF-11, DEF-12, EXT-02, EXT-04). */
    public LifecycleRules lifecycle() {
        return document.lifecycle();
    }

    /** Every rule with its text, in the rule book's order. */
    public List<RuleText> rules() {
        return document.rules();
    }

    /** The rule with this ID. */
    public Optional<RuleText> rule(RuleId id) {
        Objects.requireNonNull(id, "id");
        return document.rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** What went wrong with plugins that were skipped (never fatal). */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "Methodology[" + id() + ", jury " + scoring.jurySize() + ", criteria " + scoring.criteria().size()
                + ", scale " + scoring.scale().min() + ".." + scoring.scale().max() + ", threshold "
                + scoring.passThreshold() + "]";
    }

    private static final class StandardHolder {
        static final Methodology STANDARD = InvalidMethodologyException.orThrow(MethodologyLoader.create().standard());
    }
}
