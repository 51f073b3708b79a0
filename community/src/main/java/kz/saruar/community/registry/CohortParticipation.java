package kz.saruar.community.registry;

import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * One cohort a project took part in (PLT-01: the base of accelerated projects): which cohort,
 * which program, and whether it left with a certificate (DEF-10).
 *
 * @param cohort      the cohort's identifier, e.g. {@code 2020}
 * @param program     the program: {@code PRE_ACCELERATION} or {@code ACCELERATION}
 * @param certificate whether the project received the program's certificate
 */
@Cites("PLT-01")
public record CohortParticipation(String cohort, @Code String program, boolean certificate) {
    /** Refuses nulls. */
    public CohortParticipation {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(program, "program");
    }
}
