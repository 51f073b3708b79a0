package kz.saruar.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * A project at the defense (DEF-09): its ID and name, when it applied (the ranking's tie-break
 * after the criteria), its team and its mentor-expert (both barred from scoring it).
 *
 * @param id the project's ID
 * @param name the project's name
 * @param appliedAt when the application was received (an earlier application ranks first on a tie)
 * @param team the team members
 * @param mentorExpertId the person ID of the project's mentor-expert, if any
 */
public record Project(String id, String name, Instant appliedAt, List<Participant> team,
        Optional<String> mentorExpertId) {
    /** Refuses nulls and blank IDs, copies lists. */
    public Project {
        Arguments.nonNull("id", id, "name", name, "appliedAt", appliedAt, "mentorExpertId", mentorExpertId);
        team = ImmutableList.copyOf(Objects.requireNonNull(team, "team"));
        checkArgument(!id.isBlank(), "project id is blank: \"%s\"", id);
    }

    /** A project without team or mentor information. */
    public static Project of(String id, String name, Instant appliedAt) {
        return new Project(id, name, appliedAt, List.of(), Optional.empty());
    }

    /** This project with this team. */
    public Project withTeam(List<Participant> newTeam) {
        return new Project(id, name, appliedAt, newTeam, mentorExpertId);
    }

    /** This project with this mentor-expert. */
    public Project withMentorExpert(String personId) {
        return new Project(id, name, appliedAt, team, Optional.of(Objects.requireNonNull(personId, "personId")));
    }

    /** Why this person may not score this project, if they may not (DEF-03 conflict of interest). */
    public Optional<RefusalKind> conflictOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        for (Participant p : team) {
            if (p.id().equals(personId)) {
                return Optional.of(RefusalKind.CONFLICT_TEAM_MEMBER);
            }
        }
        if (mentorExpertId.isPresent() && mentorExpertId.get().equals(personId)) {
            return Optional.of(RefusalKind.CONFLICT_MENTOR);
        }
        return Optional.empty();
    }
}
