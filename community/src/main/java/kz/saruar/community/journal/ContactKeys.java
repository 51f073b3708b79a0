package kz.saruar.community.journal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.crypto.SecretKey;

/**
 * Where the per-person keys of a community's contacts live, apart from its journal (PLT-01:
 * personal data of people as in the cohort, erasable). Deleting a key makes the name and
 * contacts sealed with it unreadable for good, without touching the hash-chained journal. The
 * methods are those of the cohort's {@code PersonKeys}, so one key directory can serve both
 * through {@link #of}.
 */
public interface ContactKeys {
    /** The person's key, creating and storing it durably first if there is none and the person was never erased. */
    SecretKey keyFor(String personId);

    /** The person's key, if it exists (empty once erased). */
    Optional<SecretKey> find(String personId);

    /** Deletes the person's key for good; erasing an unknown or already erased person does nothing. */
    void erase(String personId);

    /**
     * Keys kept by another store, e.g. the cohort's file key store:
     * {@code ContactKeys.of(fileKeys::keyFor, fileKeys::find, fileKeys::erase)}.
     */
    static ContactKeys of(Function<String, SecretKey> keyFor, Function<String, Optional<SecretKey>> find,
            Consumer<String> erase) {
        Objects.requireNonNull(keyFor, "keyFor");
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(erase, "erase");
        return new ContactKeys() {
            @Override
            public SecretKey keyFor(String personId) {
                return keyFor.apply(Objects.requireNonNull(personId, "personId"));
            }

            @Override
            public Optional<SecretKey> find(String personId) {
                return find.apply(Objects.requireNonNull(personId, "personId"));
            }

            @Override
            public void erase(String personId) {
                erase.accept(Objects.requireNonNull(personId, "personId"));
            }
        };
    }
}
