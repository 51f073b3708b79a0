package kz.saruar.community.collaboration;

/** Who collaborates (HUB-05). */
public enum CollaborationKind {
    /** Projects with each other ("a single club of leaders"). */
    PROJECT_WITH_PROJECT,
    /** A project with an expert outside a mentor pair. */
    PROJECT_WITH_EXPERT
}
