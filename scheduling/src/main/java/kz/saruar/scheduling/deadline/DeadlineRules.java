package kz.saruar.scheduling.deadline;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import kz.saruar.model.methodology.ConsultationRules;
import kz.saruar.model.methodology.DefenseRules;
import kz.saruar.model.methodology.IntakeRules;

/**
 * The numbers behind the deadlines (APP-10 7 days, APP-11 20 and 5 working days, DEF-11 3 days,
 * PRE-06 agenda 3 days before and survey 12 hours after), taken from a methodology or the standard.
 *
 * @param firstInterviewDays        APP-10: calendar days from submission to the first interview
 * @param commissionStartWorkingDays APP-11: working days from intake opening to the commission's start
 * @param finalMeetingWorkingDays   APP-11: working days from intake closing to the final meeting
 * @param applicationDays           DEF-11: calendar days after the defense for the application
 * @param agendaDaysBefore          PRE-06: days before a consultation the agenda is due
 * @param surveyHoursAfter          PRE-06: hours after a consultation the mini-survey is due
 */
public record DeadlineRules(int firstInterviewDays, int commissionStartWorkingDays, int finalMeetingWorkingDays,
        int applicationDays, int agendaDaysBefore, int surveyHoursAfter) {
    /** Refuses negative numbers. */
    public DeadlineRules {
        checkArgument(firstInterviewDays >= 0, "firstInterviewDays is negative: %s", firstInterviewDays);
        checkArgument(commissionStartWorkingDays >= 0, "commissionStartWorkingDays is negative: %s", commissionStartWorkingDays);
        checkArgument(finalMeetingWorkingDays >= 0, "finalMeetingWorkingDays is negative: %s", finalMeetingWorkingDays);
        checkArgument(applicationDays >= 0, "applicationDays is negative: %s", applicationDays);
        checkArgument(agendaDaysBefore >= 0, "agendaDaysBefore is negative: %s", agendaDaysBefore);
        checkArgument(surveyHoursAfter >= 0, "surveyHoursAfter is negative: %s", surveyHoursAfter);
    }

    /** The numbers of the standard (2020 KIOR) methodology. */
    public static DeadlineRules standard() {
        return new DeadlineRules(7, 20, 5, 3, 3, 12);
    }

    /** The numbers of a methodology's sections. */
    public static DeadlineRules from(IntakeRules intake, DefenseRules defense, ConsultationRules consultations) {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(defense, "defense");
        Objects.requireNonNull(consultations, "consultations");
        return new DeadlineRules(intake.firstInterviewDays(), intake.commissionStartWorkingDays(),
                intake.finalMeetingWorkingDays(), defense.applicationToAccelerationDays(),
                consultations.agendaDaysBefore(), consultations.surveyHoursAfter());
    }
}
