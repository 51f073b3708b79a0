package kz.saruar.cohort;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.lifecycle.LifecycleCommand;
import kz.saruar.scoring.Panel;
import kz.saruar.scoring.ScoreSheet;

/**
 * A command to a cohort (the rules APP, PRE, DEF, ACC and EXT of docs/rules.md): who gives it, with
 * an idempotency key that makes a repeated command return its first outcome, and what it asks. A
 * refused command writes nothing.
 */
public sealed interface CohortCommand {
    /** The idempotency key: the same key with the same command returns the first outcome. */
    String key();

    /** Who gives the command, in which role. */
    Actor actor();

    /** The command's type as its JSON form names it. */
    default String type() {
        return getClass().getSimpleName();
    }

    private static void checkKey(String key) {
        Objects.requireNonNull(key, "key");
        Preconditions.checkArgument(!key.isBlank() && key.length() <= 200, "idempotency key is blank or longer than 200: \"%s\"", key);
    }

    /**
     * Submits an application (APP-03): the project enters the cohort as APPLIED.
     *
     * @param key the idempotency key
     * @param actor the applicant's account (role TEAM or ORGANIZER, who enters paper applications)
     * @param project the project's id, unique in the cohort
     * @param application the application
     */
    record SubmitApplication(String key, Actor actor, String project, ProjectApplication application)
            implements CohortCommand {
        /** Refuses nulls and a blank key or project. */
        public SubmitApplication {
            checkKey(key);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(project, "project");
            Preconditions.checkArgument(!project.isBlank(), "project id is blank");
            Objects.requireNonNull(application, "application");
        }
    }

    /**
     * Replaces a project's application (APP-03 before preselection; APP-10 documents after the
     * first interview).
     *
     * @param key the idempotency key
     * @param actor who updates (TEAM or ORGANIZER)
     * @param project the project's id
     * @param application the new application
     */
    record UpdateApplication(String key, Actor actor, String project, ProjectApplication application)
            implements CohortCommand {
        /** Refuses nulls. */
        public UpdateApplication {
            checkKey(key);
            Arguments.nonNull("actor", actor, "project", project, "application", application);
        }
    }

    /**
     * Checks the project's stored application against an eligibility check and records the
     * verdict, whatever it is (APP-01..08, DEF-12).
     *
     * @param key the idempotency key
     * @param actor who checks (ORGANIZER or EXPERT_GROUP)
     * @param project the project's id
     * @param check the check: {@code COMPETITION}, {@code APP_01} … {@code APP_08} or {@code DEF_12}
     */
    record CheckEligibility(String key, Actor actor, String project, String check) implements CohortCommand {
        /** Refuses nulls. */
        public CheckEligibility {
            checkKey(key);
            Arguments.nonNull("actor", actor, "project", project, "check", check);
        }
    }

    /**
     * A lifecycle command on one project, decided by {@code ProjectLifecycle} (APP-10..12, PRE-09,
     * PRE-10, DEF-11, DEF-12, ACC-03, EXT-02, EXT-04). An {@code AdmitToPreAcceleration} or
     * {@code EnterAcceleration} whose verdict has no checks asks the cohort to check the stored
     * application (APP-08, DEF-12) itself. {@code RecordDefense} comes only from {@link HoldDefense}.
     *
     * @param key the idempotency key
     * @param actor who gives it
     * @param project the project's id
     * @param command the lifecycle command
     */
    record Lifecycle(String key, Actor actor, String project, LifecycleCommand command) implements CohortCommand {
        /** Refuses nulls. */
        public Lifecycle {
            checkKey(key);
            Arguments.nonNull("actor", actor, "project", project, "command", command);
        }
    }

    /**
     * Holds a defense session (DEF-03..09): the panel scores the listed projects (each in
     * pre-acceleration), the protocol is issued, and each decided project's defense is recorded.
     *
     * @param key the idempotency key
     * @param actor the jury's secretary (role JURY)
     * @param date the defense date
     * @param panel the jurors and substitutes (DEF-03)
     * @param projects the projects defending
     * @param mentorExperts each project's mentor-expert, by project id (barred from scoring it)
     * @param sheets the score sheets (DEF-04)
     */
    record HoldDefense(String key, Actor actor, LocalDate date, Panel panel, List<String> projects,
            Map<String, String> mentorExperts, List<ScoreSheet> sheets) implements CohortCommand {
        /** Refuses nulls; copies. */
        public HoldDefense {
            checkKey(key);
            Arguments.nonNull("actor", actor, "date", date, "panel", panel);
            projects = ImmutableList.copyOf(Objects.requireNonNull(projects, "projects"));
            mentorExperts = ImmutableMap.copyOf(Objects.requireNonNull(mentorExperts, "mentorExperts"));
            sheets = ImmutableList.copyOf(Objects.requireNonNull(sheets, "sheets"));
        }
    }

    /**
     * An expert publishes free time for consultations (PRE-05).
     *
     * @param key the idempotency key
     * @param actor the expert or an organizer
     * @param expert the expert's id
     * @param start the window's start
     * @param end the window's end
     */
    record PublishAvailability(String key, Actor actor, String expert, Instant start, Instant end)
            implements CohortCommand {
        /** Refuses nulls. */
        public PublishAvailability {
            checkKey(key);
            Arguments.nonNull("actor", actor, "expert", expert, "start", start, "end", end);
        }
    }

    /**
     * Books an individual consultation (PRE-06: within the expert's free time, on a working day,
     * at most the methodology's number per expert and project when the project asks).
     *
     * @param key the idempotency key
     * @param actor the team (initiator PROJECT) or the expert (initiator EXPERT)
     * @param project the project's id (in pre-acceleration)
     * @param expert the expert's id
     * @param start the start
     */
    record BookConsultation(String key, Actor actor, String project, String expert, Instant start)
            implements CohortCommand {
        /** Refuses nulls. */
        public BookConsultation {
            checkKey(key);
            Arguments.nonNull("actor", actor, "project", project, "expert", expert, "start", start);
        }
    }

    /**
     * Records that a booked consultation took place (PRE-06).
     *
     * @param key the idempotency key
     * @param actor who records it
     * @param consultation the consultation's id
     */
    record MarkConsultationHeld(String key, Actor actor, String consultation) implements CohortCommand {
        /** Refuses nulls. */
        public MarkConsultationHeld {
            checkKey(key);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(consultation, "consultation");
        }
    }

    /**
     * Cancels a booked consultation before it starts (PRE-06 cancel policy [default]): with at
     * least the policy's notice it does not count toward the limit of consultations per expert and
     * project; with less it counts as held. Either way the time is freed.
     *
     * @param key the idempotency key
     * @param actor the team, the expert, the mentor or an organizer
     * @param consultation the consultation's id
     */
    record CancelConsultation(String key, Actor actor, String consultation) implements CohortCommand {
        /** Refuses nulls. */
        public CancelConsultation {
            checkKey(key);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(consultation, "consultation");
        }
    }

    /**
     * Records that one side did not come to a booked consultation, after its start (PRE-06
     * no-shows [default]): the project's no-show counts as held toward the limit, the expert's does
     * not.
     *
     * @param key the idempotency key
     * @param actor the expert, the mentor or an organizer
     * @param consultation the consultation's id
     * @param party who did not come: {@code PROJECT} or {@code EXPERT}
     */
    record RecordConsultationNoShow(String key, Actor actor, String consultation, String party)
            implements CohortCommand {
        /** Refuses nulls. */
        public RecordConsultationNoShow {
            checkKey(key);
            Arguments.nonNull("actor", actor, "consultation", consultation, "party", party);
        }
    }

    /**
     * Issues certificates to a project's team (DEF-10 after the defense; ACC-03 after acceleration).
     *
     * @param key the idempotency key
     * @param actor an organizer
     * @param project the project's id
     * @param kind {@code PRE_ACCELERATION} or {@code ACCELERATION}
     * @param from the program's first day
     * @param to the program's last day
     */
    record IssueCertificates(String key, Actor actor, String project, String kind, LocalDate from, LocalDate to)
            implements CohortCommand {
        /** Refuses nulls. */
        public IssueCertificates {
            checkKey(key);
            Arguments.nonNull("actor", actor, "project", project, "kind", kind, "from", from, "to", to);
        }
    }

    /**
     * Erases a person's personal data on request (Law of the Republic of Kazakhstan on personal
     * data): the person's key is deleted, then the erasure is recorded.
     *
     * @param key the idempotency key
     * @param actor an organizer
     * @param person the person's id, e.g. {@code P-01/applicant}
     */
    record ErasePersonalData(String key, Actor actor, String person) implements CohortCommand {
        /** Refuses nulls. */
        public ErasePersonalData {
            checkKey(key);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(person, "person");
        }
    }
}
