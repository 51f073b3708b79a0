package kz.saruar.model.methodology;

/**
 * Who acts in the program (APP-10..13, PRE-09, DEF-03, DEF-12, EXT-02): the methodology's
 * {@code lifecycle.commands} names, for each lifecycle command, the roles that may give it.
 */
public enum ActorRole {
    /** The organizers and the organizing committee / commission (APP-10, APP-12, APP-13). */
    ORGANIZER,
    /** The expert group (APP-08 interview, PRE-09 decision, EXT-02 recommendation). */
    EXPERT_GROUP,
    /** The defense jury (DEF-03). */
    JURY,
    /** The project's mentor (PRE-04, DEF-12 recommendation). */
    MENTOR,
    /** The project team itself. */
    TEAM
}
