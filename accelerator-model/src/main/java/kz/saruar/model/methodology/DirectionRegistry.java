package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.ProblemKind;
import kz.saruar.spi.LocalizedString;
import kz.saruar.spi.direction.DirectionDefinition;
import kz.saruar.spi.direction.DirectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directions of a methodology: its own (CAT-01) and those that plugins add (CAT-02), each
 * with the name of the source that gave it. Providers come from {@link kz.saruar.spi.plugin.Plugins}
 * (discovery, order, broken providers); one whose directions are invalid is reported and skipped
 * (the others still load); a code given twice is a problem naming both sources.
 */
final class DirectionRegistry {
    static final RuleId CAT_02 = Rules.CAT_02;
    private static final Pattern CODE = Pattern.compile(Code.PATTERN);

    private final ImmutableList<Direction> directions;
    private final ImmutableMap<String, String> sources;
    private final ImmutableList<Reason> problems;
    private final ImmutableList<String> warnings;

    private DirectionRegistry(List<Direction> directions, Map<String, String> sources, List<Reason> problems,
            List<String> warnings) {
        this.directions = ImmutableList.copyOf(directions);
        this.sources = ImmutableMap.copyOf(sources);
        this.problems = ImmutableList.copyOf(problems);
        this.warnings = ImmutableList.copyOf(warnings);
    }

    static DirectionRegistry of(String builtInSource, List<Direction> builtIn, List<DirectionProvider> providers,
            List<String> discoveryWarnings) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<Direction> all = new ArrayList<>();
        List<Reason> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>(discoveryWarnings);
        for (String w : discoveryWarnings) {
            Log.LOG.warn("{}", w);
        }
        for (Direction d : builtIn) {
            sources.putIfAbsent(d.code(), builtInSource);
            all.add(d);
        }
        // already in the one order of kz.saruar.spi.plugin.Plugins: priority, then name
        List<DirectionProvider> ordered = providers;
        for (int i = 0; i < ordered.size(); i++) {
            DirectionProvider p = ordered.get(i);
            String name = safeName(p);
            List<Direction> mine;
            try {
                mine = convert(p.directions());
            } catch (RuntimeException e) {
                String w = "direction provider " + name + " was skipped: " + e.getMessage();
                Log.LOG.warn(w);
                warnings.add(w);
                continue;
            }
            for (int j = 0; j < mine.size(); j++) {
                Direction d = mine.get(j);
                String earlier = sources.get(d.code());
                if (earlier != null) {
                    problems.add(ProblemKind.DUPLICATE_CODE.at("$.directions[provider=" + name + "][" + j + "].code", CAT_02,
                            d.code(), earlier + " (again in " + name + ")"));
                    continue;
                }
                sources.put(d.code(), name);
                all.add(d);
            }
        }
        return new DirectionRegistry(all, sources, problems, warnings);
    }

    /** The logger, initialized only when there is a warning: logging need not start with the standard methodology. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(DirectionRegistry.class);

        private Log() {
        }
    }

    private static String safeName(DirectionProvider p) {
        try {
            return p.providerName();
        } catch (RuntimeException e) {
            return p.getClass().getName();
        }
    }

    private static List<Direction> convert(List<DirectionDefinition> defs) {
        if (defs == null) {
            throw new IllegalStateException("directions() returned null");
        }
        List<Direction> out = new ArrayList<>();
        for (DirectionDefinition def : defs) {
            if (def == null) {
                throw new IllegalStateException("directions() contains null");
            }
            if (!CODE.matcher(def.code()).matches()) {
                throw new IllegalStateException("direction code \"" + def.code() + "\" does not match " + Code.PATTERN);
            }
            out.add(new Direction(def.code(), text(def.name()), Optional.empty(), Optional.of(text(def.description())),
                    def.subThemes().stream().map(DirectionRegistry::text).toList()));
        }
        return out;
    }

    private static LocalizedText text(LocalizedString s) {
        for (String t : List.of(s.kk(), s.ru(), s.en())) {
            if (t.isBlank()) {
                throw new IllegalStateException("a text of a direction is blank in some language: " + s);
            }
        }
        return LocalizedText.of(Map.of(Language.KK, s.kk(), Language.RU, s.ru(), Language.EN, s.en()), List.of());
    }

    List<Direction> directions() {
        return directions;
    }

    Map<String, String> sources() {
        return sources;
    }

    List<Reason> problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }
}
