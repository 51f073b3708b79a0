package kz.saruar.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.application.AdmissionFacts;
import kz.saruar.model.application.EligibilityVerdict;
import kz.saruar.model.application.PreAccelerationRecord;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.Juror;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.ScoreSheet;

/** Drives projects of a cohort along the methodology's path, for tests. */
final class Journey {
    static final Panel PANEL = Panel.of(List.of(Juror.of("ORG-1", "ORGANIZER"), Juror.of("ORG-2", "ORGANIZER"),
            Juror.of("EXP-1", "EXTERNAL_EXPERT"), Juror.of("EXP-2", "EXTERNAL_EXPERT"), Juror.of("EXP-3", "EXTERNAL_EXPERT"),
            Juror.of("PUB-1", "PUBLIC_FIGURE"), Juror.of("PUB-2", "PUBLIC_FIGURE")));
    static final List<String> CRITERIA = List.of("SOCIAL_EFFECT", "PROGRAM_ALIGNMENT", "SUSTAINABILITY", "TEAM_CAPABILITY",
            "EXPERT_RATING");

    private Journey() {
    }

    static ProjectApplication admitted() {
        return Fixture.application().withAdmission(AdmissionFacts.of(true, true, true));
    }

    static ProjectApplication readyForAcceleration() {
        List<String> docs = Methodology.standard().preAcceleration().documentPackage();
        return admitted().withPreAcceleration(new PreAccelerationRecord(5, 5, docs, Optional.of(true), Optional.of(true)));
    }

    static EligibilityVerdict ask() {
        return EligibilityVerdict.of(List.of());
    }

    static List<ScoreSheet> sheets(String project, int score) {
        List<ScoreSheet> out = new ArrayList<>();
        for (Juror j : PANEL.jurors()) {
            Map<String, Integer> s = new LinkedHashMap<>();
            CRITERIA.forEach(c -> s.put(c, score));
            out.add(ScoreSheet.of(j.id(), project, s));
        }
        return out;
    }

    /** Takes a submitted project to pre-acceleration; the clock must be within the interview window. */
    static void toPreAcceleration(Cohort c, String p, LocalDate interview) {
        c.submit(new CohortCommand.Lifecycle(p + "-pre", Fixture.ORGANIZER, p, new Commands.Preselect())).orElseThrow();
        c.submit(new CohortCommand.Lifecycle(p + "-int", Fixture.EXPERTS, p,
                new Commands.RecordFirstInterview(interview))).orElseThrow();
        c.submit(new CohortCommand.UpdateApplication(p + "-upd", Fixture.TEAM, p, admitted())).orElseThrow();
        c.submit(new CohortCommand.Lifecycle(p + "-adm", Fixture.ORGANIZER, p,
                new Commands.AdmitToPreAcceleration(ask()))).orElseThrow();
    }

    static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    static Duration days(int n) {
        return Duration.ofDays(n);
    }
}
