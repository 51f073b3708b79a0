package kz.saruar.model.lifecycle;

import java.util.Objects;
import java.util.Optional;

/** The outcome of a lifecycle command: accepted with the new state and its event, or refused (APP-10..12, PRE-09, DEF-11/12). */
public sealed interface LifecycleDecision {
    /** Whether the command was accepted. */
    boolean accepted();

    /** The project after the command (unchanged when refused). */
    ProjectLifecycle project();

    /** The event, when accepted. */
    Optional<LifecycleEvent> event();

    /** The refusal, when refused. */
    Optional<Refusal> refusal();

    /**
     * An accepted command.
     *
     * @param project the project after it
     * @param recorded the event it yielded
     */
    record Accepted(ProjectLifecycle project, LifecycleEvent recorded) implements LifecycleDecision {
        /** Refuses nulls. */
        public Accepted {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public boolean accepted() {
            return true;
        }

        @Override
        public Optional<LifecycleEvent> event() {
            return Optional.of(recorded);
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.empty();
        }
    }

    /**
     * A refused command.
     *
     * @param project the project, unchanged
     * @param reason why it was refused
     */
    record Refused(ProjectLifecycle project, Refusal reason) implements LifecycleDecision {
        /** Refuses nulls. */
        public Refused {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean accepted() {
            return false;
        }

        @Override
        public Optional<LifecycleEvent> event() {
            return Optional.empty();
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.of(reason);
        }
    }
}
