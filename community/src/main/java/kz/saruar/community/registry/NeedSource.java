package kz.saruar.community.registry;

/** Where a project's need was found (HUB-01). */
public enum NeedSource {
    /** A focus area of the draft individual trajectory from the maturity diagnostics (MAT-05, MAT-07). */
    DIAGNOSTICS,
    /** An expert area asked for by a row of the individual plan (PRE-04). */
    INDIVIDUAL_PLAN
}
