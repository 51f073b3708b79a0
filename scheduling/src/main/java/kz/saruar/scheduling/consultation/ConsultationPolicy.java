package kz.saruar.scheduling.consultation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.methodology.ConsultationRules;

/**
 * The consultation rules in force (PRE-06: 60 minutes, at most 3 per expert per project, agenda
 * 3 days before, survey 12 hours after; [default] cancellation notice 24 hours, a project's
 * no-show counted as held, consultation hours 10:00–18:00 with a break 13:00–14:00).
 *
 * @param length                 the fixed length of a consultation
 * @param maxPerExpertPerProject the limit of project-requested consultations with one expert
 * @param agendaDaysBefore       days before the start by which the agenda is due
 * @param surveyHoursAfter       hours after the end by which the mini-survey is due
 * @param cancellationNotice     the notice below which a cancellation counts as held
 * @param hours                  the center's consultation hours [default] (PRE-05)
 * @param startStep              the grid of possible starts, counted from midnight: a consultation
 *                               starts at any multiple of it inside the availability and the hours
 */
public record ConsultationPolicy(Duration length, int maxPerExpertPerProject, int agendaDaysBefore,
        int surveyHoursAfter, Duration cancellationNotice, ConsultationHours hours, Duration startStep) {
    /** The grid of starts of the standard policy: every 5 minutes [default]. */
    public static final Duration STANDARD_START_STEP = Duration.ofMinutes(5);

    /** Refuses a non-positive length or limit and negative lead times. */
    public ConsultationPolicy {
        Arguments.nonNull("length", length, "cancellationNotice", cancellationNotice, "hours", hours,
                "startStep", startStep);
        checkArgument(!length.isNegative() && !length.isZero(), "length is not positive: %s", length);
        checkArgument(maxPerExpertPerProject > 0, "maxPerExpertPerProject is not positive: %s", maxPerExpertPerProject);
        checkArgument(agendaDaysBefore >= 0, "agendaDaysBefore is negative: %s", agendaDaysBefore);
        checkArgument(surveyHoursAfter >= 0, "surveyHoursAfter is negative: %s", surveyHoursAfter);
        checkArgument(!cancellationNotice.isNegative(), "cancellationNotice is negative: %s", cancellationNotice);
        checkArgument(startStep.toMinutes() >= 1 && startStep.toSeconds() % 60 == 0 && 1440 % startStep.toMinutes() == 0,
                "startStep is not a whole number of minutes dividing a day: %s", startStep);
    }

    /** The standard methodology's rules. */
    public static ConsultationPolicy standard() {
        return new ConsultationPolicy(Duration.ofMinutes(60), 3, 3, 12, Duration.ofHours(24), ConsultationHours.standard(),
                STANDARD_START_STEP);
    }

    /** The rules of a methodology's consultation section. */
    public static ConsultationPolicy from(ConsultationRules rules) {
        Objects.requireNonNull(rules, "rules");
        return new ConsultationPolicy(Duration.ofMinutes(rules.minutes()), rules.maxPerExpertPerProject(),
                rules.agendaDaysBefore(), rules.surveyHoursAfter(), Duration.ofHours(rules.cancellationNoticeHours()),
                ConsultationHours.from(rules.hours()), STANDARD_START_STEP);
    }

    /** The same rules with another cancellation notice. */
    public ConsultationPolicy withCancellationNotice(Duration notice) {
        return new ConsultationPolicy(length, maxPerExpertPerProject, agendaDaysBefore, surveyHoursAfter, notice, hours,
                startStep);
    }

    /** The same rules with other consultation hours. */
    public ConsultationPolicy withHours(ConsultationHours newHours) {
        return new ConsultationPolicy(length, maxPerExpertPerProject, agendaDaysBefore, surveyHoursAfter,
                cancellationNotice, newHours, startStep);
    }

    /** The same rules with another grid of starts. */
    public ConsultationPolicy withStartStep(Duration step) {
        return new ConsultationPolicy(length, maxPerExpertPerProject, agendaDaysBefore, surveyHoursAfter,
                cancellationNotice, hours, step);
    }
}
