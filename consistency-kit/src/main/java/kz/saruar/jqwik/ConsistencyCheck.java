package kz.saruar.jqwik;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.methodology.Methodology;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.sessions.JqwikSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every consistency property against one methodology outside a test engine (for
 * {@code saruar methodology check}): {@code tries} cases each from a seeded generator, and for a
 * failing case the smallest one found by shrinking it. The same seed gives the same report.
 */
public final class ConsistencyCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ConsistencyCheck.class);
    private static final int GENERATION_SIZE = 1000;
    private static final int MAX_SHRINK_STEPS = 2000;
    private static final Object SESSION = new Object();

    private final ConsistencyProperties properties;

    private ConsistencyCheck(ConsistencyProperties properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /** A check with these properties. */
    public static ConsistencyCheck of(ConsistencyProperties properties) {
        return new ConsistencyCheck(properties);
    }

    /** Every property tried {@code tries} times from {@code seed}. */
    public ConsistencyReport run(Methodology methodology, int tries, long seed) {
        Objects.requireNonNull(methodology, "methodology");
        if (tries < 1) {
            throw new IllegalArgumentException("tries is not positive: " + tries);
        }
        List<ConsistencyReport.Result> results = new ArrayList<>();
        // jqwik's session store is one per JVM: two checks on two threads at once clash ("You cannot
        // create Store…"), so the checks of one JVM take turns
        synchronized (SESSION) {
            // Arbitraries need a jqwik session outside a property; inside one (a user's test) it exists.
            boolean own = !JqwikSession.isActive();
            if (own) {
                JqwikSession.start();
            }
            try {
                for (ConsistencyProperty<?> p : properties.all()) {
                    results.add(run(p, methodology, tries, seed));
                }
            } finally {
                if (own) {
                    JqwikSession.finish();
                }
            }
        }
        return new ConsistencyReport(methodology.id(), tries, seed, results);
    }

    private static <C> ConsistencyReport.Result run(ConsistencyProperty<C> p, Methodology m, int tries, long seed) {
        Arbitrary<C> cases;
        try {
            cases = p.cases(m);
        } catch (RuntimeException e) {
            // the exception's type and English message go to a developer's log, the user reads what failed
            LOG.debug("{} could not generate a case", p.name(), e);
            return ConsistencyReport.Result.failed(p, 0,
                    ConsistencyProperties.say("жағдай жоқ", "случая нет", "no case"),
                    ConsistencyProperties.say("бұл әдістеме үшін бірде-бір жағдай құрастырылмады",
                            "для этой методологии не удалось построить ни одного случая",
                            "no case could be generated for this methodology"));
        }
        RandomGenerator<C> generator = cases.generator(GENERATION_SIZE);
        Random random = new Random(seed);
        for (int i = 1; i <= tries; i++) {
            Shrinkable<C> s = generator.next(random);
            Optional<LocalizedText> v = p.violationText(m, s.value());
            if (v.isPresent()) {
                Shrunk<C> shrunk = shrink(p, m, s, v.get());
                return ConsistencyReport.Result.failed(p, i, p.caseText(m, shrunk.shrinkable().value()),
                        shrunk.violation());
            }
        }
        return ConsistencyReport.Result.held(p, tries);
    }

    private record Shrunk<C>(Shrinkable<C> shrinkable, LocalizedText violation) {
    }

    /** Greedy shrinking: take the first smaller case that still fails, until none does. */
    private static <C> Shrunk<C> shrink(ConsistencyProperty<C> p, Methodology m, Shrinkable<C> failing, LocalizedText v) {
        Shrunk<C> current = new Shrunk<>(failing, v);
        for (int step = 0; step < MAX_SHRINK_STEPS; step++) {
            Optional<Shrunk<C>> smaller = current.shrinkable().shrink().limit(200)
                    .map(s -> p.violationText(m, s.value()).map(x -> new Shrunk<>(s, x)))
                    .flatMap(Optional::stream).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            current = smaller.get();
        }
        return current;
    }
}
