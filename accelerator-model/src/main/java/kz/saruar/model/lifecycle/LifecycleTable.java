package kz.saruar.model.lifecycle;

import static kz.saruar.model.Rules.ACC_03;
import static kz.saruar.model.Rules.APP_08;
import static kz.saruar.model.Rules.APP_10;
import static kz.saruar.model.Rules.APP_12;
import static kz.saruar.model.Rules.DEF_06;
import static kz.saruar.model.Rules.DEF_09;
import static kz.saruar.model.Rules.DEF_11;
import static kz.saruar.model.Rules.DEF_12;
import static kz.saruar.model.Rules.EXT_02;
import static kz.saruar.model.Rules.EXT_04;
import static kz.saruar.model.Rules.PRE_09;
import static kz.saruar.model.Rules.PRE_10;
import static kz.saruar.model.lifecycle.ProjectState.*;
import static kz.saruar.model.methodology.LifecycleCommandCode.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.saruar.model.Arguments;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.LifecycleCommandCode;
import kz.saruar.model.methodology.Methodology;

/**
 * The lifecycle as one table (APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03, EXT-02, EXT-04):
 * each command's code, the class that carries its evidence and guard, the states it may be given
 * in, the states it leads to (none: the state stays) and its rules. Who may give it is data
 * ({@link Methodology#lifecycle()}); {@link ProjectState#successors()} and the diagram in
 * {@code docs/lifecycle.md} are derived from this table.
 */
public final class LifecycleTable {
    /** [default] The team may withdraw from any state before graduation (DEF-12: participation is voluntary). */
    private static final Set<ProjectState> UNTIL_GRADUATION = EnumSet.of(APPLIED, PRESELECTED, INTERVIEWED,
            IN_PRE_ACCELERATION, DEFENDED, IN_ACCELERATION);
    private static final Set<ProjectState> STAYS = EnumSet.noneOf(ProjectState.class);

    private static final List<Transition> TABLE = List.of(
            // code                        evidence and guard                        from                                     to                              rules
            row(PRESELECT,                 Commands.Preselect.class,                 of(APPLIED),                             of(PRESELECTED),                APP_10),
            row(RECORD_FIRST_INTERVIEW,    Commands.RecordFirstInterview.class,      of(PRESELECTED),                         of(INTERVIEWED),                APP_10),
            row(UPDATE_DOCUMENTS,          Commands.UpdateDocuments.class,           of(INTERVIEWED),                         STAYS,                          APP_10),
            row(ADMIT_TO_PRE_ACCELERATION, Commands.AdmitToPreAcceleration.class,    of(INTERVIEWED),                         of(IN_PRE_ACCELERATION),        APP_08),
            row(REJECT,                    Commands.Reject.class,                    of(APPLIED, PRESELECTED, INTERVIEWED),   of(REJECTED),                   APP_12),
            row(EXPEL,                     Commands.Expel.class,                     of(IN_PRE_ACCELERATION),                 of(EXPELLED),                   PRE_09),
            row(RECORD_CHARACTERISTIC,     Commands.RecordCharacteristic.class,      of(IN_PRE_ACCELERATION, DEFENDED),       STAYS,                          PRE_10),
            row(RECORD_DEFENSE,            Commands.RecordDefense.class,             of(IN_PRE_ACCELERATION),                 of(DEFENDED, NOT_PASSED),       DEF_06, DEF_09),
            row(APPLY_FOR_ACCELERATION,    Commands.ApplyForAcceleration.class,      of(DEFENDED),                            STAYS,                          DEF_11),
            row(RECOMMEND_FOR_ACCELERATION, Commands.RecommendForAcceleration.class, of(DEFENDED),                            STAYS,                          DEF_12),
            row(ENTER_ACCELERATION,        Commands.EnterAcceleration.class,         of(DEFENDED),                            of(IN_ACCELERATION),            DEF_11, DEF_12),
            row(GRADUATE,                  Commands.Graduate.class,                  of(IN_ACCELERATION),                     of(GRADUATED),                  ACC_03),
            row(GRANT_AMBASSADOR_STATUS,   Commands.GrantAmbassadorStatus.class,     of(GRADUATED),                           of(BRAND_AMBASSADOR),           EXT_02),
            row(RECORD_AMBASSADOR_STEP,    Commands.RecordAmbassadorStep.class,      of(BRAND_AMBASSADOR),                    STAYS,                          EXT_04),
            row(WITHDRAW,                  Commands.Withdraw.class,                  UNTIL_GRADUATION,                        of(WITHDRAWN),                  DEF_12));

    static {
        // the table, the codes and the sealed command types name the same commands, each once
        List<Class<?>> types = Arrays.asList(LifecycleCommand.class.getPermittedSubclasses());
        for (LifecycleCommandCode c : LifecycleCommandCode.values()) {
            if (TABLE.stream().filter(t -> t.code() == c).count() != 1) {
                throw new SaruarException("the lifecycle table has no single row for " + c);
            }
        }
        if (TABLE.stream().map(Transition::command).distinct().count() != TABLE.size()
                || !Set.copyOf(types).equals(Set.copyOf(TABLE.stream().map(Transition::command).toList()))) {
            throw new SaruarException("the lifecycle table and the command types differ");
        }
    }

    private LifecycleTable() {
    }

    /**
     * One row of the table: a command, where it may be given and where it leads.
     *
     * @param code the command's code
     * @param command the record that carries the command's evidence and its guard
     * @param from the states in which it may be given
     * @param to the states it may lead to; empty when it only records something and the state stays
     * @param rules the rules that govern it, the deciding one first
     */
    public record Transition(LifecycleCommandCode code, Class<? extends LifecycleCommand> command,
            Set<ProjectState> from, Set<ProjectState> to, List<RuleId> rules) {
        /** Refuses nulls and copies the sets. */
        public Transition {
            Arguments.nonNull("code", code, "command", command);
            from = Sets.immutableEnumSet(Objects.requireNonNull(from, "from"));
            to = Sets.immutableEnumSet(Objects.requireNonNull(to, "to"));
            rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
        }

        /** Whether the command only records something: the state stays. */
        public boolean stays() {
            return to.isEmpty();
        }

        /** The states it may lead to from {@code state}: the state itself when it stays. */
        public Set<ProjectState> targets(ProjectState state) {
            return stays() ? EnumSet.of(state) : to;
        }

        /** The roles that may give it under this methodology ({@code lifecycle.commands}). */
        public Set<ActorRole> roles(Methodology methodology) {
            return Objects.requireNonNull(methodology, "methodology").lifecycle().rolesOf(code);
        }
    }

    /** Every row, in the table's order. */
    public static List<Transition> transitions() {
        return TABLE;
    }

    /** The row of a command code. */
    public static Transition of(LifecycleCommandCode code) {
        Objects.requireNonNull(code, "code");
        return TABLE.stream().filter(t -> t.code() == code).findFirst().orElseThrow();
    }

    /** The row of a command. */
    public static Transition of(LifecycleCommand command) {
        Objects.requireNonNull(command, "command");
        return TABLE.stream().filter(t -> t.command() == command.getClass()).findFirst().orElseThrow();
    }

    /** The states reachable in one command from {@code state} (itself where a command only records). */
    public static Set<ProjectState> successors(ProjectState state) {
        Objects.requireNonNull(state, "state");
        Set<ProjectState> out = EnumSet.noneOf(ProjectState.class);
        TABLE.stream().filter(t -> t.from().contains(state)).forEach(t -> out.addAll(t.targets(state)));
        return out;
    }

    private static Transition row(LifecycleCommandCode code, Class<? extends LifecycleCommand> command,
            Set<ProjectState> from, Set<ProjectState> to, RuleId... rules) {
        return new Transition(code, command, from, to, List.of(rules));
    }

    private static Set<ProjectState> of(ProjectState first, ProjectState... more) {
        return EnumSet.of(first, more);
    }
}
