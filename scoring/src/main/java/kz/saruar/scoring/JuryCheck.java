package kz.saruar.scoring;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.ScoringScheme;

/**
 * The jury composition check (DEF-03): the seated jurors are distinct people (a person named twice
 * fills one seat) whose roles fill exactly the methodology's seats; substitutes are distinct too
 * and hold a seated role. Every mismatch is listed (which seats are missing, which are in excess,
 * unknown roles, people twice).
 */
public final class JuryCheck {
    private JuryCheck() {
    }

    /** Every reason why this panel does not match the scheme's jury; empty when it does. */
    public static List<Reason> problems(Panel panel, ScoringScheme scheme) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(scheme, "scheme");
        ImmutableList.Builder<Reason> out = ImmutableList.builder();
        List<JurySeat> seats = scheme.jury().seats();
        Set<String> roles = seats.stream().map(JurySeat::role).collect(Collectors.toCollection(LinkedHashSet::new));
        String roleList = String.join(", ", roles);
        if (panel.jurors().isEmpty()) {
            String wanted = seats.stream().map(s -> s.count() + " " + s.role()).collect(Collectors.joining(", "));
            out.add(Reason.quoting(RefusalKind.PANEL_EMPTY, "panel", scheme.jurySize(), wanted));
        }
        Set<String> seen = new HashSet<>();
        panel.everyone().forEach(j -> {
            if (!seen.add(j.id())) {
                out.add(Reason.quoting(RefusalKind.JUROR_TWICE, "juror:" + j.id(), j.id()));
            }
            if (!roles.contains(j.role())) {
                out.add(Reason.quoting(RefusalKind.UNKNOWN_ROLE, "juror:" + j.id(), j.id(), j.role(), roleList));
            }
        });
        if (!panel.jurors().isEmpty()) {
            Map<String, Integer> filled = new LinkedHashMap<>();
            Set<String> counted = new HashSet<>();
            // a person named twice fills one seat
            panel.jurors().stream().filter(j -> counted.add(j.id())).forEach(j -> filled.merge(j.role(), 1, Integer::sum));
            for (JurySeat s : seats) {
                int have = filled.getOrDefault(s.role(), 0);
                if (have < s.count()) {
                    out.add(Reason.quoting(RefusalKind.SEAT_MISSING, "panel", s.role(), s.count() - have, have, s.count()));
                } else if (have > s.count()) {
                    out.add(Reason.quoting(RefusalKind.SEAT_EXCESS, "panel", s.role(), have, s.count()));
                }
            }
        }
        return out.build();
    }

    /** The panel when it matches the scheme's jury (DEF-03), else every reason. */
    public static Outcome<Panel> check(Panel panel, ScoringScheme scheme) {
        List<Reason> p = problems(panel, scheme);
        return p.isEmpty() ? Outcome.accepted(panel) : Outcome.refused(p);
    }
}
