package kz.saruar.model.lifecycle;

import static kz.saruar.model.lifecycle.LifecycleFixtures.STANDARD;
import static kz.saruar.model.lifecycle.LifecycleFixtures.edited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.LifecycleCommandCode;
import kz.saruar.model.methodology.Methodology;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The table is the one statement of the graph; the methodology's roles are validated data (FMT-01, FMT-02). */
class LifecycleTableTest {

    private static Set<ProjectState> reachable(ProjectState from) {
        Set<ProjectState> seen = EnumSet.of(from);
        Deque<ProjectState> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (ProjectState next : todo.pop().successors()) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    /** A terminal state: an end, or a state only a recording command keeps (the brand ambassador). */
    private static boolean terminal(ProjectState s) {
        return s.successors().stream().allMatch(s::equals);
    }

    @Property
    void from_APPLIED_every_terminal_state_is_reachable(@ForAll ProjectState state) {
        if (terminal(state)) {
            assertThat(reachable(ProjectState.APPLIED)).contains(state);
        }
    }

    @Property
    void no_state_is_a_dead_end(@ForAll ProjectState state) {
        assertThat(reachable(ProjectState.APPLIED)).as("every state is reachable from APPLIED").contains(state);
        assertThat(reachable(state).stream().anyMatch(LifecycleTableTest::terminal))
                .as("%s reaches a terminal state", state).isTrue();
    }

    @Test
    void successors_are_derived_from_the_table() {
        assertThat(ProjectState.APPLIED.successors()).containsExactlyInAnyOrder(ProjectState.PRESELECTED, ProjectState.REJECTED,
                ProjectState.WITHDRAWN);
        assertThat(ProjectState.IN_PRE_ACCELERATION.successors()).containsExactlyInAnyOrder(ProjectState.IN_PRE_ACCELERATION,
                ProjectState.DEFENDED, ProjectState.NOT_PASSED, ProjectState.EXPELLED, ProjectState.WITHDRAWN);
        assertThat(ProjectState.BRAND_AMBASSADOR.successors()).containsExactly(ProjectState.BRAND_AMBASSADOR);
        assertThat(EnumSet.allOf(ProjectState.class).stream().filter(ProjectState::isEnd))
                .containsExactlyInAnyOrder(ProjectState.REJECTED, ProjectState.EXPELLED, ProjectState.NOT_PASSED, ProjectState.WITHDRAWN);
    }

    @Test
    void every_command_has_one_row_with_rules_and_roles_in_the_standard_methodology() {
        assertThat(LifecycleTable.transitions()).hasSize(LifecycleCommandCode.values().length);
        for (LifecycleCommandCode code : LifecycleCommandCode.values()) {
            LifecycleTable.Transition t = LifecycleTable.of(code);
            assertThat(t.rules()).as("%s", code).isNotEmpty();
            assertThat(t.from()).as("%s", code).isNotEmpty();
            assertThat(t.roles(STANDARD)).as("%s", code).isNotEmpty();
        }
        assertThat(LifecycleTable.of(LifecycleCommandCode.REJECT).roles(STANDARD))
                .containsExactlyInAnyOrder(ActorRole.ORGANIZER, ActorRole.EXPERT_GROUP);
        assertThat(new Commands.Reject("X", false).code()).isEqualTo(LifecycleCommandCode.REJECT);
        assertThat(new Commands.Reject("X", false).rules()).containsExactly(RuleId.of("APP-12"));
    }

    @Test
    void FMT_01_an_unknown_role_or_command_in_the_methodology_is_refused_with_its_path() {
        Outcome<Methodology> role = edited(t -> ((ArrayNode) t.at("/lifecycle/commands/0/roles")).add("JANITOR"));
        assertThat(role.reasons()).extracting(Reason::subject).containsExactly("$.lifecycle.commands[0].roles[1]");
        assertThat(role.reasons().get(0).rule()).isEqualTo(RuleId.of("FMT-01"));
        assertThat(role.reasons().get(0).code()).isEqualTo("UNKNOWN_VALUE");
        Outcome<Methodology> command = edited(t -> ((ObjectNode) t.at("/lifecycle/commands/0")).put("code", "PARADE"));
        assertThat(command.reasons()).extracting(Reason::subject).containsExactly("$.lifecycle.commands[0].code");
        assertThat(command.reasons().get(0).code()).isEqualTo("UNKNOWN_VALUE");
    }

    @Test
    void FMT_02_every_command_is_listed_once_with_at_least_one_role() {
        Outcome<Methodology> missing = edited(t -> ((ArrayNode) t.at("/lifecycle/commands")).remove(0));
        assertThat(missing.reasons()).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("$.lifecycle.commands");
            assertThat(p.rule()).isEqualTo(RuleId.of("FMT-02"));
            assertThat(p.code()).isEqualTo("UNKNOWN_REFERENCE");
        });
        Outcome<Methodology> nobody = edited(t -> ((ObjectNode) t.at("/lifecycle/commands/2")).putArray("roles"));
        assertThat(nobody.reasons()).extracting(Reason::subject, Reason::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.lifecycle.commands[2].roles", "EMPTY_LIST"));
        Outcome<Methodology> twice = edited(t -> ((ArrayNode) t.at("/lifecycle/commands")).add(t.at("/lifecycle/commands/1").deepCopy()));
        assertThat(twice.reasons()).extracting(Reason::subject).containsExactly("$.lifecycle.commands[15]");
        assertThat(twice.reasons().get(0).code()).isEqualTo("DUPLICATE_CODE");
        Outcome<Methodology> roleTwice = edited(t -> ((ArrayNode) t.at("/lifecycle/commands/0/roles")).add("ORGANIZER"));
        assertThat(roleTwice.reasons()).extracting(Reason::subject).containsExactly("$.lifecycle.commands[0].roles[1]");
    }
}
