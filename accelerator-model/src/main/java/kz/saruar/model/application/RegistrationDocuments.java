package kz.saruar.model.application;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * The registration documents (APP-06): the project form (always, it is the application itself),
 * the applicant's CV, short information on the organization if there is one, and an optional
 * presentation of at most ten slides.
 *
 * @param cvAttached whether the applicant's CV is attached
 * @param organizationInfo short information on the organization, if any
 * @param presentationSlides the number of slides of the presentation, if one is attached
 */
@Cites("APP-06")
public record RegistrationDocuments(boolean cvAttached, Optional<String> organizationInfo,
        Optional<Integer> presentationSlides) {
    /** Refuses nulls. */
    public RegistrationDocuments {
        Arguments.nonNull("organizationInfo", organizationInfo, "presentationSlides", presentationSlides);
    }

    /** A CV and no presentation. */
    public static RegistrationDocuments withCv() {
        return new RegistrationDocuments(true, Optional.empty(), Optional.empty());
    }

    /** The same documents with a presentation of this many slides. */
    public RegistrationDocuments withPresentationSlides(int slides) {
        return new RegistrationDocuments(cvAttached, organizationInfo, Optional.of(slides));
    }
}
