package kz.saruar.model.application;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * The project form of the competition, "Анкета проекта" (APP-03, 22 fields). Fields 1–3 (the
 * applicant's name, phone and e-mail) are personal data and live in
 * {@link ProjectApplication#applicant()}; field 12 (key team members) is
 * {@link ProjectApplication#team()}; the other nineteen are here. Texts may be in Kazakh and/or
 * Russian (App.2 §9).
 *
 * @param organization 4, the organization, if any
 * @param projectName 5, the project's name
 * @param direction 6, the code of a direction (CAT-01/02)
 * @param goalAndTasks 7, goal and tasks
 * @param shortDescription 8, idea, duration, results so far
 * @param relevance 9, relevance
 * @param targetAudience 10, target audience
 * @param innovativeComponent 11, the innovative component
 * @param fundingAndSustainability 13, funding sources, business model, sustainability
 * @param stageOfImplementation 14, the stage of implementation
 * @param volunteerInvolvement 15, volunteer involvement
 * @param partners 16, partners and their involvement
 * @param expectedSocialEffect 17, the expected social effect
 * @param problemsFaced 18, problems faced
 * @param expectedSupport 19, support expected from the accelerator
 * @param threeYearProspects 20, prospects for three years
 * @param links 21, links
 * @param additionalInformation 22, additional information
 */
@Cites("APP-03")
public record ProjectForm(
        Optional<String> organization,
        String projectName,
        @Code String direction,
        String goalAndTasks,
        String shortDescription,
        Optional<String> relevance,
        Optional<String> targetAudience,
        Optional<String> innovativeComponent,
        Optional<String> fundingAndSustainability,
        ImplementationStage stageOfImplementation,
        VolunteerInvolvement volunteerInvolvement,
        Optional<String> partners,
        Optional<String> expectedSocialEffect,
        Optional<String> problemsFaced,
        Optional<String> expectedSupport,
        Optional<String> threeYearProspects,
        List<String> links,
        Optional<String> additionalInformation) {
    /** Refuses nulls and copies the list. */
    public ProjectForm {
        Arguments.nonNull("organization", organization, "projectName", projectName, "direction", direction,
                "goalAndTasks", goalAndTasks, "shortDescription", shortDescription, "relevance", relevance,
                "targetAudience", targetAudience, "innovativeComponent", innovativeComponent,
                "fundingAndSustainability", fundingAndSustainability, "stageOfImplementation", stageOfImplementation,
                "volunteerInvolvement", volunteerInvolvement, "partners", partners,
                "expectedSocialEffect", expectedSocialEffect, "problemsFaced", problemsFaced,
                "expectedSupport", expectedSupport, "threeYearProspects", threeYearProspects,
                "additionalInformation", additionalInformation);
        links = ImmutableList.copyOf(Objects.requireNonNull(links, "links"));
    }

    /** A form with the required fields only. */
    public static ProjectForm of(String projectName, String direction, String goalAndTasks, String shortDescription,
            ImplementationStage stage, VolunteerInvolvement volunteers) {
        return new ProjectForm(Optional.empty(), projectName, direction, goalAndTasks, shortDescription,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), stage, volunteers,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }

    /** The same form with another short description. */
    public ProjectForm withShortDescription(String text) {
        return new ProjectForm(organization, projectName, direction, goalAndTasks, Objects.requireNonNull(text, "text"),
                relevance, targetAudience, innovativeComponent, fundingAndSustainability, stageOfImplementation,
                volunteerInvolvement, partners, expectedSocialEffect, problemsFaced, expectedSupport,
                threeYearProspects, links, additionalInformation);
    }

    /** The same form with another stage of implementation. */
    public ProjectForm withStage(ImplementationStage stage) {
        return new ProjectForm(organization, projectName, direction, goalAndTasks, shortDescription, relevance,
                targetAudience, innovativeComponent, fundingAndSustainability, Objects.requireNonNull(stage, "stage"),
                volunteerInvolvement, partners, expectedSocialEffect, problemsFaced, expectedSupport,
                threeYearProspects, links, additionalInformation);
    }

    /** The same form naming an organization. */
    public ProjectForm withOrganization(String name) {
        return new ProjectForm(Optional.of(Objects.requireNonNull(name, "name")), projectName, direction,
                goalAndTasks, shortDescription, relevance, targetAudience, innovativeComponent,
                fundingAndSustainability, stageOfImplementation, volunteerInvolvement, partners,
                expectedSocialEffect, problemsFaced, expectedSupport, threeYearProspects, links,
                additionalInformation);
    }
}
