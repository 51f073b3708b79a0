package kz.saruar.cohort.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-person keys in a directory (APP-03 personal data): one key per person, whoever asks first, and erasure for good. */
class FilePersonKeysTest {
    @TempDir
    Path dir;

    @Test
    void APP_03_a_person_keeps_one_key_across_instances_and_after_reopening() {
        FilePersonKeys a = FilePersonKeys.open(dir);
        SecretKey k = a.keyFor("P-01/applicant");
        assertThat(a.keyFor("P-01/applicant").getEncoded()).isEqualTo(k.getEncoded());
        assertThat(FilePersonKeys.open(dir).find("P-01/applicant").orElseThrow().getEncoded()).isEqualTo(k.getEncoded());
        assertThat(a.find("P-02/applicant")).isEmpty();
    }

    @Test
    void APP_03_writers_sharing_the_directory_agree_on_each_persons_key() throws Exception {
        // several nodes (here: instances, each with its own lock) sealing the same person at once
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int person = 0; person < 40; person++) {
                String id = "P-" + person + "/applicant";
                CountDownLatch go = new CountDownLatch(1);
                List<Future<byte[]>> keys = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    FilePersonKeys mine = FilePersonKeys.open(dir);
                    keys.add(pool.submit(() -> {
                        go.await();
                        return mine.keyFor(id).getEncoded();
                    }));
                }
                go.countDown();
                byte[] first = keys.get(0).get();
                for (Future<byte[]> f : keys) {
                    assertThat(f.get()).as(id).isEqualTo(first);
                }
                assertThat(FilePersonKeys.open(dir).find(id).orElseThrow().getEncoded()).as(id).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left").allMatch(n -> n.endsWith(".key"));
        }
    }

    @Test
    void APP_03_a_key_file_is_readable_by_its_owner_only() throws Exception {
        FilePersonKeys keys = FilePersonKeys.open(dir);
        keys.keyFor("P-01/applicant");
        Set<PosixFilePermission> owner = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(new HashSet<>(Files.getPosixFilePermissions(f))).as(f.getFileName().toString()).isEqualTo(owner);
            }
        }
    }

    @Test
    void APP_03_an_erased_person_has_no_key_and_never_gets_one_again() {
        FilePersonKeys keys = FilePersonKeys.open(dir);
        keys.keyFor("P-01/applicant");
        keys.erase("P-01/applicant");
        assertThat(keys.find("P-01/applicant")).isEmpty();
        assertThatThrownBy(() -> FilePersonKeys.open(dir).keyFor("P-01/applicant")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("erased");
    }
}
