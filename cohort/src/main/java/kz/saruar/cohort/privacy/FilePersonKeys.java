package kz.saruar.cohort.privacy;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.model.privacy.PersonalDataCipher;

/**
 * Per-person keys as files in a directory of their own, never inside the journal (APP-03
 * personal data): one file per person named by the SHA-256 of the person's id, written with an
 * fsync before the key is used, overwritten and deleted on erasure, leaving a tombstone so that the
 * id is not reused.
 */
public final class FilePersonKeys implements PersonKeys {
    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    private FilePersonKeys(Path dir) {
        this.dir = dir;
    }

    /** The key store in {@code dir}, created if absent. */
    public static FilePersonKeys open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the key directory " + dir, e);
        }
        return new FilePersonKeys(dir);
    }

    /** The directory holding the keys. */
    public Path directory() {
        return dir;
    }

    private Path file(String personId, String suffix) {
        return dir.resolve(Hashing.sha256().hashString(personId, StandardCharsets.UTF_8) + suffix);
    }

    @Override
    public synchronized SecretKey keyFor(String personId) {
        Objects.requireNonNull(personId, "personId");
        Optional<SecretKey> existing = find(personId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (Files.exists(file(personId, ".erased"))) {
            throw new IllegalStateException("the personal data of " + personId + " was erased; it cannot be recorded again under that id");
        }
        byte[] k = new byte[PersonalDataCipher.KEY_BYTES];
        random.nextBytes(k);
        Path target = file(personId, ".key");
        Path tmp = file(personId, ".key.tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(k));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a personal data key in " + dir, e);
        }
        return new SecretKeySpec(k, "AES");
    }

    @Override
    public Optional<SecretKey> find(String personId) {
        Path f = file(Objects.requireNonNull(personId, "personId"), ".key");
        try {
            byte[] k = Files.readAllBytes(f);
            if (k.length != PersonalDataCipher.KEY_BYTES) {
                throw new IllegalStateException("the key file " + f.getFileName() + " is damaged");
            }
            return Optional.of(new SecretKeySpec(k, "AES"));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a personal data key in " + dir, e);
        }
    }

    @Override
    public synchronized void erase(String personId) {
        Path f = file(Objects.requireNonNull(personId, "personId"), ".key");
        try {
            Files.writeString(file(personId, ".erased"), "", StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (Files.exists(f)) {
                // overwrite before deleting, so the key bytes do not linger in the file's blocks
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    byte[] zeros = new byte[PersonalDataCipher.KEY_BYTES];
                    Arrays.fill(zeros, (byte) 0);
                    ch.write(ByteBuffer.wrap(zeros), 0);
                    ch.force(true);
                }
                Files.delete(f);
            }
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot erase a personal data key in " + dir, e);
        }
    }

    private void syncDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot sync a directory; the file itself was synced
        }
    }
}
