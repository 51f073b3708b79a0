package kz.saruar.examples.cli.cohort;

import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import picocli.CommandLine.Option;

/**
 * The {@code --actor ID} of the cohort commands that write: the account that issues the command,
 * in the role the command needs (organizer, team, jury; LFT-06 records it with every event).
 */
public final class ActorOption {
    @Option(names = "--actor", paramLabel = "ID",
            description = "The account issuing the command, in the role it needs (ORGANIZER for init and erase, TEAM for apply, "
                    + "JURY for sheets; default: cli).")
    String id = "cli";

    /** The actor in {@code role}. */
    Actor as(ActorRole role) {
        return Actor.of(id, role);
    }
}
