package kz.saruar.model.application;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * The project concept, "Шаблон концепции" (APP-05): name, team roles, goal, description, timeline,
 * at least five risks, expected results and quality requirements. The author/lead is the
 * applicant ({@link ProjectApplication#applicant()}).
 *
 * @param name the project's name
 * @param roles the team's roles and responsibilities
 * @param goal the goal
 * @param description the description
 * @param timeline the timeline
 * @param risks the risks, at least {@code minConceptRisks}
 * @param directResults the direct results expected
 * @param socialEffect the social effect expected
 * @param qualityRequirements the quality requirements
 */
@Cites("APP-05")
public record ProjectConcept(
        String name,
        List<String> roles,
        String goal,
        String description,
        String timeline,
        List<String> risks,
        String directResults,
        String socialEffect,
        String qualityRequirements) {
    /** Refuses nulls and copies the lists. */
    public ProjectConcept {
        Arguments.nonNull("name", name, "goal", goal, "description", description, "timeline", timeline,
                "directResults", directResults, "socialEffect", socialEffect,
                "qualityRequirements", qualityRequirements);
        roles = ImmutableList.copyOf(Objects.requireNonNull(roles, "roles"));
        risks = ImmutableList.copyOf(Objects.requireNonNull(risks, "risks"));
    }

    /** The same concept with these risks. */
    public ProjectConcept withRisks(List<String> newRisks) {
        return new ProjectConcept(name, roles, goal, description, timeline, newRisks, directResults, socialEffect,
                qualityRequirements);
    }
}
