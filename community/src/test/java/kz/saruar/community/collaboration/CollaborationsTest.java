package kz.saruar.community.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.decision.Reason;
import org.junit.jupiter.api.Test;

class CollaborationsTest {
    static final Collaboration A = new Collaboration(CollaborationKind.PROJECT_WITH_PROJECT, List.of("P-01", "P-02"),
            "Joint eco-carpentry workshop", LocalDate.of(2021, 4, 10), Optional.of("40 birdhouses from reclaimed wood"));
    static final Collaboration B = new Collaboration(CollaborationKind.PROJECT_WITH_EXPERT, List.of("P-01", "E-03"),
            "Team coaching session", LocalDate.of(2021, 6, 1), Optional.empty());

    @Test
    void HUB_05_collaborations_are_recorded_and_counted() {
        Collaborations c = Collaborations.of(List.of(A, B)).orElseThrow();
        assertThat(c.count()).isEqualTo(2);
        assertThat(c.countByKind()).containsEntry(CollaborationKind.PROJECT_WITH_PROJECT, 1L)
                .containsEntry(CollaborationKind.PROJECT_WITH_EXPERT, 1L);
        assertThat(c.countByParty()).containsEntry("P-01", 2L).containsEntry("E-03", 1L);
        assertThat(c.between(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 6, 30))).containsExactly(B);
    }

    @Test
    void HUB_05_a_collaboration_needs_two_different_parties() {
        Collaboration self = new Collaboration(CollaborationKind.PROJECT_WITH_PROJECT, List.of("P-01", "P-01"), "Alone",
                LocalDate.of(2021, 1, 1), Optional.empty());
        assertThat(Collaborations.of(List.of(A, self)).reasons()).extracting(Reason::code, Reason::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COLLABORATION_WITH_ITSELF", "$[1].parties"));
    }

    @Test
    void HUB_05_a_collaborations_file_is_read_strictly_and_refusals_name_their_path() {
        String json = "{\"schemaVersion\": 1, \"collaborations\": ["
                + "{\"kind\": \"PROJECT_WITH_PROJECT\", \"parties\": [\"P-01\", \"P-02\"], \"what\": \"Workshop\", \"date\": \"2021-04-10\"},"
                + "{\"kind\": \"PROJECT_WITH_EXPERT\", \"parties\": [\"E-03\"], \"what\": \"Alone\", \"date\": \"2021-06-01\"}]}";
        assertThat(Collaborations.parse(json).reasons()).extracting(Reason::code, Reason::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COLLABORATION_WITH_ITSELF", "$.collaborations[1].parties"));
        assertThat(Collaborations.parse(json.replace("[\"E-03\"]", "[\"E-03\", \"P-01\"]")).orElseThrow().count()).isEqualTo(2);
        assertThat(Collaborations.parse(json.replace("\"what\": \"Workshop\"", "\"what\": \"Workshop\", \"cost\": 5")).refused())
                .as("an unknown field is refused").isTrue();
    }
}
