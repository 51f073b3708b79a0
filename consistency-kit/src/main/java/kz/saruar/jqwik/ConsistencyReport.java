package kz.saruar.jqwik;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * What {@link ConsistencyCheck} found for one methodology: each property with the rules it ties,
 * whether it held, and for a failure the shrunk counterexample, its violation and the try that
 * found it; with the seed that reproduces the run.
 *
 * @param methodologyId the methodology checked
 * @param tries         cases tried per property
 * @param seed          the seed of the run
 * @param results       one result per property
 */
public record ConsistencyReport(String methodologyId, int tries, long seed, List<Result> results) {
    /** Refuses nulls; copies the results. */
    public ConsistencyReport {
        Objects.requireNonNull(methodologyId, "methodologyId");
        results = ImmutableList.copyOf(Objects.requireNonNull(results, "results"));
    }

    /** Whether every property held. */
    public boolean allHold() {
        return results.stream().allMatch(Result::held);
    }

    /** The failed properties. */
    public List<Result> failures() {
        return results.stream().filter(r -> !r.held()).toList();
    }

    /**
     * One property's outcome.
     *
     * @param property       the property's name
     * @param rules          the rules it ties together
     * @param held           whether it held for every case tried
     * @param triesRun       the cases tried (the failing try's number for a failure)
     * @param counterexampleText the shrunk failing case, in kk/ru/en
     * @param violationText      what is wrong with it, in kk/ru/en
     * @param promiseText        what the rules promise together, in kk/ru/en
     */
    public record Result(String property, List<RuleId> rules, LocalizedText promiseText, boolean held, int triesRun,
            Optional<LocalizedText> counterexampleText, Optional<LocalizedText> violationText) {
        /** Refuses nulls; copies the rules. */
        public Result {
            Arguments.nonNull("property", property, "promiseText", promiseText, "counterexampleText", counterexampleText,
                    "violationText", violationText);
            rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules"));
        }

        /** What the rules promise together, in English. */
        public String promise() {
            return promiseText.get(Language.EN);
        }

        /** The shrunk failing case, in English. */
        public Optional<String> counterexample() {
            return counterexampleText.map(t -> t.get(Language.EN));
        }

        /** What is wrong with the counterexample, in English. */
        public Optional<String> violation() {
            return violationText.map(t -> t.get(Language.EN));
        }

        static Result held(ConsistencyProperty<?> p, int tries) {
            return new Result(p.name(), p.rules(), p.promiseText(), true, tries, Optional.empty(), Optional.empty());
        }

        static Result failed(ConsistencyProperty<?> p, int at, LocalizedText counterexample, LocalizedText violation) {
            return new Result(p.name(), p.rules(), p.promiseText(), false, at, Optional.of(counterexample),
                    Optional.of(violation));
        }
    }
}
