package kz.saruar.model.application;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Reason;

/**
 * The verdict of eligibility checks (APP-01..08, DEF-12): every requirement checked with its
 * outcome; the overall status is FAILED if any check failed, else NEEDS_EVIDENCE if any needs
 * evidence, else PASSED.
 *
 * @param checks the checks, in the order made
 */
public record EligibilityVerdict(List<RuleCheck> checks) {
    /** Refuses nulls and copies the list. */
    public EligibilityVerdict {
        checks = ImmutableList.copyOf(Objects.requireNonNull(checks, "checks"));
    }

    /** A verdict of these checks. */
    public static EligibilityVerdict of(List<RuleCheck> checks) {
        return new EligibilityVerdict(checks);
    }

    /** The overall status. */
    public CheckStatus status() {
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.FAILED)) {
            return CheckStatus.FAILED;
        }
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.NEEDS_EVIDENCE)) {
            return CheckStatus.NEEDS_EVIDENCE;
        }
        return CheckStatus.PASSED;
    }

    /** Whether every check passed. */
    public boolean passed() {
        return status() == CheckStatus.PASSED;
    }

    /** The checks of one rule. */
    public List<RuleCheck> of(RuleId rule) {
        Objects.requireNonNull(rule, "rule");
        return checks.stream().filter(c -> c.rule().equals(rule)).toList();
    }

    /** The overall status of one rule's checks; PASSED also when the rule was not checked, so ask {@link #covers} first. */
    public CheckStatus statusOf(RuleId rule) {
        return new EligibilityVerdict(of(rule)).status();
    }

    /** Whether this verdict checked the rule. */
    public boolean covers(RuleId rule) {
        return !of(rule).isEmpty();
    }

    /** The checks with this status. */
    public List<RuleCheck> withStatus(CheckStatus status) {
        Objects.requireNonNull(status, "status");
        return checks.stream().filter(c -> c.status() == status).toList();
    }

    /** The reasons of the failed checks, in the order made (the same shape as every refusal). */
    public List<Reason> reasons() {
        return checks.stream().flatMap(c -> c.reason().stream()).toList();
    }

    /** This verdict followed by another's checks. */
    public EligibilityVerdict and(EligibilityVerdict other) {
        List<RuleCheck> all = new ArrayList<>(checks);
        all.addAll(Objects.requireNonNull(other, "other").checks());
        return new EligibilityVerdict(all);
    }

    /** One line per check, then the overall status, in one language. */
    public String describe(Language language) {
        StringBuilder b = new StringBuilder();
        for (RuleCheck c : checks) {
            b.append(c.describe(language)).append('\n');
        }
        return b.append(status()).toString();
    }
}
