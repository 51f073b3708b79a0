package kz.saruar.model.document;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.spi.plugin.Plugins;
import kz.saruar.spi.document.TemplateFormat;

/**
 * Renders the methodology's documents (APP-03, APP-05, PRE-04, EXP-04, DEF-09, DEF-10, DEF-11,
 * EXT-03) from the templates in force with Mustache. Every value of the data is escaped for the
 * format: a project named {@code <script>alert(1)</script>} renders as text. The methodology's
 * figures are added under {@code methodology} (e.g. {@code {{methodology.certificateAcademicHours}}},
 * DEF-10's 480 hours), so that a template never hard-codes them.
 */
public final class DocumentRenderer {
    private final TemplateRegistry registry;
    private final Methodology methodology;

    private DocumentRenderer(TemplateRegistry registry, Methodology methodology) {
        this.registry = registry;
        this.methodology = methodology;
    }

    /** A renderer with these templates and this methodology's figures. */
    public static DocumentRenderer of(TemplateRegistry registry, Methodology methodology) {
        return new DocumentRenderer(Objects.requireNonNull(registry, "registry"),
                Objects.requireNonNull(methodology, "methodology"));
    }

    /** A renderer with the built-in templates and those of a center's {@link Plugins}, and this methodology's figures. */
    public static DocumentRenderer of(Plugins plugins, Methodology methodology) {
        return of(TemplateRegistry.of(plugins), methodology);
    }

    /** The templates in force. */
    public TemplateRegistry registry() {
        return registry;
    }

    /**
     * Renders a document; empty when no template exists for the kind, language and format.
     *
     * @param data the document's values: maps, lists, strings, numbers, booleans (as {@link DocumentData} reads them)
     */
    public Optional<RenderedDocument> render(String kind, Language language, TemplateFormat format, Map<String, ?> data) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
        return registry.entry(kind, language, format).map(e -> {
            Map<String, Object> scope = new LinkedHashMap<>(data);
            scope.put("methodology", figures(language));
            StringWriter w = new StringWriter();
            e.mustache().execute(w, scope);
            return new RenderedDocument(kind, language, format, e.provider(), w.toString());
        });
    }

    private Map<String, Object> figures(Language language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", methodology.name().get(language));
        m.put("certificateAcademicHours", String.valueOf(methodology.defense().certificateAcademicHours()));
        m.put("applicationToAccelerationDays", String.valueOf(methodology.defense().applicationToAccelerationDays()));
        m.put("passThreshold", String.valueOf(methodology.scoring().passThreshold()));
        m.put("preAccelerationMonths", String.valueOf(methodology.preAcceleration().durationMonths()));
        return m;
    }
}
