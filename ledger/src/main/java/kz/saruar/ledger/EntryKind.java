package kz.saruar.ledger;

/** Why points moved in one double-entry posting of the LIFTCOIN journal (LFT-01..07). */
public enum EntryKind {
    /** The platform issues points to a project (LFT-01). */
    ISSUE,
    /** A project rewards a participant (LFT-02). */
    REWARD,
    /** A forum participant or guest receives the forum's set amount (LFT-05). */
    FORUM_GRANT,
    /** A buyer pays a seller for units of a market offer (LFT-03). */
    PURCHASE,
    /** A member pays another for a service (LFT-03). */
    SERVICE,
    /** Points paid to a business leave circulation back to the issuer (LFT-04 [default]). */
    RETIRE,
    /** A compensating entry that reverses an earlier one (LFT-07). */
    CORRECTION,
    /** Points that expired under the expiry policy return to the issuer (LFT-07). */
    EXPIRY
}
