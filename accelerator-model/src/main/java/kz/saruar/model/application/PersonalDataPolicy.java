package kz.saruar.model.application;

/** Whether an export of an application includes the personal data of the applicant and the team (APP-03, APP-04). */
public enum PersonalDataPolicy {
    /** Leave personal data out (the default for exports). */
    OMIT,
    /** Include personal data: only when the caller asks for it. */
    INCLUDE
}
