package kz.saruar.jqwik;

import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.lifecycle.LifecycleTable;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.LifecycleCommandCode;
import kz.saruar.model.methodology.Methodology;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of lifecycle command sequences by role (APP-10..12, PRE-09, DEF-11, EXT-02/04):
 * each step a command code of the lifecycle table and the role that gives it, with whether the
 * methodology lets that role give it ({@code lifecycle.commands[].roles}).
 */
public final class LifecycleArbitraries {
    private LifecycleArbitraries() {
    }

    /**
     * One step: a command and the role that gives it.
     *
     * @param code    the command
     * @param role    the role giving it
     * @param allowed whether the methodology lets this role give this command
     */
    public record RoleStep(LifecycleCommandCode code, ActorRole role, boolean allowed) {
        /** Refuses nulls. */
        public RoleStep {
            Arguments.nonNull("code", code, "role", role);
        }
    }

    /** Sequences of 1 to {@code max} steps; about half the steps by a role the methodology allows. */
    public static Arbitrary<List<RoleStep>> steps(Methodology methodology, int max) {
        Objects.requireNonNull(methodology, "methodology");
        Arbitrary<LifecycleCommandCode> code = Arbitraries.of(LifecycleTable.transitions().stream()
                .map(LifecycleTable.Transition::code).toList());
        Arbitrary<RoleStep> allowed = code.flatMap(c -> Arbitraries.of(List.copyOf(LifecycleTable.of(c).roles(methodology)))
                .map(r -> new RoleStep(c, r, true)));
        Arbitrary<RoleStep> any = Combinators.combine(code, Arbitraries.of(ActorRole.class))
                .as((c, r) -> new RoleStep(c, r, LifecycleTable.of(c).roles(methodology).contains(r)));
        return Arbitraries.oneOf(allowed, any).list().ofMinSize(1).ofMaxSize(max);
    }
}
