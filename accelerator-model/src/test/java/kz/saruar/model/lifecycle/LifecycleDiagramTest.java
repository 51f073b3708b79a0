package kz.saruar.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import kz.saruar.model.GeneratedFile;
import kz.saruar.model.methodology.Methodology;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/lifecycle.md} is what {@link LifecycleDiagram} writes from the table and the
 * standard methodology's roles; run with {@code -Dsaruar.regenerate=true} to rewrite it.
 */
class LifecycleDiagramTest {
    static final Path PAGE = Path.of("../docs/lifecycle.md");

    @Test
    void FMT_01_the_lifecycle_diagram_is_generated_from_the_table() throws IOException {
        String expected = LifecycleDiagram.markdown(Methodology.loader().withoutDiscovery().standard().orElseThrow());
        GeneratedFile.check(PAGE, expected);
    }

    @Test
    void the_diagram_has_an_arrow_for_every_command_and_state_it_may_be_given_in() {
        String m = LifecycleDiagram.mermaid(LifecycleFixtures.STANDARD);
        assertThat(m).startsWith("stateDiagram-v2\n")
                .contains("    [*] --> APPLIED : SUBMIT (APP-03)\n")
                .contains("    APPLIED --> PRESELECTED : PRESELECT (ORGANIZER)\n")
                .contains("    IN_PRE_ACCELERATION --> NOT_PASSED : RECORD_DEFENSE (JURY)\n")
                .contains("    INTERVIEWED --> INTERVIEWED : UPDATE_DOCUMENTS (TEAM)\n")
                .contains("    WITHDRAWN --> [*]\n");
        long arrows = LifecycleTable.transitions().stream()
                .mapToLong(t -> t.from().stream().mapToLong(s -> t.targets(s).size()).sum()).sum();
        assertThat(m.lines().filter(l -> l.contains(" : ") && !l.contains("[*]"))).hasSize((int) arrows);
    }
}
