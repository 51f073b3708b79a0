package kz.saruar.model.privacy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Per-person keys held in memory, for tests and throwaway cohorts and communities (APP-03, PLT-01 personal data). */
public final class InMemoryPersonKeys implements PersonKeys {
    private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();
    private final Set<String> erased = new HashSet<>();
    private final SecureRandom random = new SecureRandom();

    /** An empty key store. */
    public InMemoryPersonKeys() {
    }

    @Override
    public synchronized SecretKey keyFor(String personId) {
        Objects.requireNonNull(personId, "personId");
        if (erased.contains(personId)) {
            throw new IllegalStateException("the personal data of " + personId + " was erased; it cannot be recorded again under that id");
        }
        return keys.computeIfAbsent(personId, id -> {
            byte[] k = new byte[PersonalDataCipher.KEY_BYTES];
            random.nextBytes(k);
            return new SecretKeySpec(k, "AES");
        });
    }

    @Override
    public Optional<SecretKey> find(String personId) {
        return Optional.ofNullable(keys.get(Objects.requireNonNull(personId, "personId")));
    }

    @Override
    public synchronized void erase(String personId) {
        Objects.requireNonNull(personId, "personId");
        keys.remove(personId);
        erased.add(personId);
    }
}
