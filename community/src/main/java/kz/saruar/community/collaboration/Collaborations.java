package kz.saruar.community.collaboration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import kz.saruar.community.CommunityReason;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;

/**
 * The community's record of collaborations (HUB-05), checked (at least two different parties) and
 * counted for reports: in all, by kind, per party, and within a period.
 */
public final class Collaborations {
    private final ImmutableList<Collaboration> all;

    private Collaborations(List<Collaboration> all) {
        this.all = ImmutableList.copyOf(all);
    }

    /** Reads a {@link CollaborationsFile} (strict JSON) and checks it; reasons name {@code $.collaborations[i]}. */
    public static Outcome<Collaborations> read(Path file) {
        return JsonReader.forRule(Rules.HUB_05).read(file, CollaborationsFile.class)
                .flatMap(f -> of(f.collaborations(), "$.collaborations"));
    }

    /** Reads a {@link CollaborationsFile} from a JSON text and checks it. */
    public static Outcome<Collaborations> parse(String json) {
        return JsonReader.forRule(Rules.HUB_05).read(json, CollaborationsFile.class)
                .flatMap(f -> of(f.collaborations(), "$.collaborations"));
    }

    /** The record, or every collaboration that names fewer than two different parties, as reasons. */
    public static Outcome<Collaborations> of(List<Collaboration> collaborations) {
        return of(collaborations, "$");
    }

    private static Outcome<Collaborations> of(List<Collaboration> collaborations, String path) {
        Objects.requireNonNull(collaborations, "collaborations");
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < collaborations.size(); i++) {
            Collaboration c = collaborations.get(i);
            Set<String> distinct = new HashSet<>(c.parties());
            if (distinct.size() < 2 || distinct.size() != c.parties().size()) {
                reasons.add(CommunityReason.COLLABORATION_WITH_ITSELF.reason(path + "[" + i + "].parties",
                        Figure.of("party", c.parties().isEmpty() ? "-" : c.parties().get(0))));
            }
        }
        return Outcome.of(new Collaborations(collaborations), reasons);
    }

    /** Every collaboration, in the order recorded. */
    public List<Collaboration> all() {
        return all;
    }

    /** How many collaborations there are. */
    public int count() {
        return all.size();
    }

    /** How many of each kind. */
    public Map<CollaborationKind, Long> countByKind() {
        TreeMap<CollaborationKind, Long> m = new TreeMap<>();
        for (CollaborationKind k : CollaborationKind.values()) {
            m.put(k, all.stream().filter(c -> c.kind() == k).count());
        }
        return ImmutableSortedMap.copyOfSorted(m);
    }

    /** How many collaborations each party took part in, by identifier. */
    public Map<String, Long> countByParty() {
        TreeMap<String, Long> m = new TreeMap<>();
        all.forEach(c -> c.parties().forEach(p -> m.merge(p, 1L, Long::sum)));
        return ImmutableSortedMap.copyOfSorted(m);
    }

    /** The collaborations that started within the period, both days included. */
    public List<Collaboration> between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return all.stream().filter(c -> !c.date().isBefore(from) && !c.date().isAfter(to)).toList();
    }
}
