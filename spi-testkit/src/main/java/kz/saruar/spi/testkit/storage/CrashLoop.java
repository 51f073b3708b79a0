package kz.saruar.spi.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * A crash test's loop (LFT-06 durability): a child JVM writing to a durable journal in a directory
 * is killed with SIGKILL at random moments, again and again. The child ({@code main(dir, run)})
 * prints {@code READY} once it works and {@code ACK key} for every command the store acknowledged;
 * after each kill the test checks the journal and answers the keys in it, and the loop fails when a
 * key acknowledged before the kill is missing.
 */
public final class CrashLoop {
    private CrashLoop() {
    }

    /** What a test checks after kill number {@code kill}: the keys present in the journal. */
    @FunctionalInterface
    public interface AfterKill {
        /** Checks the journal after the kill, knowing the keys acknowledged so far, and answers the keys it holds. */
        Set<String> check(int kill, Set<String> acknowledged) throws Exception;
    }

    /**
     * Runs {@code kills} children of {@code child} on {@code dir}, the k-th with run name
     * {@code run + k}, each killed {@code pause} milliseconds after it said {@code READY}.
     *
     * @param ready how long a child may take to say {@code READY}
     * @return every key a child acknowledged
     */
    public static Set<String> run(Class<?> child, Path dir, String run, int kills, Duration ready, IntSupplier pause,
            AfterKill afterKill) throws Exception {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(afterKill, "afterKill");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int k = 0; k < kills; k++) {
            // a child lives about a second: C1 and the serial collector start it with less CPU
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    child.getName(), dir.toString(), run + k)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            CountDownLatch started = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.equals("READY")) {
                            started.countDown();
                        } else if (line.startsWith("ACK ")) {
                            acknowledged.add(line.substring(4));
                        }
                    }
                } catch (IOException e) {
                    // the child died mid-line: that key was not acknowledged
                }
            });
            reader.start();
            assertThat(started.await(ready.toMillis(), TimeUnit.MILLISECONDS)).as("child %s started", k).isTrue();
            Thread.sleep(pause.getAsInt());
            process.destroyForcibly(); // SIGKILL on Linux
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);

            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(afterKill.check(k, Set.copyOf(acknowledged)));
            assertThat(lost).as("acknowledged but lost after kill %s", k).isEmpty();
        }
        return acknowledged;
    }

    /** Deletes a directory and everything in it (the loop's temporary directory). */
    public static void deleteRecursively(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
