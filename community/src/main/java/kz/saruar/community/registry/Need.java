package kz.saruar.community.registry;

import java.util.Objects;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.Positive;

/**
 * One need of a project that a mentor should cover (HUB-01): an acceleration focus area found by
 * the maturity diagnostics (MAT-05/07) or an expert area asked for by the individual plan (PRE-04),
 * with its weight (how pressing it is).
 *
 * @param source where the need was found
 * @param code   a MAT-07 focus-area code ({@link NeedSource#DIAGNOSTICS}) or a CAT-05 expert-area code ({@link NeedSource#INDIVIDUAL_PLAN})
 * @param weight how pressing, from 1
 */
@Cites("HUB-01")
public record Need(NeedSource source, @Code String code, @Positive int weight) {
    /** Refuses nulls and a weight below 1. */
    public Need {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        if (weight < 1) {
            throw new IllegalArgumentException("weight is below 1: " + weight);
        }
    }

    /** {@code SOURCE:CODE}, as a report names the need. */
    public String label() {
        return source.name() + ":" + code;
    }
}
