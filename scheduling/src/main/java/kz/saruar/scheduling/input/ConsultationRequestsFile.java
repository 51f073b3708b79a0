package kz.saruar.scheduling.input;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.validation.Cites;
import kz.saruar.scheduling.consultation.Initiator;

/**
 * A cohort's consultation requests and its experts' availability (PRE-05, PRE-06), as
 * {@code saruar consultations plan} reads it.
 *
 * @param now      the planning moment, with its offset
 * @param experts  the experts and their availability windows
 * @param requests the requests in the order received
 */
@Cites("PRE-05")
public record ConsultationRequestsFile(OffsetDateTime now, List<Expert> experts, List<Request> requests) {
    /** Refuses nulls; copies the lists. */
    public ConsultationRequestsFile {
        Arguments.nonNull("now", now, "experts", experts, "requests", requests);
        experts = List.copyOf(experts);
        requests = List.copyOf(requests);
    }

    /**
     * One expert's published availability (PRE-05).
     *
     * @param id           the expert's ID
     * @param availability the windows
     */
    public record Expert(String id, List<Window> availability) {
        /** Refuses nulls; copies the windows. */
        public Expert {
            Arguments.nonNull("id", id, "availability", availability);
            availability = List.copyOf(availability);
        }
    }

    /**
     * One availability window (PRE-05).
     *
     * @param start the window's start
     * @param end   the window's end, after its start
     */
    public record Window(OffsetDateTime start, OffsetDateTime end) {
    }

    /**
     * One consultation request (PRE-06).
     *
     * @param id        the request's ID, unique in the file
     * @param project   the requesting project
     * @param expert    the expert asked
     * @param initiator who initiated it; {@code PROJECT} when absent
     */
    @Cites("PRE-06")
    public record Request(String id, String project, String expert, Optional<Initiator> initiator) {
    }
}
