package kz.saruar.ledger;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command to the LIFTCOIN ledger (LFT-01..07), submitted by an actor under an idempotency key.
 * Amounts are plain {@code long}s so that a bad amount (zero, negative) reaches the ledger and is
 * refused as a decision naming LFT-07, not thrown at construction.
 */
public sealed interface LedgerCommand {
    /** The idempotency key (LFT-07). */
    IdempotencyKey key();

    /** Who submits the command (LFT-07 authorization). */
    ActorId actor();

    private static <T> T req(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /**
     * The first record of every journal, written by the ledger itself: the issuer account, the
     * platform operator and the policy figures the journal was created with (LFT-04, LFT-06,
     * LFT-08). Submitting it is a misuse.
     */
    record Genesis(IdempotencyKey key, ActorId actor, AccountId issuer, BigDecimal coverageRatio,
            boolean retirePointsPaidToBusinesses, List<String> priorityDirections) implements LedgerCommand {
        /** Refuses nulls and copies the list. */
        public Genesis {
            req(key, "key");
            req(actor, "actor");
            req(issuer, "issuer");
            req(coverageRatio, "coverageRatio");
            priorityDirections = ImmutableList.copyOf(req(priorityDirections, "priorityDirections"));
        }
    }

    /** The platform opens an account of a kind for an owner (LFT-07). */
    record OpenAccount(IdempotencyKey key, ActorId actor, AccountId account, AccountKind kind, ActorId owner,
            Optional<AccountId> project) implements LedgerCommand {
        /** Refuses nulls. */
        public OpenAccount {
            req(key, "key");
            req(actor, "actor");
            req(account, "account");
            req(kind, "kind");
            req(owner, "owner");
            req(project, "project");
        }
    }

    /** The platform issues points to a project (LFT-01), refused beyond coverage (LFT-04). */
    record Issue(IdempotencyKey key, ActorId actor, AccountId project, long amount) implements LedgerCommand {
        /** Refuses nulls. */
        public Issue {
            req(key, "key");
            req(actor, "actor");
            req(project, "project");
        }
    }

    /** A project rewards one of its participants from its own account (LFT-02), optionally in a priority direction (LFT-08). */
    record Reward(IdempotencyKey key, ActorId actor, AccountId project, AccountId participant, long amount,
            Optional<String> direction) implements LedgerCommand {
        /** Refuses nulls. */
        public Reward {
            req(key, "key");
            req(actor, "actor");
            req(project, "project");
            req(participant, "participant");
            req(direction, "direction");
        }
    }

    /** The platform grants a forum participant or guest the forum's set amount (LFT-05), within coverage (LFT-04). */
    record ForumGrant(IdempotencyKey key, ActorId actor, String forum, AccountId recipient, long amount)
            implements LedgerCommand {
        /** Refuses nulls and a blank forum name. */
        public ForumGrant {
            req(key, "key");
            req(actor, "actor");
            req(forum, "forum");
            req(recipient, "recipient");
            if (forum.isBlank() || forum.length() > 64) {
                throw new IllegalArgumentException("forum is blank or longer than 64: \"" + forum + "\"");
            }
        }
    }

    /** A project or business lists an offer in the LIFT-MARKET (LFT-03). */
    record ListOffer(IdempotencyKey key, ActorId actor, OfferId offer, AccountId seller, long price, long quantity,
            Optional<String> direction) implements LedgerCommand {
        /** Refuses nulls. */
        public ListOffer {
            req(key, "key");
            req(actor, "actor");
            req(offer, "offer");
            req(seller, "seller");
            req(direction, "direction");
        }
    }

    /** The seller changes an offer's price (LFT-03); may break coverage, which then freezes issuing (LFT-04). */
    record RepriceOffer(IdempotencyKey key, ActorId actor, OfferId offer, long newPrice) implements LedgerCommand {
        /** Refuses nulls. */
        public RepriceOffer {
            req(key, "key");
            req(actor, "actor");
            req(offer, "offer");
        }
    }

    /** The seller withdraws an offer (LFT-03); may break coverage, which then freezes issuing (LFT-04). */
    record WithdrawOffer(IdempotencyKey key, ActorId actor, OfferId offer) implements LedgerCommand {
        /** Refuses nulls. */
        public WithdrawOffer {
            req(key, "key");
            req(actor, "actor");
            req(offer, "offer");
        }
    }

    /** A buyer purchases units of an offer, atomically (LFT-03, LFT-07). */
    record Purchase(IdempotencyKey key, ActorId actor, AccountId buyer, OfferId offer, long quantity)
            implements LedgerCommand {
        /** Refuses nulls. */
        public Purchase {
            req(key, "key");
            req(actor, "actor");
            req(buyer, "buyer");
            req(offer, "offer");
        }
    }

    /** A member pays another for a service (LFT-03: "a programmer earns points and spends them on that training"). */
    record PayForService(IdempotencyKey key, ActorId actor, AccountId payer, AccountId payee, long amount)
            implements LedgerCommand {
        /** Refuses nulls. */
        public PayForService {
            req(key, "key");
            req(actor, "actor");
            req(payer, "payer");
            req(payee, "payee");
        }
    }

    /** The platform reverses an earlier record with compensating entries, never an edit (LFT-07). */
    record Correction(IdempotencyKey key, ActorId actor, long correctedSequence) implements LedgerCommand {
        /** Refuses nulls. */
        public Correction {
            req(key, "key");
            req(actor, "actor");
        }
    }

    /** The platform returns an account's expired points to the issuer under the expiry policy (LFT-07). */
    record ExpirePoints(IdempotencyKey key, ActorId actor, AccountId account) implements LedgerCommand {
        /** Refuses nulls. */
        public ExpirePoints {
            req(key, "key");
            req(actor, "actor");
            req(account, "account");
        }
    }
}
