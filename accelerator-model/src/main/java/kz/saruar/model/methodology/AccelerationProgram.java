package kz.saruar.model.methodology;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.catalog.CoachingTopic;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.catalog.GrowStep;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Positive;

/** The acceleration program: duration, the curriculum in order, monthly coaching weeks and topics, the GROW model (ACC-01..05). */
@Cites("ACC-01")
public record AccelerationProgram(
        @Positive int durationMonths,
        @Cites("ACC-02") List<CurriculumModule> modules,
        @Cites("ACC-02") @Positive BigDecimal defaultModuleHours,
        @Cites("ACC-04") List<Integer> coachingWeeks,
        @Cites("ACC-04") List<CoachingTopic> coachingTopics,
        @Cites("ACC-05") List<GrowStep> growModel) {
    /** Refuses nulls and copies lists. */
    public AccelerationProgram {
        modules = ImmutableList.copyOf(Objects.requireNonNull(modules, "modules"));
        Objects.requireNonNull(defaultModuleHours, "defaultModuleHours");
        coachingWeeks = ImmutableList.copyOf(Objects.requireNonNull(coachingWeeks, "coachingWeeks"));
        coachingTopics = ImmutableList.copyOf(Objects.requireNonNull(coachingTopics, "coachingTopics"));
        growModel = ImmutableList.copyOf(Objects.requireNonNull(growModel, "growModel"));
    }
}
