package kz.saruar.model.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/** A lifecycle stage of a social project with its content, factors and risk (MAT-02). */
@Cites("MAT-02")
public record LifecycleStage(
        @Code String code,
        LocalizedText name,
        LocalizedText content,
        List<LocalizedText> factors,
        LocalizedText risk) {
    /** Refuses nulls and copies lists. */
    public LifecycleStage {
        Arguments.nonNull("code", code, "name", name, "content", content, "risk", risk);
        factors = ImmutableList.copyOf(Objects.requireNonNull(factors, "factors"));
    }
}
