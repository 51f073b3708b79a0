package kz.saruar.model.document;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.document.DocumentTemplate;
import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.document.TemplateFormat;

/**
 * The library's own templates of the {@link BuiltInDocument}s in Kazakh, Russian and English, HTML
 * and Markdown, read from {@code kz/saruar/model/templates/} (APP-03, APP-05, PRE-04, EXP-04,
 * DEF-09, DEF-10, DEF-11, EXT-03). Priority {@value #PRIORITY}: any provider with the default
 * priority 0 overrides them.
 */
public final class BuiltInTemplates implements DocumentTemplateProvider {
    /** The priority of the built-in templates. */
    public static final int PRIORITY = -100;
    /** The name under which the built-in templates are reported. */
    public static final String NAME = "saruar-built-in";
    private static final String ROOT = "/kz/saruar/model/templates/";

    private final ImmutableList<DocumentTemplate> templates;

    /** Reads the templates from the jar. */
    public BuiltInTemplates() {
        ImmutableList.Builder<DocumentTemplate> b = ImmutableList.builder();
        for (BuiltInDocument d : BuiltInDocument.values()) {
            for (Language l : Language.values()) {
                for (TemplateFormat f : TemplateFormat.values()) {
                    String name = d.resourceStem() + "." + l.tag() + "." + f.extension() + ".mustache";
                    b.add(DocumentTemplate.of(d.code(), l.tag(), f, read(ROOT + name)));
                }
            }
        }
        this.templates = b.build();
    }

    private static String read(String resource) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SaruarException("built-in template missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in template " + resource, e);
        }
    }

    @Override
    public String providerName() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public List<DocumentTemplate> templates() {
        return templates;
    }
}
