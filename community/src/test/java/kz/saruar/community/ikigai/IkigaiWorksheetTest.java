package kz.saruar.community.ikigai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.saruar.model.Language;
import kz.saruar.model.document.DocumentRenderer;
import kz.saruar.model.document.RenderedDocument;
import kz.saruar.model.document.TemplateRegistry;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.spi.document.TemplateFormat;
import org.junit.jupiter.api.Test;

class IkigaiWorksheetTest {
    static final IkigaiWorksheet W = new IkigaiWorksheet("Eco school <kids>",
            List.of("Clean yards", "Sorting bins", "Summer camp"),
            List.of("sorting bins ", "Lessons", "Clean yards"),
            List.of("Clean yards", "Sorting bins", "Jobs"));

    @Test
    void CAT_08_three_lists_and_their_intersection() {
        assertThat(W.intersection()).containsExactly("Clean yards", "Sorting bins");
        assertThat(W.canAndNeed()).containsExactly("sorting bins", "Clean yards");
        assertThat(new IkigaiWorksheet("x", List.of("a"), List.of("b"), List.of("a")).intersection()).isEmpty();
    }

    @Test
    void CAT_08_the_worksheet_renders_through_the_template_spi() {
        DocumentRenderer r = DocumentRenderer.of(TemplateRegistry.builder().withoutDiscovery()
                .withProviders(new IkigaiTemplates()).build(), Methodology.standard());
        RenderedDocument md = r.render(IkigaiWorksheet.DOCUMENT_KIND, Language.RU, TemplateFormat.MARKDOWN, W.documentData()).orElseThrow();
        assertThat(md.text()).contains("| Чего хотят | Что могут | Что нужно |").contains("| 1 | Clean yards | sorting bins  | Clean yards |")
                .contains("- Clean yards\n- Sorting bins");
        RenderedDocument html = r.render(IkigaiWorksheet.DOCUMENT_KIND, Language.KK, TemplateFormat.HTML, W.documentData()).orElseThrow();
        assertThat(html.text()).contains("Не қалайды").contains("Eco school &lt;kids&gt;").doesNotContain("<kids>");
        assertThat(TemplateRegistry.standard()).as("discovered from META-INF/services").isNotNull();
        assertThat(DocumentRenderer.of(TemplateRegistry.standard(), Methodology.standard())
                .render(IkigaiWorksheet.DOCUMENT_KIND, Language.EN, TemplateFormat.MARKDOWN, W.documentData())).isPresent();
    }

    @Test
    void CAT_08_a_worksheet_is_read_strictly_from_json() {
        IkigaiWorksheet w = IkigaiWorksheet.parse("{\"initiative\": \"Eco\", \"want\": [\"a\", \"b\"], \"can\": [\"B\"],"
                + " \"need\": [\"b \"]}").orElseThrow();
        assertThat(w.intersection()).containsExactly("b");
        assertThat(IkigaiWorksheet.parse("{\"initiative\": \"Eco\", \"want\": [], \"can\": [], \"needs\": []}").reasons())
                .as("an unknown field is refused with its path").isNotEmpty()
                .allSatisfy(r -> assertThat(r.rule().value()).isEqualTo("CAT-08"));
    }
}
