package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Who may give one lifecycle command (APP-10, APP-12, PRE-09, DEF-06, DEF-11, DEF-12, ACC-03,
 * EXT-02, EXT-04): the command's code and the roles, data that another accelerator changes.
 *
 * @param code the command
 * @param roles the roles that may give it, at least one
 */
public record CommandRoles(LifecycleCommandCode code, List<ActorRole> roles) {
    /** Refuses nulls and copies the list. */
    public CommandRoles {
        Objects.requireNonNull(code, "code");
        roles = ImmutableList.copyOf(Objects.requireNonNull(roles, "roles"));
    }
}
