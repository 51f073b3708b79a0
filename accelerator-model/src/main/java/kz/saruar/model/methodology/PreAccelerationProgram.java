package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.KickoffSession;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.Positive;

/** The pre-acceleration program: duration [default 2 months], content, kickoff sessions, mandatory courses, consultations, documentation package (PRE-01..08). */
@Cites("PRE-01")
public record PreAccelerationProgram(
        @Positive int durationMonths,
        List<CatalogEntry> content,
        @Cites("PRE-02") List<KickoffSession> kickoffSessions,
        @Cites("PRE-03") @Code List<String> mandatoryCourses,
        @Cites("PRE-06") ConsultationRules consultations,
        @Cites("PRE-08") @Code List<String> documentPackage,
        @Cites("PRE-09") List<CatalogEntry> expulsionGrounds) {
    /** Refuses nulls and copies lists. */
    public PreAccelerationProgram {
        content = ImmutableList.copyOf(Objects.requireNonNull(content, "content"));
        kickoffSessions = ImmutableList.copyOf(Objects.requireNonNull(kickoffSessions, "kickoffSessions"));
        mandatoryCourses = ImmutableList.copyOf(Objects.requireNonNull(mandatoryCourses, "mandatoryCourses"));
        Objects.requireNonNull(consultations, "consultations");
        documentPackage = ImmutableList.copyOf(Objects.requireNonNull(documentPackage, "documentPackage"));
        expulsionGrounds = ImmutableList.copyOf(Objects.requireNonNull(expulsionGrounds, "expulsionGrounds"));
    }
}
