package kz.saruar.cohort;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.application.CheckStatus;
import kz.saruar.model.journal.JournalEvent;
import kz.saruar.model.lifecycle.ProjectState;

/**
 * What an accepted cohort command recorded (the rules APP, PRE, DEF, ACC and EXT of docs/rules.md):
 * the payload of one journal record. Each kind has a stable {@link #type()} and
 * {@link #schemaVersion()}; the JSON form of every kind is documented in docs/events.md. Events
 * never carry personal data in clear: applicants' {@code PersonalData} is sealed per person
 * ({@link SealedPerson}).
 */
public sealed interface CohortEvent extends JournalEvent {
    /** The project the event concerns, if it concerns one. */
    default Optional<String> projectId() {
        return Optional.empty();
    }

    /** An event about one project. */
    sealed interface ProjectEvent extends CohortEvent {
        /** The project's id. */
        String project();

        @Override
        default Optional<String> projectId() {
            return Optional.of(project());
        }
    }

    /**
     * The cohort was opened under a methodology version, pinned by its content and hash (the first
     * event; a later change of the methodology file never changes an open cohort's rules).
     *
     * @param cohortId the cohort's id, e.g. {@code almaty-2026}
     * @param methodologyId the methodology's id, e.g. {@code KIOR_2020}
     * @param methodologySha256 the SHA-256 of {@code methodologyJson}'s UTF-8 bytes, hex
     * @param methodologyJson the methodology as JSON text
     */
    record CohortCreated(String cohortId, String methodologyId, String methodologySha256, String methodologyJson)
            implements CohortEvent {
        /** Refuses nulls. */
        public CohortCreated {
            Arguments.nonNull("cohortId", cohortId, "methodologyId", methodologyId,
                    "methodologySha256", methodologySha256, "methodologyJson", methodologyJson);
        }
    }

    /**
     * One person's personal data in an application, sealed under the person's key (APP-03).
     *
     * @param personId the person's id within the cohort, e.g. {@code P-01/applicant}
     * @param path where the data sits in the application, e.g. {@code $.team[1].person}
     * @param sealed the AES-GCM sealed JSON of the {@code PersonalData}, base64
     */
    record SealedPerson(String personId, String path, String sealed) {
        /** Refuses nulls. */
        public SealedPerson {
            Arguments.nonNull("personId", personId, "path", path, "sealed", sealed);
        }
    }

    /**
     * An application was submitted (APP-03): the application without personal data, and each
     * person's data sealed.
     *
     * @param project the project's id
     * @param application the application's JSON with every {@code PersonalData} left out
     * @param persons the sealed personal data
     */
    record ApplicationSubmitted(String project, ObjectNode application, List<SealedPerson> persons)
            implements ProjectEvent {
        /** Refuses nulls; copies. */
        public ApplicationSubmitted {
            Objects.requireNonNull(project, "project");
            application = Objects.requireNonNull(application, "application").deepCopy();
            persons = ImmutableList.copyOf(Objects.requireNonNull(persons, "persons"));
        }
    }

    /**
     * An application was updated before preselection, or its documents after the first interview
     * (APP-03, APP-10), in the same form as {@link ApplicationSubmitted}.
     *
     * @param project the project's id
     * @param application the application's JSON with every {@code PersonalData} left out
     * @param persons the sealed personal data
     */
    record ApplicationUpdated(String project, ObjectNode application, List<SealedPerson> persons)
            implements ProjectEvent {
        /** Refuses nulls; copies. */
        public ApplicationUpdated {
            Objects.requireNonNull(project, "project");
            application = Objects.requireNonNull(application, "application").deepCopy();
            persons = ImmutableList.copyOf(Objects.requireNonNull(persons, "persons"));
        }
    }

    /**
     * One checked requirement of an eligibility verdict (APP-01..08, DEF-12).
     *
     * @param rule the rule id
     * @param requirement the requirement's code
     * @param subject the JSON path checked
     * @param status the outcome
     * @param figures the figures that decided (never personal data)
     * @param message the explanation, by language code (kk, ru, en)
     */
    record CheckLine(String rule, String requirement, String subject, CheckStatus status,
            Map<String, String> figures, Map<String, String> message) {
        /** Refuses nulls; copies. */
        public CheckLine {
            Arguments.nonNull("rule", rule, "requirement", requirement, "subject", subject, "status", status);
            // kept in key order, the order the journal writes maps in: the writer then need not sort a copy
            figures = ImmutableSortedMap.copyOf(Objects.requireNonNull(figures, "figures"));
            message = ImmutableSortedMap.copyOf(Objects.requireNonNull(message, "message"));
        }
    }

    /**
     * An eligibility verdict was recorded on the project's application (APP-01..08, DEF-12).
     *
     * @param project the project's id
     * @param check the check's name, e.g. {@code APP_08} or {@code COMPETITION}
     * @param status the verdict's overall status
     * @param checks every checked requirement
     */
    record EligibilityRecorded(String project, String check, CheckStatus status, List<CheckLine> checks)
            implements ProjectEvent {
        /** Refuses nulls; copies. */
        public EligibilityRecorded {
            Arguments.nonNull("project", project, "check", check, "status", status);
            checks = ImmutableList.copyOf(Objects.requireNonNull(checks, "checks"));
        }
    }

    /**
     * A lifecycle command was accepted (APP-10..12, PRE-09, PRE-10, DEF-06..12, ACC-03, EXT-02,
     * EXT-04): the project's event as {@code ProjectLifecycle} records it.
     *
     * @param project the project's id
     * @param sequence the position in the project's history, from 2 (1 is the submission)
     * @param command the command in its JSON form ({@code LifecycleCommandJson})
     * @param from the state before
     * @param to the state after
     * @param why why, in the actor's or the command's words
     * @param rules the rules that governed it
     */
    record LifecycleRecorded(String project, long sequence, ObjectNode command, ProjectState from, ProjectState to,
            String why, List<String> rules) implements ProjectEvent {
        /** Refuses nulls; copies. */
        public LifecycleRecorded {
            Objects.requireNonNull(project, "project");
            command = Objects.requireNonNull(command, "command").deepCopy();
            Arguments.nonNull("from", from, "to", to, "why", why);
            rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
        }
    }

    /**
     * A juror of a defense session (DEF-03), by id and seat role only (no name: events keep no
     * personal data).
     *
     * @param id the juror's id
     * @param role the seat role
     * @param substitute whether the juror sat as a substitute
     */
    record JurorLine(String id, String role, boolean substitute) {
        /** Refuses nulls. */
        public JurorLine {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * A score sheet as the session accepted it (DEF-04).
     *
     * @param juror the juror's id
     * @param project the project's id
     * @param scores the score per criterion code
     * @param comment the juror's comment, if any
     */
    record SheetLine(String juror, String project, Map<String, Integer> scores, Optional<String> comment) {
        /** Refuses nulls; copies. */
        public SheetLine {
            Objects.requireNonNull(juror, "juror");
            Objects.requireNonNull(project, "project");
            scores = ImmutableSortedMap.copyOf(Objects.requireNonNull(scores, "scores"));
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * A project's line of the protocol (DEF-05..07).
     *
     * @param project the project's id
     * @param total the total (DEF-05)
     * @param band the band's code (DEF-07)
     * @param passed whether it reached the pass threshold (DEF-06)
     * @param rank the place in the ranking, from 1
     */
    record DecisionLine(String project, int total, String band, boolean passed, int rank) {
        /** Refuses nulls. */
        public DecisionLine {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(band, "band");
        }
    }

    /**
     * A defense session was held and its protocol issued (DEF-03..09); each decided project's
     * {@code RECORD_DEFENSE} follows as a {@link LifecycleRecorded} event of the same command.
     *
     * @param session the session's id
     * @param date the defense date
     * @param jurors the panel
     * @param mentorExperts each project's mentor-expert, barred from scoring it (DEF-03)
     * @param sheets the accepted sheets, in order
     * @param decisions the protocol's decisions, in ranking order
     * @param undecided the projects scored by fewer jurors than the quorum (DEF-09)
     */
    record DefenseHeld(String session, LocalDate date, List<JurorLine> jurors, Map<String, String> mentorExperts,
            List<SheetLine> sheets, List<DecisionLine> decisions, List<String> undecided) implements CohortEvent {
        /** Refuses nulls; copies. */
        public DefenseHeld {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(date, "date");
            jurors = ImmutableList.copyOf(Objects.requireNonNull(jurors, "jurors"));
            mentorExperts = ImmutableSortedMap.copyOf(Objects.requireNonNull(mentorExperts, "mentorExperts"));
            sheets = ImmutableList.copyOf(Objects.requireNonNull(sheets, "sheets"));
            decisions = ImmutableList.copyOf(Objects.requireNonNull(decisions, "decisions"));
            undecided = ImmutableList.copyOf(Objects.requireNonNull(undecided, "undecided"));
        }
    }

    /**
     * An expert published free time for consultations (PRE-05).
     *
     * @param expert the expert's id
     * @param start the window's start
     * @param end the window's end
     */
    record AvailabilityPublished(String expert, Instant start, Instant end) implements CohortEvent {
        /** Refuses nulls. */
        public AvailabilityPublished {
            Arguments.nonNull("expert", expert, "start", start, "end", end);
        }
    }

    /**
     * An individual consultation was booked (PRE-06).
     *
     * @param consultation the consultation's id as the book numbered it
     * @param project the project's id
     * @param expert the expert's id
     * @param start the start
     * @param initiator {@code PROJECT} or {@code EXPERT}
     */
    record ConsultationBooked(String consultation, String project, String expert, Instant start, String initiator)
            implements ProjectEvent {
        /** Refuses nulls. */
        public ConsultationBooked {
            Arguments.nonNull("consultation", consultation, "project", project, "expert", expert, "start", start,
                    "initiator", initiator);
        }
    }

    /**
     * A booked consultation took place (PRE-06).
     *
     * @param consultation the consultation's id
     */
    record ConsultationHeld(String consultation) implements CohortEvent {
        /** Refuses null. */
        public ConsultationHeld {
            Objects.requireNonNull(consultation, "consultation");
        }
    }

    /**
     * A booked consultation was cancelled before its start (PRE-06 cancel policy [default]).
     *
     * @param consultation the consultation's id
     * @param status {@code CANCELLED} (with enough notice: does not count) or {@code CANCELLED_LATE}
     *     (counted as held), as the book decided at the event's time
     */
    record ConsultationCancelled(String consultation, String status) implements CohortEvent {
        /** Refuses nulls. */
        public ConsultationCancelled {
            Objects.requireNonNull(consultation, "consultation");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * One side did not come to a booked consultation (PRE-06 no-shows [default]).
     *
     * @param consultation the consultation's id
     * @param party {@code PROJECT} (counted as held) or {@code EXPERT} (does not count)
     */
    record ConsultationNoShow(String consultation, String party) implements CohortEvent {
        /** Refuses nulls. */
        public ConsultationNoShow {
            Objects.requireNonNull(consultation, "consultation");
            Objects.requireNonNull(party, "party");
        }
    }

    /**
     * Certificates were issued to a project's team (DEF-10 pre-acceleration, ACC-03 acceleration),
     * made out to person ids; names are read from the sealed personal data, so erasure removes them.
     *
     * @param project the project's id
     * @param kind {@code PRE_ACCELERATION} or {@code ACCELERATION}
     * @param from the first day of the program
     * @param to the last day of the program
     * @param holders the person ids of the holders
     */
    record CertificatesIssued(String project, String kind, LocalDate from, LocalDate to, List<String> holders)
            implements ProjectEvent {
        /** Refuses nulls; copies. */
        public CertificatesIssued {
            Arguments.nonNull("project", project, "kind", kind, "from", from, "to", to);
            holders = ImmutableList.copyOf(Objects.requireNonNull(holders, "holders"));
        }
    }

    /**
     * A person's personal data was erased on request: the key was deleted before this event.
     *
     * @param person the person's id
     */
    record PersonalDataErased(String person) implements CohortEvent {
        /** Refuses null. */
        public PersonalDataErased {
            Objects.requireNonNull(person, "person");
        }
    }
}
