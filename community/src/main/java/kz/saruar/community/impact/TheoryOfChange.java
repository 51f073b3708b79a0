package kz.saruar.community.impact;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * A project's theory of change (HUB-03; M II.2.1 "social effect model by the Theory of Change"):
 * the chain of elements, the indicators, and the project's life that every date must fall in.
 *
 * @param project    the project's registry identifier
 * @param title      the project's title
 * @param cohort     the cohort, e.g. {@code 2020}
 * @param region     the region's code
 * @param start      the project's first day
 * @param end        the project's last day
 * @param chain      the elements, inputs to impact
 * @param indicators the indicators
 */
@Cites("HUB-03")
public record TheoryOfChange(String project, String title, String cohort, @Code String region, LocalDate start,
        LocalDate end, List<ChainResult> chain, List<Indicator> indicators) {
    /** Refuses nulls; copies the lists. */
    public TheoryOfChange {
        Arguments.nonNull("project", project, "title", title, "cohort", cohort, "region", region, "start", start,
                "end", end);
        chain = ImmutableList.copyOf(Objects.requireNonNull(chain, "chain"));
        indicators = ImmutableList.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }
}
