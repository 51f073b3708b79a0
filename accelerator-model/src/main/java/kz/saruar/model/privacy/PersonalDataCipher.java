package kz.saruar.model.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one person's personal data (APP-03) for an event with AES-256-GCM under the person's
 * own key: base64 of a 12-byte nonce followed by the ciphertext and tag; the person's id is the
 * associated data, so a sealed field cannot be moved to another person.
 */
public final class PersonalDataCipher {
    /** The key length in bytes (AES-256). */
    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    // Cipher.getInstance looks the provider up each time; init resets a cipher for a new key and nonce
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    private PersonalDataCipher() {
    }

    /** The plaintext sealed under the key, as base64 text. */
    public static String seal(SecretKey key, String personId, byte[] plaintext) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = CIPHER.get();
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(personId.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + c.getOutputSize(plaintext.length)];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            int written = c.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
            return Base64.getEncoder().encodeToString(written == out.length - NONCE_BYTES ? out
                    : Arrays.copyOf(out, NONCE_BYTES + written));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plaintext, or empty when the text was not sealed under this key for this person (damaged or moved). */
    public static Optional<byte[]> open(SecretKey key, String personId, String sealed) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(sealed, "sealed");
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            if (all.length < NONCE_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher c = CIPHER.get();
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            c.updateAAD(personId.getBytes(StandardCharsets.UTF_8));
            return Optional.of(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
