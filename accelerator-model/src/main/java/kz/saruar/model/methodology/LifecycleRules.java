package kz.saruar.model.methodology;

import static kz.saruar.model.Rules.FMT_02;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.validation.ProblemKind;

/**
 * The lifecycle as data (APP-10, APP-12, PRE-09, DEF-11, DEF-12, EXT-02): who may give each
 * command. The steps of the ambassador order are {@code exit.ambassadorSteps} (EXT-04), the
 * interview window {@code intake.firstInterviewDays} (APP-10); the states, transitions and guards
 * are code ({@code kz.saruar.model.lifecycle.LifecycleTable}).
 *
 * @param commands each command with the roles that may give it, every command once
 */
public record LifecycleRules(List<CommandRoles> commands) {

    /** Refuses null and copies the list. */
    public LifecycleRules {
        commands = ImmutableList.copyOf(Objects.requireNonNull(commands, "commands"));
    }

    /** The roles that may give the command; empty only in a methodology that failed validation. */
    public Set<ActorRole> rolesOf(LifecycleCommandCode code) {
        Objects.requireNonNull(code, "code");
        Optional<CommandRoles> c = commands.stream().filter(r -> r.code() == code).findFirst();
        return c.map(r -> r.roles().isEmpty() ? EnumSet.noneOf(ActorRole.class) : EnumSet.copyOf(r.roles()))
                .orElseGet(() -> EnumSet.noneOf(ActorRole.class));
    }

    /** FMT-02: every command is listed (duplicates are found by the code check), each with a role, none twice. */
    List<Reason> problems(String path) {
        List<Reason> out = new ArrayList<>();
        for (LifecycleCommandCode code : LifecycleCommandCode.values()) {
            if (commands.stream().noneMatch(c -> c.code() == code)) {
                out.add(ProblemKind.UNKNOWN_REFERENCE.at(path + ".commands", FMT_02, code.name(),
                        path + ".commands"));
            }
        }
        for (int i = 0; i < commands.size(); i++) {
            List<ActorRole> roles = commands.get(i).roles();
            String at = path + ".commands[" + i + "].roles";
            if (roles.isEmpty()) {
                out.add(ProblemKind.EMPTY_LIST.at(at, FMT_02));
            }
            for (int j = 0; j < roles.size(); j++) {
                int first = roles.indexOf(roles.get(j));
                if (first != j) {
                    out.add(ProblemKind.DUPLICATE_CODE.at(at + "[" + j + "]", FMT_02, roles.get(j).name(),
                            at + "[" + first + "]"));
                }
            }
        }
        return out;
    }
}
