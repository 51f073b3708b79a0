package kz.saruar.model.lifecycle;

import java.util.List;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.LifecycleCommandCode;

/**
 * A command that moves a project through the program (APP-08..12, PRE-09, PRE-10, DEF-06..12,
 * ACC-03, EXT-02, EXT-04): the evidence it carries and its guard. Where it may be given, where it
 * leads and its rules are its row in {@link LifecycleTable}; who may give it is the methodology's.
 */
public sealed interface LifecycleCommand permits Commands.Preselect, Commands.RecordFirstInterview,
        Commands.AdmitToPreAcceleration, Commands.Reject, Commands.Expel, Commands.RecordDefense,
        Commands.ApplyForAcceleration, Commands.RecommendForAcceleration,
        Commands.EnterAcceleration, Commands.Graduate, Commands.GrantAmbassadorStatus, Commands.RecordCharacteristic,
        Commands.RecordAmbassadorStep, Commands.UpdateDocuments,
        Commands.Withdraw {
    /** The command's code, e.g. {@code REJECT}, as events and the methodology name it. */
    default LifecycleCommandCode code() {
        return LifecycleTable.of(this).code();
    }

    /** The rules that govern it, the deciding one first (its table row). */
    default List<RuleId> rules() {
        return LifecycleTable.of(this).rules();
    }

    /**
     * The guard: the reasons its own evidence does not allow it for this project (under the
     * project's methodology); empty when it may proceed, and always empty for a command without a
     * guard of its own. Role and state are checked by the table.
     */
    default List<Reason> unmet(ProjectLifecycle project) {
        return List.of();
    }

    /** The state it leads to from {@code state}: the table's one target, or the state itself when it stays. */
    default ProjectState target(ProjectState state) {
        LifecycleTable.Transition t = LifecycleTable.of(this);
        return t.stays() ? state : t.to().iterator().next();
    }

    /** Why, in the actor's words or the command's own terms, as the event records it. */
    String why();
}
