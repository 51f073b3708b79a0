package kz.saruar.scheduling.consultation;

import java.util.Objects;

/** How a group consultation came about (PRE-07): the expert's initiative, or the participants' written, motivated request that the expert accepted. */
public sealed interface GroupOrigin {
    /** The expert initiated it. */
    record ExpertInitiated() implements GroupOrigin {
    }

    /**
     * Participants asked in writing, with a motivation, to organizers and expert.
     *
     * @param motivation       the written motivation
     * @param acceptedByExpert whether the expert accepted (the expert decides)
     */
    record WrittenRequest(String motivation, boolean acceptedByExpert) implements GroupOrigin {
        /** Refuses null. */
        public WrittenRequest {
            Objects.requireNonNull(motivation, "motivation");
        }
    }
}
