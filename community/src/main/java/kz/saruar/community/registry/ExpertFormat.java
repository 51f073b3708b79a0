package kz.saruar.community.registry;

/** The expert's format (EXP-02): a mentor-expert curates projects, an expert consults within an area. */
public enum ExpertFormat {
    /** Curates one or more projects through pre-acceleration and acceleration, and consults others. */
    MENTOR_EXPERT,
    /** Works in kickoff sessions and consults within an area. */
    EXPERT
}
