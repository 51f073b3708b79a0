package kz.saruar.ledger;

/** The kinds of LIFTCOIN accounts (LFT-01..05). */
public enum AccountKind {
    /** The SOCIAL LIFT platform, the only account that issues points and may go below zero (LFT-01, LFT-07). */
    ISSUER,
    /** A social project: receives issued points and rewards its participants (LFT-01, LFT-02). */
    PROJECT,
    /** A participant of a project, rewarded by it (LFT-02). */
    PARTICIPANT,
    /** An invited forum guest who receives a forum grant (LFT-05). */
    GUEST,
    /** A business that offers goods, services or discounts for points (LFT-03). */
    BUSINESS
}
