package kz.saruar.model.application;

/** The project's stage of implementation, field 14 of the project form (APP-03); MAT-04 maps it to lifecycle stages. */
public enum ImplementationStage {
    /** An idea, not yet tried. */
    IDEA,
    /** A pilot is running or has run. */
    PILOT,
    /** The project runs sustainably. */
    SUSTAINABLE,
    /** Ready to scale: a methodology package exists. */
    READY_TO_SCALE,
    /** Scaling: regional branches exist. */
    SCALING
}
