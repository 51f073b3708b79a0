package kz.saruar.scheduling.consultation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The free time an expert published for consultations (PRE-05: experts correct the dates).
 *
 * @param expert  the expert
 * @param windows the free windows
 */
public record ExpertAvailability(ExpertId expert, List<TimeSlot> windows) {
    /** Refuses nulls; copies the list. */
    public ExpertAvailability {
        Objects.requireNonNull(expert, "expert");
        windows = ImmutableList.copyOf(Objects.requireNonNull(windows, "windows"));
    }
}
