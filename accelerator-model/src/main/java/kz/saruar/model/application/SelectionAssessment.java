package kz.saruar.model.application;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.validation.Cites;

/**
 * The assessment of a project against the competition selection criteria (APP-07). For an idea
 * or an early pilot the team's past experience in the field counts instead of the criteria that
 * such a project cannot meet yet.
 *
 * @param criteria one assessment per criterion
 * @param earlyPilot whether a project at the PILOT stage is an early pilot (APP-07 exception)
 * @param teamFieldExperience the evidence of the team's past experience in the field
 */
@Cites("APP-07")
public record SelectionAssessment(List<CriterionAssessment> criteria, boolean earlyPilot,
        List<Evidence> teamFieldExperience) {
    /** Refuses nulls and copies the lists. */
    public SelectionAssessment {
        criteria = ImmutableList.copyOf(Objects.requireNonNull(criteria, "criteria"));
        teamFieldExperience = ImmutableList.copyOf(Objects.requireNonNull(teamFieldExperience, "teamFieldExperience"));
    }
}
