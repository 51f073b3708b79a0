package kz.saruar.community.impact;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;

/**
 * One element of a theory of change (HUB-03): its level, what it is, and the elements of the next
 * level it leads to.
 *
 * @param code        the element's code, e.g. {@code WORKSHOPS}
 * @param level       its level in the chain
 * @param description what it is
 * @param leadsTo     codes of elements of the next level
 */
@Cites("HUB-03")
public record ChainResult(@Code String code, ResultLevel level, String description, @Code List<String> leadsTo) {
    /** Refuses nulls; copies the list. */
    public ChainResult {
        Arguments.nonNull("code", code, "level", level, "description", description);
        leadsTo = ImmutableList.copyOf(Objects.requireNonNull(leadsTo, "leadsTo"));
    }
}
