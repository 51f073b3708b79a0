package kz.saruar.model.application;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.NonNegative;

/**
 * A team's record at the end of pre-acceleration, what acceleration admission looks at (DEF-12):
 * tasks planned and done, the documents of the package submitted (PRE-08 codes), the second
 * interview, the individual plan.
 *
 * @param tasksPlanned the tasks of the individual plan
 * @param tasksDone the tasks done
 * @param documentsSubmitted the codes of the package documents submitted (PRE-08)
 * @param secondInterviewPassed whether the second interview with the expert group was passed
 * @param individualPlanFulfilled whether the mentor confirms the individual plan fulfilled
 */
@Cites("DEF-12")
public record PreAccelerationRecord(@NonNegative int tasksPlanned, @NonNegative int tasksDone,
        @Code List<String> documentsSubmitted, Optional<Boolean> secondInterviewPassed,
        Optional<Boolean> individualPlanFulfilled) {
    /** Refuses nulls and copies the list. */
    public PreAccelerationRecord {
        documentsSubmitted = ImmutableList.copyOf(Objects.requireNonNull(documentsSubmitted, "documentsSubmitted"));
        Arguments.nonNull("secondInterviewPassed", secondInterviewPassed,
                "individualPlanFulfilled", individualPlanFulfilled);
    }
}
