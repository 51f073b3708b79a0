package kz.saruar.model.lifecycle;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.RuleId;

/**
 * What an accepted lifecycle command did (APP-03, APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03,
 * EXT-02, EXT-04): who, in which role, when, what, from which state to which, why, under which
 * rules. A project's events replay to its state ({@link ProjectLifecycle#replay}); {@link LifecycleJson}
 * writes and reads them.
 *
 * @param sequence the position in the project's history, from 1
 * @param projectId the project
 * @param actor who gave the command
 * @param at when it was accepted
 * @param command what was done; empty for the submission that opens the history
 * @param from the state before; empty for the submission
 * @param to the state after
 * @param why why, in the actor's or the command's words
 * @param rules the rules that governed it
 */
public record LifecycleEvent(long sequence, String projectId, Actor actor, Instant at,
        Optional<LifecycleCommand> command, Optional<ProjectState> from, ProjectState to, String why,
        List<RuleId> rules) {
    /** Refuses nulls and copies the list. */
    public LifecycleEvent {
        Arguments.nonNull("projectId", projectId, "actor", actor, "at", at, "command", command, "from", from, "to", to,
                "why", why);
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /** The event type for the submission that opens a history (APP-03). */
    public static final String SUBMIT = "SUBMIT";

    /** The event's type: the command's code, or {@link #SUBMIT} for the submission. */
    public String what() {
        return command.map(c -> c.code().name()).orElse(SUBMIT);
    }
}
