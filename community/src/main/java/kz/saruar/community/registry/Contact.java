package kz.saruar.community.registry;

import java.util.Optional;
import kz.saruar.model.Arguments;
import kz.saruar.model.json.Personal;

/**
 * A person's personal data in a registry (PLT-01; as APP-03 for applicants): name and contacts.
 * Kept apart from everything else so that it can be erased; never logged, never quoted in a
 * refusal, and redacted in {@link #toString()}.
 *
 * @param name  the person's name
 * @param email the e-mail, if given
 * @param phone the phone, if given
 */
@Personal
public record Contact(String name, Optional<String> email, Optional<String> phone) {
    /** Refuses nulls. */
    public Contact {
        Arguments.nonNull("name", name, "email", email, "phone", phone);
    }

    /** The contact with every field erased (the record stays, its personal data does not). */
    public static Contact erased() {
        return new Contact("", Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "Contact[redacted]";
    }
}
