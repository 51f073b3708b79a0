package kz.saruar.spi.testkit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.saruar.spi.document.DocumentTemplate;
import kz.saruar.spi.document.DocumentTemplateProvider;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link DocumentTemplateProvider}: implement this interface in a test class,
 * return the provider from {@link #provider()}, and JUnit 5 and jqwik run every check. A provider
 * that passes is one the library loads instead of reporting and skipping it.
 */
public interface DocumentTemplateProviderContract {
    /** The tag pattern that the library accepts for kinds. */
    Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    /** Tags that would write unescaped text, load files or change delimiters. */
    Pattern FORBIDDEN = Pattern.compile("\\{\\{\\s*[{&>=<$]");
    /** A Mustache tag. */
    Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/!]?)\\s*([^}]*?)\\s*}}");

    /** The provider under test; a new instance or the same one. */
    DocumentTemplateProvider provider();

    /** The provider has a name to report. */
    @Test
    default void provider_name_is_not_blank() {
        assertThat(provider().providerName()).isNotBlank();
    }

    /** It supplies at least one template, none null. */
    @Test
    default void templates_are_not_empty_and_not_null() {
        List<DocumentTemplate> ts = provider().templates();
        assertThat(ts).isNotNull().isNotEmpty().doesNotContainNull();
    }

    /** Every kind is a code {@code [A-Z][A-Z0-9_]*}. */
    @Test
    default void every_kind_is_a_code() {
        for (DocumentTemplate t : provider().templates()) {
            assertThat(t.kind()).as(t.toString()).matches(CODE);
        }
    }

    /** Every language is one the library speaks: kk, ru or en. */
    @Test
    default void every_language_is_kk_ru_or_en() {
        for (DocumentTemplate t : provider().templates()) {
            assertThat(t.language()).as(t.toString()).isIn("kk", "ru", "en");
        }
    }

    /** Kind + language + format is unique within the provider. */
    @Test
    default void no_template_is_given_twice() {
        Set<String> seen = new HashSet<>();
        for (DocumentTemplate t : provider().templates()) {
            assertThat(seen.add(t.kind() + "/" + t.language() + "/" + t.format())).as("duplicate " + t).isTrue();
        }
    }

    /** User values are written only with escaping double braces: no triple braces, <code>{{&amp;}}</code>, partials or delimiter changes. */
    @Test
    default void user_values_are_only_written_escaped() {
        for (DocumentTemplate t : provider().templates()) {
            assertThat(t.text()).as(t.toString()).isNotBlank();
            assertThat(FORBIDDEN.matcher(t.text()).find()).as("unescaped output or partial in " + t).isFalse();
        }
    }

    /** Every section that opens closes, in order. */
    @Test
    default void sections_are_balanced() {
        for (DocumentTemplate t : provider().templates()) {
            Deque<String> open = new ArrayDeque<>();
            Matcher m = TAG.matcher(t.text());
            while (m.find()) {
                String sigil = m.group(1);
                String name = m.group(2);
                if (sigil.equals("#") || sigil.equals("^")) {
                    open.push(name);
                } else if (sigil.equals("/")) {
                    assertThat(open).as("closing " + name + " without opening in " + t).isNotEmpty();
                    assertThat(open.pop()).as("section closed out of order in " + t).isEqualTo(name);
                }
            }
            assertThat(open).as("unclosed sections in " + t).isEmpty();
        }
    }

    /** The provider gives the same templates every time it is asked. */
    @Property(tries = 5)
    default void templates_are_the_same_every_time(@ForAll @IntRange(min = 1, max = 4) int calls) {
        List<DocumentTemplate> first = provider().templates();
        for (int i = 0; i < calls; i++) {
            assertThat(provider().templates()).isEqualTo(first);
        }
        assertThat(provider().priority()).isEqualTo(provider().priority());
    }
}
