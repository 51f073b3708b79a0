package kz.saruar.scheduling.program;

/** The kinds of sessions in a program calendar (PRE-02, PRE-03, DEF-01, ACC-02, ACC-03, ACC-04). */
public enum SessionKind {
    /** One of the four kickoff sessions of pre-acceleration (PRE-02). */
    KICKOFF,
    /** A day of a basic course of pre-acceleration (PRE-03). */
    BASIC_COURSE,
    /** The defense (DEF-01). */
    DEFENSE,
    /** A module of the acceleration curriculum (ACC-02). */
    MODULE,
    /** A monthly coaching meeting (ACC-04). */
    COACHING,
    /** The demo presentations at the end of acceleration (ACC-03). */
    DEMO_DAY
}
