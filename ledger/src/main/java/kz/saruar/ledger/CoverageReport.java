package kz.saruar.ledger;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The coverage of points in circulation by open market capacity (LFT-04), always available.
 *
 * @param circulation          points held by everyone but the issuer (issued − retired)
 * @param issued               all points ever issued (including forum grants and corrections out of the issuer)
 * @param retired              all points returned to the issuer (retired business payments, expiry, corrections)
 * @param capacity             Σ price × remaining units of live offers
 * @param coverageRatio        the configured ratio
 * @param coveredLimit         ⌊capacity × ratio⌋, the most that may circulate
 * @param capacityByDirection  capacity by priority direction (LFT-08); untagged offers under {@code ""}
 * @param circulationByKind    circulation by account kind
 */
public record CoverageReport(long circulation, long issued, long retired, long capacity, BigDecimal coverageRatio,
        long coveredLimit, Map<String, Long> capacityByDirection, Map<AccountKind, Long> circulationByKind) {
    /** Refuses nulls and copies the maps. */
    public CoverageReport {
        Objects.requireNonNull(coverageRatio, "coverageRatio");
        capacityByDirection = ImmutableMap.copyOf(capacityByDirection);
        circulationByKind = ImmutableMap.copyOf(circulationByKind);
    }

    /** {@code coveredLimit − circulation}; negative when coverage is broken. */
    public long headroom() {
        return coveredLimit - circulation;
    }

    /** Whether issuing is frozen because circulation exceeds the covered limit (LFT-04). */
    public boolean issuingFrozen() {
        return circulation > coveredLimit;
    }

    /** circulation ÷ capacity; 0 when nothing circulates, infinite when points circulate with no capacity. */
    public double circulationToCapacity() {
        if (capacity == 0) {
            return circulation == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (double) circulation / capacity;
    }
}
