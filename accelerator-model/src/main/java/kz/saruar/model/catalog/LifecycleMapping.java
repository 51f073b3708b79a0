package kz.saruar.model.catalog;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** Where a lifecycle stage sits among the support phases and Table 1's stages (MAT-04). */
@Cites("MAT-04")
public record LifecycleMapping(
        @Code String lifecycleStage,
        @Code Optional<String> supportPhase,
        @Code String maturityStage) {
    /** Refuses nulls and copies lists. */
    public LifecycleMapping {
        Arguments.nonNull("lifecycleStage", lifecycleStage, "supportPhase", supportPhase,
                "maturityStage", maturityStage);
    }
}
