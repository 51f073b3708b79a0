package kz.saruar.scheduling.reminder;

/** Who receives a consultation reminder, by role (PRE-05: participant, mentor and expert; PRE-06: the organizer too). */
public enum Recipient {
    /** The project's participant. */
    PARTICIPANT,
    /** The project's mentor. */
    MENTOR,
    /** The consulting expert. */
    EXPERT,
    /** The organizer. */
    ORGANIZER
}
