package kz.saruar.scheduling.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;

/** Expert and project IDs compare and hash as the records the compiler generates do (PRE-05). */
class ConsultationIdsProperties {
    /** A record of one string as the compiler generates it. */
    private record Generated(String value) {
    }

    @Property(tries = 500)
    void ids_are_equal_and_hash_as_generated_records_do(@ForAll @NotBlank String a, @ForAll @NotBlank String b) {
        boolean same = new Generated(a).equals(new Generated(b));
        assertThat(ExpertId.of(a).equals(ExpertId.of(b))).isEqualTo(same);
        assertThat(ProjectId.of(a).equals(ProjectId.of(b))).isEqualTo(same);
        assertThat(ExpertId.of(a).hashCode()).isEqualTo(new Generated(a).hashCode());
        assertThat(ProjectId.of(a).hashCode()).isEqualTo(new Generated(a).hashCode());
        assertThat(ExpertId.of(a)).isNotEqualTo(ProjectId.of(a)).isNotEqualTo(a);
    }
}
