package kz.saruar.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.saruar.scoring.sheets.SheetsReader;
import org.junit.jupiter.api.Test;

/** Names of team members and jurors are personal data (APP-03): {@code toString()}, and so any log line, leaves them out. */
class PersonalDataRedactionTest {
    private static final String NAME = "Айгүл Сапарова";

    @Test
    void APP_03_no_name_reaches_a_log_through_toString() {
        Participant p = Participant.of("P-01/m1", NAME);
        Project project = Project.of("P-01", "Жасыл қала", Instant.parse("2026-03-01T04:00:00Z")).withTeam(List.of(p));
        Juror juror = new Juror("J-01", "CHAIR", Optional.of(NAME));
        List<Object> values = List.of(p, project, juror, new SheetsReader.MemberEntry("m1", NAME),
                new SheetsReader.JurorEntry("J-01", "CHAIR", Optional.of(NAME)));
        for (Object v : values) {
            assertThat(v.toString()).as(v.getClass().getSimpleName()).doesNotContain(NAME).doesNotContain("Айгүл");
        }
        // the IDs stay, so that a log line still says which record it was
        assertThat(p.toString()).contains("P-01/m1");
        assertThat(juror.toString()).contains("J-01", "CHAIR");
        assertThat(Juror.of("J-02", "MEMBER").toString()).contains("name=none");
    }
}
