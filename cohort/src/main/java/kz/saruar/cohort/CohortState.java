package kz.saruar.cohort;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.saruar.model.Arguments;
import kz.saruar.model.lifecycle.ProjectState;

/**
 * The read model of a cohort at a journal position (the rules APP, PRE, DEF, ACC and EXT of
 * docs/rules.md): its projects with their states, the consultations, the defense sessions, and the
 * erased persons. Equal states mean equal histories: reopening a cohort gives a state equal to the
 * one before.
 *
 * @param cohortId the cohort's id
 * @param methodologyId the pinned methodology's id
 * @param methodologySha256 the pinned methodology's SHA-256
 * @param position the journal position the state includes up to (exclusive)
 * @param lastHash the hash of the last event, hex
 * @param projects the projects, in submission order
 * @param consultations the consultations, as {@code id status project expert start}, in booking order
 * @param defenseSessions the ids of the defense sessions held
 * @param erasedPersons the persons whose personal data was erased
 * @param pendingDeadlines the open deadlines (APP-10, DEF-11), earliest first
 */
public record CohortState(String cohortId, String methodologyId, String methodologySha256, long position,
        String lastHash, List<ProjectView> projects, List<String> consultations, List<String> defenseSessions,
        Set<String> erasedPersons, List<PendingDeadline> pendingDeadlines) {
    /** Refuses nulls; copies. */
    public CohortState {
        Arguments.nonNull("cohortId", cohortId, "methodologyId", methodologyId, "methodologySha256", methodologySha256,
                "lastHash", lastHash);
        projects = ImmutableList.copyOf(projects);
        consultations = ImmutableList.copyOf(consultations);
        defenseSessions = ImmutableList.copyOf(defenseSessions);
        erasedPersons = ImmutableSet.copyOf(erasedPersons);
        pendingDeadlines = ImmutableList.copyOf(pendingDeadlines);
    }

    /** The project with this id, if any. */
    public Optional<ProjectView> project(String id) {
        Objects.requireNonNull(id, "id");
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The ids of the projects in each state that has any, in the states' order. */
    public Map<ProjectState, List<String>> byState() {
        EnumMap<ProjectState, List<String>> m = new EnumMap<>(ProjectState.class);
        for (ProjectView p : projects) {
            m.computeIfAbsent(p.state(), s -> new ArrayList<>()).add(p.id());
        }
        m.replaceAll((s, l) -> ImmutableList.copyOf(l));
        return ImmutableMap.copyOf(m);
    }

    /** How many projects are in a state. */
    public int count(ProjectState state) {
        return (int) projects.stream().filter(p -> p.state() == state).count();
    }

    /** The deadlines due on or before a day. */
    public List<PendingDeadline> dueBy(LocalDate day) {
        return pendingDeadlines.stream().filter(d -> !d.due().isAfter(day)).toList();
    }
}
