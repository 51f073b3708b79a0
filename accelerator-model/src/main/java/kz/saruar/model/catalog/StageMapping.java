package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;

/** The mapping between the seeds' three stage scales, Saruar's own interpretation (MAT-04). */
@Cites("MAT-04")
public record StageMapping(
        List<LifecycleMapping> lifecycle,
        List<FormStageMapping> formStages) {
    /** Refuses nulls and copies lists. */
    public StageMapping {
        lifecycle = ImmutableList.copyOf(Objects.requireNonNull(lifecycle, "lifecycle"));
        formStages = ImmutableList.copyOf(Objects.requireNonNull(formStages, "formStages"));
    }
}
