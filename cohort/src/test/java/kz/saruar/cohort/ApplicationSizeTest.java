package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonLimits;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.PersonalDataPolicy;
import kz.saruar.model.application.ProjectApplication;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * APP-03: an application given to the cohort as a value is held to the size a text input may
 * have, though the cohort no longer writes it out as text to find out: a cheap upper bound of its
 * text's length lets the usual application through, and only one that may be too large is written.
 */
class ApplicationSizeTest {
    @Test
    void APP_03_an_application_larger_than_a_text_input_may_be_is_refused_and_nothing_is_written() {
        int limit = JsonLimits.DEFAULT.maxInputChars();
        ProjectApplication huge = withShortDescription("слово ".repeat(limit / 6 + 10));
        InMemoryJournalStore store = new InMemoryJournalStore();
        Cohort cohort = Fixture.create(store, Clock.fixed(Fixture.START, kz.saruar.model.Kazakhstan.ZONE));
        long before = cohort.position();

        Outcome<CohortReceipt> o = cohort.submit(new CohortCommand.SubmitApplication("k-huge", Fixture.TEAM, "P-1", huge));

        assertThat(o.refused()).isTrue();
        assertThat(o.reasons()).extracting(Reason::code).containsExactly("TOO_LARGE");
        assertThat(cohort.position()).isEqualTo(before);
        assertThat(cohort.view("P-1")).isEmpty();
    }

    @Test
    void APP_03_an_application_whose_bound_passes_the_limit_but_whose_text_does_not_is_read_as_usual() {
        // Latin text: the bound counts every character as escaped (six), the text writes it as one
        int limit = JsonLimits.DEFAULT.maxInputChars();
        ProjectApplication large = withShortDescription("word ".repeat(limit / 5 / 4));
        assertThat(Applications.lengthBound(Applications.written(large).tree(), 0)).isGreaterThan(limit);

        Outcome<ProjectApplication> o = Applications.validate(Applications.written(large), Fixture.START);

        // read as a text input is: past the size check, refused only for the description's own length
        assertThat(o.reasons()).extracting(Reason::code).doesNotContain("TOO_LARGE");
    }

    @Property(tries = 50)
    void the_length_bound_is_never_below_the_length_of_the_written_text(
            @ForAll @StringLength(max = 300) String description, @ForAll @IntRange(min = 0, max = 40) int repeat) {
        ProjectApplication a = withShortDescription(description.repeat(repeat));
        long written = ApplicationJson.write(a, PersonalDataPolicy.INCLUDE).length();

        assertThat(Applications.lengthBound(Applications.written(a).tree(), 0)).isGreaterThanOrEqualTo(written);
    }

    /** The fixture's application with another short description, bound without the reader's checks. */
    private static ProjectApplication withShortDescription(String text) {
        try {
            ObjectNode tree = (ObjectNode) CohortJson.MAPPER.readTree(Fixture.applicationJson());
            ((ObjectNode) tree.get("form")).put("shortDescription", text);
            return JsonReader.bind(tree, ProjectApplication.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
