package kz.saruar.model.lifecycle;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;

/**
 * A refused lifecycle command (APP-10..12, PRE-09, DEF-06..12, ACC-03, EXT-02): the state the project is in, the command, the actor's role, and
 * every condition that was not met with its rule.
 *
 * @param state the project's state
 * @param command the command's code
 * @param role the role of the actor who gave it
 * @param missing the conditions not met, at least one
 */
public record Refusal(ProjectState state, String command, ActorRole role, List<Condition> missing) {
    /** Refuses nulls and an empty list. */
    public Refusal {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(role, "role");
        missing = ImmutableList.copyOf(Objects.requireNonNull(missing, "missing"));
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one missing condition");
        }
    }

    /** The rules of the missing conditions, each once. */
    public List<RuleId> rules() {
        return missing.stream().map(Condition::rule).distinct().toList();
    }

    /** One line per missing condition, after the state and command. */
    public String describe(Language language) {
        StringBuilder b = new StringBuilder(command + " by " + role + " refused in state " + state);
        for (Condition c : missing) {
            b.append("\n  ").append(c.describe(language));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
