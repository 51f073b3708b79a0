package kz.saruar.scoring.ambassador;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.saruar.model.Arguments;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.scoring.RefusalKind;

/**
 * An expert's brand-ambassador assessment of a project that completed acceleration (EXT-02): a
 * record with a finding (met / not met, justified) for each of the methodology's criteria — eight
 * in the standard — in the methodology's order. It recommends the status only when every
 * criterion is met; otherwise it lists the criteria not met.
 *
 * @param projectId the project
 * @param expertId the assessing expert
 * @param date the date of the assessment
 * @param findings one finding per criterion, in the methodology's order
 */
public record AmbassadorAssessment(String projectId, String expertId, LocalDate date, List<Finding> findings) {
    /** Refuses nulls and copies the list. */
    public AmbassadorAssessment {
        Arguments.nonNull("projectId", projectId, "expertId", expertId, "date", date);
        findings = ImmutableList.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /**
     * Records an assessment against the methodology's criteria (EXT-02), or refuses it with every
     * reason: a criterion without a finding, an unknown criterion, a criterion twice, a blank
     * justification.
     */
    public static Outcome<AmbassadorAssessment> assess(Methodology methodology, String projectId, String expertId,
            LocalDate date, List<Finding> findings) {
        Objects.requireNonNull(methodology, "methodology");
        return assess(methodology.exit().ambassadorCriteria(), projectId, expertId, date, findings);
    }

    /** As {@link #assess(Methodology, String, String, LocalDate, List)} against these criteria. */
    public static Outcome<AmbassadorAssessment> assess(List<CatalogEntry> criteria, String projectId,
            String expertId, LocalDate date, List<Finding> findings) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(findings, "findings");
        String subject = "assessment:" + projectId;
        List<String> codes = criteria.stream().map(CatalogEntry::code).toList();
        Set<String> known = new HashSet<>(codes);
        Map<String, Finding> byCode = new LinkedHashMap<>();
        List<Reason> problems = new ArrayList<>();
        for (Finding f : findings) {
            Objects.requireNonNull(f, "finding");
            if (!known.contains(f.criterion())) {
                problems.add(Reason.quoting(RefusalKind.AMBASSADOR_CRITERION_UNKNOWN, subject, projectId, f.criterion(),
                        String.join(", ", codes)));
            } else if (byCode.putIfAbsent(f.criterion(), f) != null) {
                problems.add(Reason.quoting(RefusalKind.AMBASSADOR_CRITERION_TWICE, subject, projectId, f.criterion()));
            }
            if (f.justification().isBlank()) {
                problems.add(Reason.quoting(RefusalKind.AMBASSADOR_JUSTIFICATION_BLANK, subject, projectId, f.criterion()));
            }
        }
        for (String c : codes) {
            if (!byCode.containsKey(c)) {
                problems.add(Reason.quoting(RefusalKind.AMBASSADOR_CRITERION_MISSING, subject, projectId, c));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        List<Finding> ordered = codes.stream().map(byCode::get).collect(Collectors.toList());
        return Outcome.accepted(new AmbassadorAssessment(projectId, expertId, date, ordered));
    }

    /** Whether every criterion is met. */
    public boolean allMet() {
        return findings.stream().allMatch(Finding::met);
    }

    /** The criteria not met, in order. */
    public List<String> unmet() {
        return findings.stream().filter(f -> !f.met()).map(Finding::criterion).collect(ImmutableList.toImmutableList());
    }

    /** The recommendation to KIOR, only when every criterion is met (EXT-02). */
    public Optional<AmbassadorRecommendation> recommendation() {
        return allMet() && !findings.isEmpty() ? Optional.of(new AmbassadorRecommendation(projectId, expertId, date))
                : Optional.empty();
    }
}
