package kz.saruar.model.diagnostics;

/** What a diagnostic report's lifecycle stage (MAT-02) rests on. */
public enum StageBasis {
    /** The experts' own reading. */
    EXPERT_ASSESSMENT,
    /** The answers' scores, among the stages that the form's stage suggests (MAT-04). */
    FORM_STAGE_AND_ANSWERS,
    /** The form's stage alone: the first estimate before any interview (APP-03, MAT-04). */
    FORM_STAGE,
    /** The answers' scores alone, over all stages but the last. */
    ANSWERS
}
