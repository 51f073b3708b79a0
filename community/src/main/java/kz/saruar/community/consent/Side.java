package kz.saruar.community.consent;

/** A side of a pair; each must consent (M II.2.2). */
public enum Side {
    /** The one who advises (mentor-expert, or the entrepreneur in two-way mentoring). */
    ADVISER,
    /** The one advised (the project, or the company in two-way mentoring). */
    ADVISEE
}
