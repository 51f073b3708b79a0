package kz.saruar.model.methodology;

import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/** The rules of expert consultations: length, limit per expert, agenda and survey deadlines, cancellation notice [default] (PRE-06). */
@Cites("PRE-06")
public record ConsultationRules(
        @Positive int minutes,
        @Positive int maxPerExpertPerProject,
        @Positive int agendaDaysBefore,
        @Positive int surveyHoursAfter,
        @Positive int cancellationNoticeHours) {
    /** Refuses nulls and copies lists. */
    public ConsultationRules {

    }
}
