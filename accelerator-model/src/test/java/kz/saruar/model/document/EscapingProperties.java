package kz.saruar.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.saruar.model.Language;
import kz.saruar.spi.document.TemplateFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any user text renders inert: HTML and Markdown output never carry a raw tag or a new line from it (APP-03, DEF-10). */
class EscapingProperties {
    private static final TemplateRegistry REGISTRY = TemplateRegistry.builder().withoutDiscovery().build();

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("<>&\"'`=|*_[]()#+-.!\\\n\r ~{}").ofMaxLength(40),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
                        "{{methodology.name}}", "{{{x}}}", "\n# Heading\n| a | b |"));
    }

    @Property(tries = 300)
    void html_escaping_leaves_no_markup_and_is_reversible(@ForAll("hostile") String s) {
        String e = Escapers.html(s);
        assertThat(e).doesNotContain("<").doesNotContain(">").doesNotContain("\"").doesNotContain("'");
        String back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#96;", "`").replace("&#61;", "=").replace("&amp;", "&");
        assertThat(back).isEqualTo(s);
    }

    @Property(tries = 300)
    void markdown_escaping_leaves_no_raw_html_or_line_break(@ForAll("hostile") String s) {
        String e = Escapers.markdown(s);
        assertThat(e).doesNotContain("\n").doesNotContain("\r");
        assertThat(e.replace("<br>", "")).doesNotContain("<").doesNotContain(">");
        for (char c : new char[] {'[', ']', '`', '*', '_', '|'}) {
            int i = e.indexOf(c);
            while (i >= 0) {
                assertThat(i).as("unescaped %s in %s", c, e).isGreaterThan(0);
                assertThat(e.charAt(i - 1)).as("unescaped %s in %s", c, e).isEqualTo('\\');
                i = e.indexOf(c, i + 1);
            }
        }
    }

    @Property(tries = 100)
    void a_user_value_never_becomes_a_template_tag(@ForAll("hostile") String s) {
        DocumentTemplateCheck.render(REGISTRY, s);
    }

    /** Renders a one-row individual plan with the value and checks it appears only escaped. */
    static final class DocumentTemplateCheck {
        private DocumentTemplateCheck() {
        }

        static void render(TemplateRegistry registry, String value) {
            TemplateRegistry.Entry e = registry.entry("INDIVIDUAL_PLAN", Language.EN, TemplateFormat.HTML).orElseThrow();
            java.io.StringWriter w = new java.io.StringWriter();
            e.mustache().execute(w, Map.of("rows", List.of(Map.of("task", value)), "methodology", Map.of("name", "M")));
            assertThat(w.toString()).contains("<td>" + Escapers.html(value) + "</td>");
        }
    }
}
