package kz.saruar.jqwik;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.methodology.Methodology;
import net.jqwik.api.Arbitrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One promise that several rules of a methodology make together, checkable against any
 * methodology: its name, the rules it ties together, the cases to try, and the check of one case.
 * Its promise and its violations are kk/ru/en texts; {@link #promise()} and {@link #violation} give
 * their English.
 *
 * @param <C> the type of a case
 */
public final class ConsistencyProperty<C> {
    private static final Logger LOG = LoggerFactory.getLogger(ConsistencyProperty.class);

    private final String name;
    private final List<RuleId> rules;
    private final LocalizedText promise;
    private final Function<Methodology, Arbitrary<C>> cases;
    private final BiFunction<Methodology, C, Optional<LocalizedText>> check;
    private final BiFunction<Methodology, C, LocalizedText> describe;

    ConsistencyProperty(String name, List<String> rules, LocalizedText promise, Function<Methodology, Arbitrary<C>> cases,
            BiFunction<Methodology, C, LocalizedText> describe, BiFunction<Methodology, C, Optional<LocalizedText>> check) {
        this.name = Objects.requireNonNull(name, "name");
        this.rules = rules.stream().map(RuleId::of).collect(ImmutableList.toImmutableList());
        this.promise = Objects.requireNonNull(promise, "promise");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.check = Objects.requireNonNull(check, "check");
        this.describe = Objects.requireNonNull(describe, "describe");
    }

    /** The property's name, e.g. {@code raisingAScoreNeverLowersTheOutcome}. */
    public String name() {
        return name;
    }

    /** The rules the property ties together. */
    public List<RuleId> rules() {
        return rules;
    }

    /** What the rules promise together, in one English sentence. */
    public String promise() {
        return promise.get(Language.EN);
    }

    /** What the rules promise together, in kk/ru/en. */
    public LocalizedText promiseText() {
        return promise;
    }

    /** The cases to try on this methodology. */
    public Arbitrary<C> cases(Methodology methodology) {
        return cases.apply(Objects.requireNonNull(methodology, "methodology"));
    }

    /** The case in kk/ru/en words, as a counterexample is shown to a user (never a Java type's {@code toString}). */
    public LocalizedText caseText(Methodology methodology, C aCase) {
        return describe.apply(Objects.requireNonNull(methodology, "methodology"), aCase);
    }

    /** What is wrong with this case, if anything, in English; an exception of the library counts as a violation. */
    public Optional<String> violation(Methodology methodology, C aCase) {
        return violationText(methodology, aCase).map(t -> t.get(Language.EN));
    }

    /** What is wrong with this case, if anything, in kk/ru/en; an exception of the library counts as a violation. */
    public Optional<LocalizedText> violationText(Methodology methodology, C aCase) {
        Objects.requireNonNull(methodology, "methodology");
        try {
            return check.apply(methodology, aCase);
        } catch (RuntimeException e) {
            // the exception's type and English message are for a developer's log, never for the user's text
            LOG.debug("{} failed with an exception on a case", name, e);
            return Optional.of(ConsistencyProperties.say("кітапхана бұл жағдайды шешудің орнына қатемен тоқтады",
                    "библиотека остановилась с ошибкой, вместо того чтобы решить этот случай",
                    "the library stopped with an error instead of deciding this case"));
        }
    }

    /** Throws an {@link AssertionError} naming the rules when the case violates the property. */
    public void assertHolds(Methodology methodology, C aCase) {
        Optional<String> v = violation(methodology, aCase);
        if (v.isPresent()) {
            throw new AssertionError(describe() + " — " + v.get());
        }
    }

    /** {@code name [RULES]}. */
    public String describe() {
        return name + " " + rules.stream().map(RuleId::value).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String toString() {
        return describe();
    }
}
