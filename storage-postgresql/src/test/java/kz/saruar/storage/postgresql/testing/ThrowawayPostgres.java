package kz.saruar.storage.postgresql.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests: the newest {@code /usr/lib/postgresql/<version>/bin}
 * (Debian's {@code postgresql} package), {@code initdb} in a temporary directory, started with
 * {@code pg_ctl} on a free loopback port ({@code listen_addresses=127.0.0.1}, the socket in the
 * temporary directory, {@code fsync=on}), stopped and deleted by {@link #close()} or, as a
 * fallback, by a shutdown hook. Runs the server as the {@code postgres} OS user (via
 * {@code runuser}) when the tests run as root.
 *
 * <p>If no PostgreSQL binaries are found the start FAILS with a message to install Debian's
 * {@code postgresql} package; it never skips. {@code SARUAR_PG_BIN} overrides the bin directory.
 *
 * <p>Reuse from another module's tests: depend on {@code saruar-storage-postgresql} with
 * {@code <type>test-jar</type>} and {@code <scope>test</scope>}, then either
 * {@code @ExtendWith(ThrowawayPostgresExtension.class)} and take a {@code ThrowawayPostgres}
 * parameter (one cluster shared by the whole test run), or {@code try (var pg =
 * ThrowawayPostgres.start()) { … }} for a cluster of one's own.
 */
public final class ThrowawayPostgres implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static ThrowawayPostgres shared;

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;
    private final Thread hook;
    private boolean running;
    private volatile boolean closed;

    private ThrowawayPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.hook = new Thread(this::stopAndDelete, "throwaway-postgres-cleanup");
    }

    /** Initializes and starts a new cluster. */
    public static ThrowawayPostgres start() {
        Path bin = findBin();
        boolean root = isRoot();
        try {
            Path dir = Files.createTempDirectory("saruar-pg-");
            ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, freePort(), root);
            Runtime.getRuntime().addShutdownHook(pg.hook);
            try {
                if (root) {
                    run(List.of("chown", "postgres:", dir.toString()), 30);
                }
                pg.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", pg.data.toString(), "-A", "trust", "-U", "postgres",
                        "-E", "UTF8", "--no-locale", "--no-sync"), 120);
                pg.startServer();
            } catch (RuntimeException e) {
                pg.close();
                throw e;
            }
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for a throwaway PostgreSQL cluster", e);
        }
    }

    /**
     * The JVM's shared cluster, started on first use (again if it was closed), stopped and
     * deleted by the shutdown hook or by {@link ThrowawayPostgresExtension} at the end of the
     * JUnit Jupiter run. For jqwik properties and helpers outside a Jupiter extension context.
     */
    public static synchronized ThrowawayPostgres shared() {
        if (shared == null || shared.closed) {
            shared = start();
        }
        return shared;
    }

    /** The newest {@code /usr/lib/postgresql/<version>/bin} with initdb and pg_ctl. */
    static Path findBin() {
        String override = System.getenv("SARUAR_PG_BIN");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path root = Path.of("/usr/lib/postgresql");
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return newest.orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin"
                + " (initdb, pg_ctl): these tests start a real throwaway PostgreSQL cluster; install Debian's package:"
                + " apt-get install -y postgresql (or set SARUAR_PG_BIN to a directory with initdb and pg_ctl)"));
    }

    private static String versionOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("\\.")) {
            sb.append(String.format("%08d", part.chars().allMatch(Character::isDigit) && !part.isEmpty() ? Integer.parseInt(part) : 0));
        }
        return sb.toString();
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return out.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void startServer() {
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=on -c synchronous_commit=on"
                + " -c max_connections=100 -c shared_buffers=32MB";
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", options, "start"), 90);
        running = true;
    }

    /** Stops the server at once, like a crash ({@code pg_ctl -m immediate}): connections break, nothing is flushed. */
    public synchronized void stopImmediately() {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), 60);
        running = false;
    }

    /** Starts the server again on the same port and data (after {@link #stopImmediately()}); it recovers from its WAL. */
    public synchronized void restart() {
        if (running) {
            asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), 60);
            running = false;
        }
        startServer();
    }

    /** The loopback port the server listens on. */
    public int port() {
        return port;
    }

    /** A JDBC URL of {@code database} as the superuser {@code postgres} (trust authentication). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** A JDBC URL of the {@code postgres} database. */
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    /** Creates a new, empty database and returns its JDBC URL; for tests that want a database of their own. */
    public String newDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    /** The server's log so far, for a failing test's message. */
    public String serverLog() {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (IOException e) {
            return "(no server log: " + e + ")";
        }
    }

    /** Stops the server and deletes its directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopAndDelete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
    }

    private void stopAndDelete() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), 60);
            } catch (RuntimeException e) {
                // already stopped
            }
        }
        running = false;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    private void asServerUser(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, timeoutSeconds);
    }

    private static void run(List<String> command, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("failed with exit code " + p.exitValue() + ": " + String.join(" ", command) + "\n"
                        + new String(out, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    @Override
    public String toString() {
        return "ThrowawayPostgres[127.0.0.1:" + port + ", " + dir + "]";
    }
}
