package kz.saruar.model.application;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * The assessment of one competition selection criterion (APP-07) with its evidence.
 *
 * @param criterion the code of a selection criterion of the methodology
 * @param met whether the assessor found the criterion met
 * @param evidence the evidence for it
 */
@Cites("APP-07")
public record CriterionAssessment(@Code String criterion, boolean met, List<Evidence> evidence) {
    /** Refuses nulls and copies the list. */
    public CriterionAssessment {
        Objects.requireNonNull(criterion, "criterion");
        evidence = ImmutableList.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }
}
