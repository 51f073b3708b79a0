package kz.saruar.community.journal;

import java.util.Objects;
import kz.saruar.community.collaboration.Collaboration;
import kz.saruar.community.impact.Measurement;
import kz.saruar.community.impact.TheoryOfChange;
import java.util.Optional;
import kz.saruar.community.consent.PairingEvent;
import kz.saruar.community.registry.Contact;
import kz.saruar.community.registry.DeclinedPair;
import kz.saruar.community.registry.Expert;
import kz.saruar.community.registry.MatchingPolicy;
import kz.saruar.community.registry.ProjectRecord;
import kz.saruar.model.Arguments;
import kz.saruar.model.journal.JournalEvent;

/**
 * An event of a community's journal (PLT-01 registries, HUB-01 and M II.2.2 pairings; docs/community.md
 * "Journal"). A registered expert or project is stored with its {@link Contact} erased; the real
 * name and contacts are sealed under the person's own key in {@code sealedContact} /
 * {@code sealedLead}, so that erasing the key erases them. Each type is at schema version 1.
 */
public sealed interface CommunityEvent extends JournalEvent {
    /**
     * The community was opened (always the first event).
     *
     * @param communityId the community's id, e.g. {@code almaty-hub}
     * @param policy the matching policy (HUB-01)
     */
    record CommunityCreated(String communityId, MatchingPolicy policy) implements CommunityEvent {
        /** Refuses nulls. */
        public CommunityCreated {
            Objects.requireNonNull(communityId, "communityId");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * An expert entered the registry (PLT-01).
     *
     * @param expert the expert, contact erased
     * @param sealedContact the sealed contact, absent when none was given or the person was erased
     */
    record ExpertRegistered(Expert expert, Optional<String> sealedContact) implements CommunityEvent {
        /** Refuses nulls. */
        public ExpertRegistered {
            Objects.requireNonNull(expert, "expert");
            Objects.requireNonNull(sealedContact, "sealedContact");
        }
    }

    /**
     * An expert's entry was replaced (load, capacity, competencies …).
     *
     * @param expert the expert, contact erased
     * @param sealedContact the sealed contact
     */
    record ExpertUpdated(Expert expert, Optional<String> sealedContact) implements CommunityEvent {
        /** Refuses nulls. */
        public ExpertUpdated {
            Objects.requireNonNull(expert, "expert");
            Objects.requireNonNull(sealedContact, "sealedContact");
        }
    }

    /**
     * A project entered the registry (PLT-01).
     *
     * @param project the project, lead erased
     * @param sealedLead the lead's sealed contact
     */
    record ProjectRegistered(ProjectRecord project, Optional<String> sealedLead) implements CommunityEvent {
        /** Refuses nulls. */
        public ProjectRegistered {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(sealedLead, "sealedLead");
        }
    }

    /**
     * A project's entry was replaced (stage, needs, cohorts, ambassador status …).
     *
     * @param project the project, lead erased
     * @param sealedLead the lead's sealed contact
     */
    record ProjectUpdated(ProjectRecord project, Optional<String> sealedLead) implements CommunityEvent {
        /** Refuses nulls. */
        public ProjectUpdated {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(sealedLead, "sealedLead");
        }
    }

    /**
     * A pair declined before the journal began (a registry file's {@code declined}, M II.2.2).
     *
     * @param pair the pair and the reason
     */
    record DeclinedPairRecorded(DeclinedPair pair) implements CommunityEvent {
        /** Refuses nulls. */
        public DeclinedPairRecorded {
            Objects.requireNonNull(pair, "pair");
        }
    }

    /**
     * A collaboration between projects, or a project and an expert (HUB-05), recorded as it happened.
     *
     * @param collaboration who, what, when and its outcome
     */
    record CollaborationRecorded(Collaboration collaboration) implements CommunityEvent {
        /** Refuses nulls. */
        public CollaborationRecorded {
            Objects.requireNonNull(collaboration, "collaboration");
        }
    }

    /**
     * A project's theory of change (HUB-03), recorded or replaced as a whole.
     *
     * @param theory the theory, its indicators and the measurements known so far
     */
    record TheoryRecorded(TheoryOfChange theory) implements CommunityEvent {
        /** Refuses nulls. */
        public TheoryRecorded {
            Objects.requireNonNull(theory, "theory");
        }
    }

    /**
     * One measurement of an indicator of a project's theory of change (HUB-03).
     *
     * @param project     the project
     * @param indicator   the indicator's code
     * @param measurement the measured value with its source and evidence
     */
    record MeasurementRecorded(String project, String indicator, Measurement measurement) implements CommunityEvent {
        /** Refuses nulls. */
        public MeasurementRecorded {
            Arguments.nonNull("project", project, "indicator", indicator, "measurement", measurement);
        }
    }

    /**
     * A pair was proposed (M II.2.2).
     *
     * @param pairing the proposal
     */
    record PairProposed(PairingEvent.Proposed pairing) implements CommunityEvent {
        /** Refuses nulls. */
        public PairProposed {
            Objects.requireNonNull(pairing, "pairing");
        }
    }

    /**
     * One side consented (M II.2.2).
     *
     * @param pairing the consent
     */
    record PairConsented(PairingEvent.Consented pairing) implements CommunityEvent {
        /** Refuses nulls. */
        public PairConsented {
            Objects.requireNonNull(pairing, "pairing");
        }
    }

    /**
     * One side declined, with the reason kept (M II.2.2).
     *
     * @param pairing the decline
     */
    record PairDeclined(PairingEvent.Declined pairing) implements CommunityEvent {
        /** Refuses nulls. */
        public PairDeclined {
            Objects.requireNonNull(pairing, "pairing");
        }
    }

    /**
     * A person's key was deleted: their name and contacts read as erased from now on.
     *
     * @param person the person's id, {@code expert/E-01} or {@code project/P-01/lead}
     */
    record PersonalDataErased(String person) implements CommunityEvent {
        /** Refuses nulls. */
        public PersonalDataErased {
            Objects.requireNonNull(person, "person");
        }
    }
}
