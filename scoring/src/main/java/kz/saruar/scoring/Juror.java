package kz.saruar.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * A member of the defense jury: a distinct person with a role code of the methodology's jury
 * composition ({@code ORGANIZER}, {@code EXTERNAL_EXPERT}, {@code PUBLIC_FIGURE}) (DEF-03).
 *
 * @param id the person's ID, also used to find conflicts of interest (team member, mentor-expert)
 * @param role the role code of the seat the juror holds
 * @param name the juror's name as printed in the protocol, if given (personal data: never logged)
 */
public record Juror(String id, String role, Optional<String> name) {
    /** Refuses nulls and blank IDs. */
    public Juror {
        Arguments.nonNull("id", id, "role", role, "name", name);
        checkArgument(!id.isBlank(), "juror id is blank: \"%s\"", id);
        checkArgument(!role.isBlank(), "juror role is blank: \"%s\"", role);
    }

    /** A juror without a printed name. */
    public static Juror of(String id, String role) {
        return new Juror(id, role, Optional.empty());
    }

    /** A juror with a printed name. */
    public static Juror of(String id, String role, String name) {
        return new Juror(id, role, Optional.of(Objects.requireNonNull(name, "name")));
    }

    /** The name to print: the name if given, else the ID. */
    public String displayName() {
        return name.orElse(id);
    }

    /** The ID and seat only: the name is personal data (APP-03) and never reaches a log through {@code toString()}. */
    @Override
    public String toString() {
        return "Juror[id=" + id + ", role=" + role + ", name=" + (name.isPresent() ? "redacted" : "none") + "]";
    }
}
