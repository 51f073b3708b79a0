package kz.saruar.model.lifecycle;

import java.util.List;
import java.util.Set;
import kz.saruar.model.RuleId;

/**
 * A command that moves a project through the program (APP-10..12, PRE-09, PRE-10, DEF-06, DEF-11,
 * DEF-12, ACC-03, EXT-02, EXT-04): which roles may give it, from which states, under which rules, what it
 * requires, and where it leads.
 */
public sealed interface LifecycleCommand permits Commands.Preselect, Commands.RecordFirstInterview,
        Commands.AdmitToPreAcceleration, Commands.Reject, Commands.Expel, Commands.RecordDefense,
        Commands.ApplyForAcceleration, Commands.RecommendForAcceleration,
        Commands.EnterAcceleration, Commands.Graduate, Commands.GrantAmbassadorStatus, Commands.RecordCharacteristic,
        Commands.RecordAmbassadorStep, Commands.UpdateDocuments,
        Commands.Withdraw {
    /** The command's code, e.g. {@code REJECT}, as events record it. */
    String code();

    /** The roles that may give the command. */
    Set<ActorRole> roles();

    /** The states in which it may be given. */
    Set<ProjectState> from();

    /** The rules that govern it. */
    List<RuleId> rules();

    /** The conditions of its own evidence that are not met for this project; empty when it may proceed. */
    List<Condition> unmet(ProjectLifecycle project);

    /** The state it leads to from the given state (called only when allowed). */
    ProjectState target(ProjectState state);

    /** Why, in the actor's words or the command's own terms, as the event records it. */
    String why();
}
