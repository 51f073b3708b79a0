package kz.saruar.model.application;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * An application to the competition (APP-01..08) with what later stages add for admission
 * (APP-08, DEF-12): who applies, the applicant's personal data, the project form, the team, the
 * evidence of competence, the short application, the concept, the registration documents and the
 * assessments.
 *
 * @param applicantKind the code of an applicant kind of the methodology (APP-01)
 * @param applicant the applicant's personal data (APP-03 fields 1–3, APP-04)
 * @param form the project form (APP-03)
 * @param team the team, the applicant included (APP-02, APP-03 field 12)
 * @param competenceEvidence evidence of competence or practical experience in the field (APP-02)
 * @param understandsPrinciples whether the applicant confirms understanding the program's principles (APP-02)
 * @param shortApplication the short application (APP-04), if submitted
 * @param concept the project concept (APP-05), if submitted
 * @param documents the registration documents (APP-06)
 * @param selection the selection assessment (APP-07), once made
 * @param admission the admission facts (APP-08), once established
 * @param preAcceleration the pre-acceleration record (DEF-12), once pre-acceleration ends
 */
public record ProjectApplication(
        @Cites("APP-01") @Code String applicantKind,
        @Cites("APP-02") PersonalData applicant,
        @Cites("APP-03") ProjectForm form,
        @Cites("APP-02") List<TeamMember> team,
        @Cites("APP-02") List<Evidence> competenceEvidence,
        @Cites("APP-02") Optional<Boolean> understandsPrinciples,
        @Cites("APP-04") Optional<ShortApplication> shortApplication,
        @Cites("APP-05") Optional<ProjectConcept> concept,
        @Cites("APP-06") RegistrationDocuments documents,
        @Cites("APP-07") Optional<SelectionAssessment> selection,
        @Cites("APP-08") Optional<AdmissionFacts> admission,
        @Cites("DEF-12") Optional<PreAccelerationRecord> preAcceleration) {
    /** Refuses nulls and copies the lists. */
    public ProjectApplication {
        Arguments.nonNull("applicantKind", applicantKind, "applicant", applicant, "form", form,
                "understandsPrinciples", understandsPrinciples, "shortApplication", shortApplication, "concept", concept,
                "documents", documents, "selection", selection, "admission", admission,
                "preAcceleration", preAcceleration);
        team = ImmutableList.copyOf(Objects.requireNonNull(team, "team"));
        competenceEvidence = ImmutableList.copyOf(Objects.requireNonNull(competenceEvidence, "competenceEvidence"));
    }

    /** An application with the form and team only; the rest can be added with the {@code with…} methods. */
    public static ProjectApplication of(String applicantKind, PersonalData applicant, ProjectForm form,
            List<TeamMember> team) {
        return new ProjectApplication(applicantKind, applicant, form, team, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), RegistrationDocuments.withCv(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The same application from another kind of applicant. */
    public ProjectApplication withApplicantKind(String kind) {
        return new ProjectApplication(kind, applicant, form, team, competenceEvidence, understandsPrinciples,
                shortApplication, concept, documents, selection, admission, preAcceleration);
    }

    /** The same application with another applicant. */
    public ProjectApplication withApplicant(PersonalData person) {
        return new ProjectApplication(applicantKind, person, form, team, competenceEvidence, understandsPrinciples,
                shortApplication, concept, documents, selection, admission, preAcceleration);
    }

    /** The same application with another form. */
    public ProjectApplication withForm(ProjectForm f) {
        return new ProjectApplication(applicantKind, applicant, f, team, competenceEvidence, understandsPrinciples,
                shortApplication, concept, documents, selection, admission, preAcceleration);
    }

    /** The same application with another team. */
    public ProjectApplication withTeam(List<TeamMember> members) {
        return new ProjectApplication(applicantKind, applicant, form, members, competenceEvidence,
                understandsPrinciples, shortApplication, concept, documents, selection, admission, preAcceleration);
    }

    /** The same application with this evidence of competence and the principles understood. */
    public ProjectApplication withCompetenceEvidence(List<Evidence> evidence) {
        return new ProjectApplication(applicantKind, applicant, form, team, evidence, Optional.of(true),
                shortApplication, concept, documents, selection, admission, preAcceleration);
    }

    /** The same application with a short application. */
    public ProjectApplication withShortApplication(ShortApplication s) {
        return new ProjectApplication(applicantKind, applicant, form, team, competenceEvidence, understandsPrinciples,
                Optional.of(s), concept, documents, selection, admission, preAcceleration);
    }

    /** The same application with a concept. */
    public ProjectApplication withConcept(ProjectConcept c) {
        return new ProjectApplication(applicantKind, applicant, form, team, competenceEvidence, understandsPrinciples,
                shortApplication, Optional.of(c), documents, selection, admission, preAcceleration);
    }

    /** The same application with other registration documents. */
    public ProjectApplication withDocuments(RegistrationDocuments d) {
        return new ProjectApplication(applicantKind, applicant, form, team, competenceEvidence, understandsPrinciples,
                shortApplication, concept, d, selection, admission, preAcceleration);
    }

    /** The same application with a selection assessment. */
    public ProjectApplication withSelection(SelectionAssessment s) {
        return new ProjectApplication(applicantKind, applicant, form, team, competenceEvidence, understandsPrinciples,
                shortApplication, concept, documents, Optional.of(s), admission, preAcceleration);
    }

    /** The same application with admission facts. */
    public ProjectApplication withAdmission(AdmissionFacts a) {
        return new ProjectApplication(applicantKind, applicant, form, team, competenceEvidence, understandsPrinciples,
                shortApplication, concept, documents, selection, Optional.of(a), preAcceleration);
    }

    /** The same application with a pre-acceleration record. */
    public ProjectApplication withPreAcceleration(PreAccelerationRecord r) {
        return new ProjectApplication(applicantKind, applicant, form, team, competenceEvidence, understandsPrinciples,
                shortApplication, concept, documents, selection, admission, Optional.of(r));
    }

    /** Redacts the personal data of the applicant and the team. */
    @Override
    public String toString() {
        return "ProjectApplication[" + applicantKind + ", form=" + form.projectName() + ", team of " + team.size()
                + ", personal data redacted]";
    }
}
