package kz.saruar.scheduling.reminder;

/** What a reminder is about (PRE-05 before the consultation; PRE-06 agenda and survey due). */
public enum ReminderKind {
    /** The participant's agenda is due (PRE-06). */
    AGENDA_DUE,
    /** The consultation is coming up (PRE-05). */
    BEFORE_CONSULTATION,
    /** The mini-survey is due (PRE-06). */
    SURVEY_DUE
}
