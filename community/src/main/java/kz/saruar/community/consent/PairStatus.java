package kz.saruar.community.consent;

/** Where a proposed pair stands (M II.2.2). */
public enum PairStatus {
    /** Proposed; waiting for one or both answers. */
    PROPOSED,
    /** Both sides consented: the pair exists. */
    PAIRED,
    /** One side declined; never proposed again. */
    DECLINED
}
