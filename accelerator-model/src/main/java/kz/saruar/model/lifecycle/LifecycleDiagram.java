package kz.saruar.model.lifecycle;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;

/**
 * The lifecycle's state diagram (APP-03, APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03, EXT-02,
 * EXT-04) as Mermaid {@code stateDiagram-v2} and a table, both written from {@link LifecycleTable}
 * and a methodology's roles: {@code docs/lifecycle.md} is this text for the standard methodology.
 */
public final class LifecycleDiagram {
    private LifecycleDiagram() {
    }

    /** The Mermaid state diagram: one arrow per command and state it may be given in. */
    public static String mermaid(Methodology methodology) {
        Objects.requireNonNull(methodology, "methodology");
        StringBuilder b = new StringBuilder("stateDiagram-v2\n");
        b.append("    [*] --> ").append(ProjectState.APPLIED).append(" : SUBMIT (APP-03)\n");
        for (ProjectState from : ProjectState.values()) {
            for (LifecycleTable.Transition t : LifecycleTable.transitions()) {
                if (t.from().contains(from)) {
                    for (ProjectState to : t.targets(from)) {
                        b.append("    ").append(from).append(" --> ").append(to).append(" : ").append(t.code())
                                .append(" (").append(roles(t.roles(methodology))).append(")\n");
                    }
                }
            }
        }
        for (ProjectState s : ProjectState.values()) {
            if (s.successors().stream().allMatch(s::equals)) {
                b.append("    ").append(s).append(" --> [*]\n");
            }
        }
        return b.toString();
    }

    /** The page {@code docs/lifecycle.md}: the diagram and the table with roles, states and rules. */
    public static String markdown(Methodology methodology) {
        Objects.requireNonNull(methodology, "methodology");
        StringBuilder b = new StringBuilder("# The project lifecycle\n\n");
        b.append("<!-- Generated from kz.saruar.model.lifecycle.LifecycleTable and the roles in the standard")
                .append(" methodology's \"lifecycle\" section by kz.saruar.model.lifecycle.LifecycleDiagram; do not edit by hand.")
                .append(" LifecycleDiagramTest fails when this file is out of date; regenerate with:")
                .append(" ./mvnw -pl accelerator-model -am test -Dtest=LifecycleDiagramTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dsaruar.regenerate=true -->\n\n");
        b.append("A project of **").append(methodology.name().get(Language.EN)).append("** (`")
                .append(methodology.id()).append("`) moves through these states by commands. Which states a command")
                .append(" leads from and to, its rules and its guard are code (`LifecycleTable`, `Commands`);")
                .append(" who may give it is the methodology's `lifecycle.commands`. A command that only records")
                .append(" something leaves the state as it is (an arrow back to the same state).\n\n");
        b.append("```mermaid\n").append(mermaid(methodology)).append("```\n\n");
        b.append("| command | roles | from | to | rules |\n|---|---|---|---|---|\n");
        for (LifecycleTable.Transition t : LifecycleTable.transitions()) {
            b.append("| `").append(t.code()).append("` | ").append(roles(t.roles(methodology))).append(" | ")
                    .append(states(t.from())).append(" | ").append(t.stays() ? "(stays)" : states(t.to())).append(" | ")
                    .append(t.rules().stream().map(RuleId::value).collect(Collectors.joining(", "))).append(" |\n");
        }
        b.append("\nEnds (no command is accepted): ").append(states(java.util.Arrays.stream(ProjectState.values())
                .filter(ProjectState::isEnd).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(ProjectState.class)))))
                .append(".\n");
        return b.toString();
    }

    private static String roles(Set<ActorRole> roles) {
        return roles.stream().map(ActorRole::name).collect(Collectors.joining(", "));
    }

    private static String states(Set<ProjectState> states) {
        return states.stream().map(ProjectState::name).collect(Collectors.joining(", "));
    }
}
