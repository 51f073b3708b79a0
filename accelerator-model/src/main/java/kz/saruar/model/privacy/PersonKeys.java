package kz.saruar.model.privacy;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Where the per-person encryption keys of a cohort or a community live, apart from its journal
 * (APP-03, PLT-01 personal data, erasable on request). Deleting a key makes every event field
 * encrypted with it unreadable for good, without touching the hash-chained journal.
 */
public interface PersonKeys {
    /** The person's key, creating and storing it durably first if there is none and the person was never erased. */
    SecretKey keyFor(String personId);

    /** The person's key, if it exists (empty once erased). */
    Optional<SecretKey> find(String personId);

    /** Deletes the person's key for good; erasing an unknown or already erased person does nothing. */
    void erase(String personId);
}
