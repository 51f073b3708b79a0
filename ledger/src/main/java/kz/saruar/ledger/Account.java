package kz.saruar.ledger;

import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * A LIFTCOIN account (LFT-07): its identifier, kind, owner, and for a participant the project it
 * belongs to (LFT-02: a project rewards its own participants).
 *
 * @param id      the account
 * @param kind    what it is
 * @param owner   the only actor who may spend from it
 * @param project the project of a {@link AccountKind#PARTICIPANT}; empty for other kinds
 */
public record Account(AccountId id, AccountKind kind, ActorId owner, Optional<AccountId> project) {
    /** Refuses nulls and a project on anything but a participant. */
    public Account {
        Arguments.nonNull("id", id, "kind", kind, "owner", owner, "project", project);
        if (project.isPresent() != (kind == AccountKind.PARTICIPANT)) {
            throw new IllegalArgumentException("only a participant account has a project, and it must: " + id + " " + kind + " " + project);
        }
    }
}
