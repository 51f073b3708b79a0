package kz.saruar.ledger;

import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * A LIFT-MARKET offer (LFT-03) as it stands: seller, price per unit, units left, whether live,
 * and its priority direction if tagged (LFT-08).
 *
 * @param id        the offer
 * @param seller    the project or business account that sells
 * @param price     points per unit
 * @param remaining units left
 * @param live      false once withdrawn
 * @param direction the priority direction, if tagged
 */
public record MarketOffer(OfferId id, AccountId seller, long price, long remaining, boolean live, Optional<String> direction) {
    /** Refuses nulls. */
    public MarketOffer {
        Arguments.nonNull("id", id, "seller", seller, "direction", direction);
    }
}
