package kz.saruar.community.collaboration;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;

/**
 * One collaboration of the community (HUB-05): who (two or more registry identifiers), what, when,
 * and its outcome.
 *
 * @param kind    projects with projects, or a project with an expert
 * @param parties the registry identifiers of those who collaborated
 * @param what    what they did together
 * @param date    when it started
 * @param outcome what came of it, if known
 */
@Cites("HUB-05")
public record Collaboration(CollaborationKind kind, List<String> parties, String what, LocalDate date, Optional<String> outcome) {
    /** Refuses nulls; copies the list. */
    public Collaboration {
        Objects.requireNonNull(kind, "kind");
        parties = ImmutableList.copyOf(Objects.requireNonNull(parties, "parties"));
        Arguments.nonNull("what", what, "date", date, "outcome", outcome);
    }
}
