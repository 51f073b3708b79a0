package kz.saruar.model.lifecycle;

import kz.saruar.model.Arguments;
import kz.saruar.model.methodology.ActorRole;

/**
 * Someone who gives a lifecycle command (APP-10..13, PRE-09, DEF-03, EXT-02): an opaque identifier (an account, not a name: events are
 * kept and must not carry personal data) and a role.
 *
 * @param id the identifier
 * @param role the role in which the actor acts
 */
public record Actor(String id, ActorRole role) {
    /** Refuses nulls and a blank id. */
    public Actor {
        Arguments.nonNull("id", id, "role", role);
        if (id.isBlank()) {
            throw new IllegalArgumentException("actor id is blank: \"" + id + "\"");
        }
    }

    /** An actor. */
    public static Actor of(String id, ActorRole role) {
        return new Actor(id, role);
    }
}
