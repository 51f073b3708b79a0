package kz.saruar.scheduling.consultation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import kz.saruar.model.methodology.ConsultationRules;

/**
 * The consultation rules in force (PRE-06: 60 minutes, at most 3 per expert per project, agenda
 * 3 days before, survey 12 hours after; [default] cancellation notice 24 hours, a project's
 * no-show counted as held).
 *
 * @param length                 the fixed length of a consultation
 * @param maxPerExpertPerProject the limit of project-requested consultations with one expert
 * @param agendaDaysBefore       days before the start by which the agenda is due
 * @param surveyHoursAfter       hours after the end by which the mini-survey is due
 * @param cancellationNotice     the notice below which a cancellation counts as held
 */
public record ConsultationPolicy(Duration length, int maxPerExpertPerProject, int agendaDaysBefore,
        int surveyHoursAfter, Duration cancellationNotice) {
    /** Refuses a non-positive length or limit and negative lead times. */
    public ConsultationPolicy {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(cancellationNotice, "cancellationNotice");
        checkArgument(!length.isNegative() && !length.isZero(), "length is not positive: %s", length);
        checkArgument(maxPerExpertPerProject > 0, "maxPerExpertPerProject is not positive: %s", maxPerExpertPerProject);
        checkArgument(agendaDaysBefore >= 0, "agendaDaysBefore is negative: %s", agendaDaysBefore);
        checkArgument(surveyHoursAfter >= 0, "surveyHoursAfter is negative: %s", surveyHoursAfter);
        checkArgument(!cancellationNotice.isNegative(), "cancellationNotice is negative: %s", cancellationNotice);
    }

    /** The standard methodology's rules. */
    public static ConsultationPolicy standard() {
        return new ConsultationPolicy(Duration.ofMinutes(60), 3, 3, 12, Duration.ofHours(24));
    }

    /** The rules of a methodology's consultation section. */
    public static ConsultationPolicy from(ConsultationRules rules) {
        Objects.requireNonNull(rules, "rules");
        return new ConsultationPolicy(Duration.ofMinutes(rules.minutes()), rules.maxPerExpertPerProject(),
                rules.agendaDaysBefore(), rules.surveyHoursAfter(), Duration.ofHours(rules.cancellationNoticeHours()));
    }

    /** The same rules with another cancellation notice. */
    public ConsultationPolicy withCancellationNotice(Duration notice) {
        return new ConsultationPolicy(length, maxPerExpertPerProject, agendaDaysBefore, surveyHoursAfter, notice);
    }
}
