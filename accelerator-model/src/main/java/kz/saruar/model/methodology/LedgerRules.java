package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/** The LIFTCOIN rules that are numbers and lists: coverage ratio [default 1.0], whether points paid to businesses are retired [default], priority directions (LFT-04, LFT-08). */
@Cites("LFT-04")
public record LedgerRules(
        @Positive BigDecimal coverageRatio,
        boolean retirePointsPaidToBusinesses,
        @Cites("LFT-08") List<CatalogEntry> priorityDirections) {
    /** Refuses nulls and copies lists. */
    public LedgerRules {
        Objects.requireNonNull(coverageRatio, "coverageRatio");
        priorityDirections = ImmutableList.copyOf(Objects.requireNonNull(priorityDirections, "priorityDirections"));
    }
}
