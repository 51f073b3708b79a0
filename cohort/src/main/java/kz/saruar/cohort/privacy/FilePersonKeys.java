package kz.saruar.cohort.privacy;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * id is not reused. Several writers may share the directory (nodes of one center, or several
 * instances): a person's key, once stored, is never replaced, so whoever stores it first decides
 * it for all; key files are readable by their owner only.
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
        Path tmp = null;
        try {
            // a name of its own (several writers may share the directory), readable by its owner only
            tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(k));
                ch.force(true);
            }
            if (!publish(tmp, target)) {
                // another writer (another node, or another FilePersonKeys on this directory) stored
                // this person's key first, and data may already be sealed under it: that key it is
                return find(personId).orElseThrow(() -> new IllegalStateException(
                        "the key of " + personId + " was stored and erased meanwhile"));
            }
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a personal data key in " + dir, e);
        } finally {
            deleteQuietly(tmp);
        }
        return new SecretKeySpec(k, "AES");
    }

    /**
     * Makes the written key {@code tmp} the person's key unless one exists: false when it does. A
     * hard link is created only where no file is (never replacing one); a file system without
     * hard links gets a move that refuses an existing target, which leaves only a narrow race.
     */
    private static boolean publish(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | IOException noLinks) {
            try {
                Files.move(tmp, target);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // a leftover temporary name, readable by its owner only: an unused key, or after a link a
            // second name of the person's key file, which erase() zeroes through that shared file
        }
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
