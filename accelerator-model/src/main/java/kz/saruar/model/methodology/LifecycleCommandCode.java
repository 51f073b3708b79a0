package kz.saruar.model.methodology;

/**
 * The codes of the lifecycle commands (APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03, EXT-02,
 * EXT-04), as the methodology's {@code lifecycle.commands} and the events name them. Which states
 * each leads from and to, and its guard, are code: {@code kz.saruar.model.lifecycle.LifecycleTable}.
 */
public enum LifecycleCommandCode {
    /** The organizing committee preselects an application (APP-10). */
    PRESELECT,
    /** The expert group records a passed first interview (APP-10). */
    RECORD_FIRST_INTERVIEW,
    /** An early applicant updates the documents after the first interview (APP-10). */
    UPDATE_DOCUMENTS,
    /** Admission to pre-acceleration on a passed APP-08 verdict. */
    ADMIT_TO_PRE_ACCELERATION,
    /** A rejection with a recorded reason code (APP-12). */
    REJECT,
    /** An expulsion from pre-acceleration (PRE-09). */
    EXPEL,
    /** The characteristic of a team and its project (PRE-10). */
    RECORD_CHARACTERISTIC,
    /** The jury's decision on the defense (DEF-06, DEF-09). */
    RECORD_DEFENSE,
    /** The team's application to acceleration (DEF-11). */
    APPLY_FOR_ACCELERATION,
    /** The mentor's recommendation for acceleration (DEF-12). */
    RECOMMEND_FOR_ACCELERATION,
    /** The organizers' order to launch acceleration (DEF-11, DEF-12). */
    ENTER_ACCELERATION,
    /** Completion of acceleration (ACC-03). */
    GRADUATE,
    /** Brand ambassador status on the expert group's recommendation (EXT-02). */
    GRANT_AMBASSADOR_STATUS,
    /** A step of the ambassador participation order (EXT-04). */
    RECORD_AMBASSADOR_STEP,
    /** The team withdraws ([default], DEF-12: participation is voluntary). */
    WITHDRAW
}
