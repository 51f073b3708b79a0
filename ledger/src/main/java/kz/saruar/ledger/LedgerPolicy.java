package kz.saruar.ledger;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.methodology.LedgerRules;

/**
 * The [default] choices of the LIFTCOIN ledger where the seeds are silent (LFT-04, LFT-07, LFT-08),
 * each configurable through {@link #builder()}: coverage ratio 1.0, points paid to businesses
 * retired, the five priority directions, no expiry, the Asia/Almaty zone for statements.
 */
public final class LedgerPolicy {
    /** The priority directions for mass involvement (LFT-08). */
    public static final List<String> PRIORITY_DIRECTIONS = List.of(
            "ENGLISH_LANGUAGE", "KAZAKH_LATIN_SCRIPT", "INCLUSIVE_EDUCATION", "IT_LITERACY", "YOUTH_POLICY");

    private final AccountId issuer;
    private final ActorId platform;
    private final BigDecimal coverageRatio;
    private final boolean retirePointsPaidToBusinesses;
    private final ImmutableList<String> priorityDirections;
    private final ExpiryPolicy expiryPolicy;
    private final ZoneId zone;
    private final long snapshotEvery;
    private final boolean snapshotOnClose;
    private final boolean loadSnapshots;

    private LedgerPolicy(Builder b) {
        this.snapshotEvery = b.snapshotEvery;
        this.snapshotOnClose = b.snapshotOnClose;
        this.loadSnapshots = b.loadSnapshots;
        this.issuer = b.issuer;
        this.platform = b.platform;
        this.coverageRatio = b.coverageRatio;
        this.retirePointsPaidToBusinesses = b.retirePointsPaidToBusinesses;
        this.priorityDirections = ImmutableList.copyOf(b.priorityDirections);
        this.expiryPolicy = b.expiryPolicy;
        this.zone = b.zone;
    }

    /** The defaults. */
    public static LedgerPolicy defaults() {
        return builder().build();
    }

    /** The defaults with the methodology's ledger rules (coverage ratio, retirement, priority directions; LFT-04, LFT-08). */
    public static LedgerPolicy from(LedgerRules rules) {
        return builder().rules(rules).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        return new Builder().issuer(issuer).platform(platform).coverageRatio(coverageRatio)
                .retirePointsPaidToBusinesses(retirePointsPaidToBusinesses).priorityDirections(priorityDirections)
                .expiryPolicy(expiryPolicy).zone(zone).snapshotEvery(snapshotEvery).snapshotOnClose(snapshotOnClose)
                .loadSnapshots(loadSnapshots);
    }

    /** The issuer account [default {@code platform:issuer}] (LFT-01). */
    public AccountId issuer() {
        return issuer;
    }

    /** The platform operator, the only actor who issues [default {@code platform}] (LFT-01). */
    public ActorId platform() {
        return platform;
    }

    /** The coverage ratio [default 1.0] (LFT-04). */
    public BigDecimal coverageRatio() {
        return coverageRatio;
    }

    /** Whether points paid to a business are retired [default true] (LFT-04). */
    public boolean retirePointsPaidToBusinesses() {
        return retirePointsPaidToBusinesses;
    }

    /** The direction codes a reward or offer may be tagged with (LFT-08). */
    public List<String> priorityDirections() {
        return priorityDirections;
    }

    /** The expiry policy [default none] (LFT-07). */
    public ExpiryPolicy expiryPolicy() {
        return expiryPolicy;
    }

    /** The zone in which statement periods are whole days [default Asia/Almaty]. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * A ledger on a directory writes a snapshot of its state every this many journal records
     * [default 1,000,000; 0: never periodically] (LFT-06, LFT-07), in the background.
     */
    public long snapshotEvery() {
        return snapshotEvery;
    }

    /** Whether a ledger on a directory writes a snapshot when closed, if its journal grew [default true]. */
    public boolean snapshotOnClose() {
        return snapshotOnClose;
    }

    /** Whether opening a ledger on a directory starts from its newest matching snapshot [default true]; false replays the whole journal. */
    public boolean loadSnapshots() {
        return loadSnapshots;
    }

    @Override
    public String toString() {
        return "LedgerPolicy[issuer=" + issuer + ", platform=" + platform + ", coverageRatio=" + coverageRatio
                + ", retirePointsPaidToBusinesses=" + retirePointsPaidToBusinesses
                + ", priorityDirections=" + priorityDirections + ", zone=" + zone + ", snapshotEvery=" + snapshotEvery
                + ", snapshotOnClose=" + snapshotOnClose + ", loadSnapshots=" + loadSnapshots + "]";
    }

    /** Builds a {@link LedgerPolicy}. */
    public static final class Builder {
        private AccountId issuer = AccountId.of("platform:issuer");
        private ActorId platform = ActorId.of("platform");
        private BigDecimal coverageRatio = BigDecimal.ONE;
        private boolean retirePointsPaidToBusinesses = true;
        private List<String> priorityDirections = PRIORITY_DIRECTIONS;
        private ExpiryPolicy expiryPolicy = ExpiryPolicy.none();
        private ZoneId zone = kz.saruar.model.Kazakhstan.ZONE;
        private long snapshotEvery = 1_000_000;
        private boolean snapshotOnClose = true;
        private boolean loadSnapshots = true;

        private Builder() {
        }

        /** Takes the coverage ratio, the retirement choice and the priority directions from the methodology (LFT-04, LFT-08). */
        public Builder rules(LedgerRules rules) {
            Objects.requireNonNull(rules, "rules");
            coverageRatio(rules.coverageRatio());
            retirePointsPaidToBusinesses(rules.retirePointsPaidToBusinesses());
            return priorityDirections(rules.priorityDirections().stream().map(CatalogEntry::code).toList());
        }

        /** The issuer account. */
        public Builder issuer(AccountId issuer) {
            this.issuer = Objects.requireNonNull(issuer, "issuer");
            return this;
        }

        /** The platform operator. */
        public Builder platform(ActorId platform) {
            this.platform = Objects.requireNonNull(platform, "platform");
            return this;
        }

        /** The coverage ratio, positive, at most 6 decimal places. */
        public Builder coverageRatio(BigDecimal ratio) {
            Objects.requireNonNull(ratio, "ratio");
            if (ratio.signum() <= 0 || ratio.stripTrailingZeros().scale() > 6) {
                throw new IllegalArgumentException("coverage ratio is not positive with at most 6 decimals: " + ratio);
            }
            this.coverageRatio = ratio.stripTrailingZeros().scale() < 0 ? ratio.setScale(0) : ratio.stripTrailingZeros();
            return this;
        }

        /** Whether points paid to businesses are retired. */
        public Builder retirePointsPaidToBusinesses(boolean retire) {
            this.retirePointsPaidToBusinesses = retire;
            return this;
        }

        /** The priority direction codes. */
        public Builder priorityDirections(List<String> directions) {
            Objects.requireNonNull(directions, "directions");
            for (String d : directions) {
                if (d == null || !d.matches("[A-Z][A-Z0-9_]{0,63}")) {
                    throw new IllegalArgumentException("direction code is not [A-Z][A-Z0-9_]{0,63}: \"" + d + "\"");
                }
            }
            this.priorityDirections = List.copyOf(directions);
            return this;
        }

        /** The expiry policy. */
        public Builder expiryPolicy(ExpiryPolicy policy) {
            this.expiryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The zone of statement periods. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** A snapshot every {@code records} journal records; 0 for none but on close. */
        public Builder snapshotEvery(long records) {
            if (records < 0) {
                throw new IllegalArgumentException("snapshot interval is negative: " + records);
            }
            this.snapshotEvery = records;
            return this;
        }

        /** Whether to write a snapshot on close. */
        public Builder snapshotOnClose(boolean write) {
            this.snapshotOnClose = write;
            return this;
        }

        /** Whether opening starts from a snapshot. */
        public Builder loadSnapshots(boolean load) {
            this.loadSnapshots = load;
            return this;
        }

        /** The policy. */
        public LedgerPolicy build() {
            return new LedgerPolicy(this);
        }
    }
}
