package kz.saruar.model.methodology;

import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/** The rules of expert consultations: length, limit per expert, agenda and survey deadlines, cancellation notice [default] (PRE-06); the center's consultation hours [default] (PRE-05). */
@Cites("PRE-06")
public record ConsultationRules(
        @Positive int minutes,
        @Positive int maxPerExpertPerProject,
        @Positive int agendaDaysBefore,
        @Positive int surveyHoursAfter,
        @Positive int cancellationNoticeHours,
        @Cites("PRE-05") DailyHours hours) {
    /** Refuses nulls. */
    public ConsultationRules {
        Objects.requireNonNull(hours, "hours");
    }
}
