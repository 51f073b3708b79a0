package kz.saruar.cohort;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.lifecycle.DefenseOutcome;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.model.lifecycle.Rejection;

/**
 * A project of the cohort as its events describe it (APP-03..PRE-10, DEF, ACC, EXT): state,
 * application (erased personal data reads {@code [erased]}), verdicts, defense and certificates.
 *
 * @param id the project's id
 * @param name the project's name from the application form
 * @param state the lifecycle state
 * @param submittedAt when the application was accepted
 * @param application the current application
 * @param persons the people of the application
 * @param eligibility the last verdict of each check recorded
 * @param rejection the rejection, when rejected (APP-12)
 * @param defense the defense outcome (DEF-06)
 * @param defenseDate the day of the defense
 * @param accelerationApplication the day the team applied to acceleration (DEF-11)
 * @param mentorRecommended whether the mentor recommended it (DEF-12)
 * @param characteristic the characteristic (PRE-10)
 * @param ambassadorSteps the ambassador steps taken (EXT-04)
 * @param consultationsHeld how many consultations of the project took place (PRE-06)
 * @param certificates the certificates issued (DEF-10, ACC-03)
 * @param lifecycleEvents how many lifecycle events the project has, the submission included
 */
public record ProjectView(String id, String name, ProjectState state, Instant submittedAt,
        ProjectApplication application, List<PersonView> persons, Map<String, CheckStatus> eligibility,
        Optional<Rejection> rejection, Optional<DefenseOutcome> defense, Optional<LocalDate> defenseDate,
        Optional<LocalDate> accelerationApplication, boolean mentorRecommended, Optional<String> characteristic,
        List<String> ambassadorSteps, int consultationsHeld, List<CertificateView> certificates, int lifecycleEvents) {
    /** Refuses nulls; copies. */
    public ProjectView {
        Arguments.nonNull("id", id, "name", name, "state", state, "submittedAt", submittedAt,
                "application", application);
        persons = ImmutableList.copyOf(persons);
        eligibility = ImmutableMap.copyOf(eligibility);
        Arguments.nonNull("rejection", rejection, "defense", defense, "defenseDate", defenseDate,
                "accelerationApplication", accelerationApplication, "characteristic", characteristic);
        ambassadorSteps = ImmutableList.copyOf(ambassadorSteps);
        certificates = ImmutableList.copyOf(certificates);
    }

    /** Redacts personal data. */
    @Override
    public String toString() {
        return "ProjectView[" + id + ", " + state + ", " + lifecycleEvents + " lifecycle events]";
    }
}
