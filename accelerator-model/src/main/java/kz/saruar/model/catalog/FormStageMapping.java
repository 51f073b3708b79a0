package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** Which lifecycle stages a form's stage of implementation suggests (MAT-04). */
@Cites("MAT-04")
public record FormStageMapping(
        @Code String implementationStage,
        @Code List<String> lifecycleStages) {
    /** Refuses nulls and copies lists. */
    public FormStageMapping {
        Objects.requireNonNull(implementationStage, "implementationStage");
        lifecycleStages = ImmutableList.copyOf(Objects.requireNonNull(lifecycleStages, "lifecycleStages"));
    }
}
