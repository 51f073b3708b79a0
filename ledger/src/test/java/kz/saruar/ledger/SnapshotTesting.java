package kz.saruar.ledger;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Helpers for the snapshot tests: a comparable description of a ledger's whole state. */
final class SnapshotTesting {
    private SnapshotTesting() {
    }

    /** Everything a snapshot records but the keys' form, as text (two states are equal iff their descriptions are). */
    static String describe(LedgerSnapshot.Image s) {
        Map<String, Object> m = new TreeMap<>();
        m.put("position", s.position());
        m.put("head", ChainHash.of(s.head()));
        m.put("genesis", ChainHash.of(s.genesisHash()));
        m.put("issued", s.issued());
        m.put("retired", s.retired());
        m.put("capacity", s.capacity());
        m.put("accounts", s.accounts());
        m.put("offers", s.offers());
        m.put("forumAmounts", s.forumAmounts());
        m.put("forumRecipients", s.forumRecipients());
        m.put("corrected", Arrays.toString(s.corrected()));
        m.put("keys", s.base().size() + s.recent().size());
        return m.toString();
    }
}
