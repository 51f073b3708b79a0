package kz.saruar.model.application;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * The short application, "Шаблон заявки" (APP-04): the applicant's name, date of birth and city
 * are in {@link ProjectApplication#applicant()}; the short description has at most 250 words
 * (counted by {@link WordCount}).
 *
 * @param projectName the project's name
 * @param shortDescription the short description, at most {@code maxShortDescriptionWords} words
 * @param relationToProgram how the project relates to the program
 * @param earlierAccelerationExperience earlier acceleration experience, if any
 * @param team the team, in a few words
 * @param purpose the purpose of applying
 */
@Cites("APP-04")
public record ShortApplication(
        String projectName,
        String shortDescription,
        String relationToProgram,
        Optional<String> earlierAccelerationExperience,
        String team,
        String purpose) {
    /** Refuses nulls. */
    public ShortApplication {
        Arguments.nonNull("projectName", projectName, "shortDescription", shortDescription,
                "relationToProgram", relationToProgram, "earlierAccelerationExperience", earlierAccelerationExperience,
                "team", team, "purpose", purpose);
    }
}
