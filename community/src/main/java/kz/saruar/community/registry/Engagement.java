package kz.saruar.community.registry;

/** How an expert works with the accelerator (HUB-02): paid part-time (M II.2.3) or pro bono from a company. */
public enum Engagement {
    /** Paid part-time, as the methodology's experts (M II.2.3). */
    PAID_PART_TIME,
    /** Free of charge, lent by a company (HUB-02, Impact Hub). */
    PRO_BONO
}
