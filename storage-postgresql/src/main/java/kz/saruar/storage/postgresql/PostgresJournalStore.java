package kz.saruar.storage.postgresql;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PendingAppends;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;

/**
 * A journal store on PostgreSQL (LFT-06), {@link Durability#DURABLE}, for a center whose
 * application runs on several nodes: one stream of a table keyed by {@code (stream, position)},
 * the way message-db keeps its messages.
 *
 * <h2>Table</h2>
 * <pre>{@code
 * CREATE TABLE IF NOT EXISTS saruar_journal (
 *     stream      text        NOT NULL,
 *     position    bigint      NOT NULL CHECK (position >= 0),
 *     data        bytea       NOT NULL,
 *     recorded_at timestamptz NOT NULL DEFAULT now(),
 *     PRIMARY KEY (stream, position))
 * }</pre>
 * The table (default {@value #DEFAULT_TABLE}, optionally schema-qualified) is created on open if
 * absent; many streams (a ledger journal, each cohort's journal) share one table.
 *
 * <h2>Location</h2>
 * A PostgreSQL JDBC URL with two parameters of ours, which are removed before the URL goes to the
 * driver: {@code saruarStream} (required: the stream's name) and {@code saruarTable} (optional:
 * the table, default {@value #DEFAULT_TABLE}), e.g.
 * {@code jdbc:postgresql://db.example.kz:5432/saruar?user=saruar&password=secret&saruarStream=ledger-2026}.
 * The driver's own parameters (user, password, ssl, …) pass through unchanged.
 *
 * <h2>Appends: one transaction per group</h2>
 * {@link #append} checks the expected position against this store's view of the end, orders the
 * batch in memory and returns; one writer thread writes everything ordered since its last round
 * in ONE transaction (multi-row {@code INSERT}s) with {@code synchronous_commit = on}, and
 * completes those appends' futures when {@code COMMIT} returns. So concurrent appends on one
 * node share a commit (group commit), and a batch is all or nothing. Each {@code INSERT} inserts
 * only if the record before its first position exists ({@code position = 0} or a row at
 * {@code position - 1}), so a stream never has a gap.
 *
 * <h2>Several nodes</h2>
 * There is no single-writer lock: several stores (in this JVM or on other nodes) may write the
 * same stream. The primary key decides: of two transactions inserting the same position exactly
 * one commits; the other gets a unique-key violation (SQLState {@code 23505}), and the appends of
 * its transaction complete exceptionally with {@link PositionConflictException}, stating the
 * stream's end as committed. The store is not failed by a conflict: it re-reads the end and
 * carries on, and the caller retries at the new end.
 * <p>{@link #endPosition()} is this store's view, kept in a cache: when the store has no append
 * in flight it queries the table (so it sees what other nodes committed); while appends are in
 * flight it is the position after the last one ordered here. A conflict refreshes the cache from
 * the table. An append whose expected position is below the cached end is refused at once (those
 * positions are taken for good); one above it refreshes the cache first.
 *
 * <h2>Failure (fail-stop)</h2>
 * Any other {@link SQLException} while writing — the connection lost, the server restarted, a
 * full disk — completes the pending appends' futures exceptionally with a
 * {@link StorageException} naming the stream, the server and the SQLState, and the store refuses
 * every later call. Because a group is one transaction, the table holds every acknowledged record
 * and a prefix of the rest; a new store opened on the location reads exactly that.
 *
 * <p>Reads return committed records from the table and, like every store, records ordered here
 * whose append has not completed yet.
 */
public final class PostgresJournalStore implements JournalStore {
    /** The table used when the location names none. */
    public static final String DEFAULT_TABLE = "saruar_journal";
    /** The largest record accepted. */
    public static final int MAX_RECORD_SIZE = 16 * 1024 * 1024;
    /** The location parameter naming the stream. */
    public static final String STREAM_PARAMETER = "saruarStream";
    /** The location parameter naming the table. */
    public static final String TABLE_PARAMETER = "saruarTable";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
    private static final int ROWS_PER_STATEMENT = 256;
    private static final long BYTES_PER_STATEMENT = 32L << 20;
    private static final String UNIQUE_VIOLATION = "23505";

    private final String jdbcUrl;
    private final String table;
    private final String stream;
    private final String where;
    private final Connection writeConnection;
    private final Connection readConnection;
    private final Object readLock = new Object();
    private final Object mon = new Object();
    private final Thread writer;
    private final String[] insertSql = new String[ROWS_PER_STATEMENT + 1];

    // guarded by mon
    private long committedEnd;
    private final ArrayList<byte[]> unwritten = new ArrayList<>();
    private final PendingAppends waiters = new PendingAppends();
    private boolean writing;
    private boolean closed;
    private StorageException failure;

    private PostgresJournalStore(String jdbcUrl, Properties properties, String table, String stream) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.table = table;
        this.stream = stream;
        this.where = "stream \"" + stream + "\" of " + table + " at " + server(jdbcUrl);
        Connection w = null;
        Connection r = null;
        try {
            w = DriverManager.getConnection(jdbcUrl, properties);
            r = DriverManager.getConnection(jdbcUrl, properties);
            try (Statement s = w.createStatement()) {
                s.execute("SET synchronous_commit = on");
            }
            createTable(w, table);
            w.setAutoCommit(false);
            this.committedEnd = checkedEnd(r);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(w);
            closeQuietly(r);
            throw e;
        }
        this.writeConnection = w;
        this.readConnection = r;
        this.writer = new Thread(this::writeLoop, "saruar-postgres-journal-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Opens the stream named by {@code location} (see the class description for the URL's form),
     * creating the table if absent.
     *
     * @throws IllegalArgumentException if the location is not a PostgreSQL JDBC URL with a
     *                                  {@code saruarStream} parameter, or the table name is not a
     *                                  plain (optionally schema-qualified) identifier
     * @throws StorageException         if the server cannot be reached or the stream has a gap
     */
    public static PostgresJournalStore open(URI location) {
        Objects.requireNonNull(location, "location");
        Location l = Location.parse(location.toString());
        return open(l.jdbcUrl(), new Properties(), l.table(), l.stream());
    }

    /**
     * Opens {@code stream} in {@code table} of the database at {@code jdbcUrl} (a plain
     * {@code jdbc:postgresql:} URL), connecting with {@code connectionProperties} (user,
     * password, …), creating the table if absent.
     *
     * @throws IllegalArgumentException if the table name is not a plain (optionally
     *                                  schema-qualified) identifier, or the stream is empty
     * @throws StorageException         if the server cannot be reached or the stream has a gap
     */
    public static PostgresJournalStore open(String jdbcUrl, Properties connectionProperties, String table, String stream) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(connectionProperties, "connectionProperties");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(stream, "stream");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): \""
                    + Location.redact(jdbcUrl) + "\"");
        }
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("table name is not a plain identifier or schema.identifier: \"" + table + "\"");
        }
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("stream name is empty");
        }
        Properties p = new Properties();
        p.putAll(connectionProperties);
        p.putIfAbsent("ApplicationName", "saruar-journal");
        p.putIfAbsent("tcpKeepAlive", "true");
        try {
            return new PostgresJournalStore(jdbcUrl, p, table, stream);
        } catch (SQLException e) {
            throw new StorageException("cannot open the journal " + "stream \"" + stream + "\" of " + table + " at "
                    + server(jdbcUrl) + ": " + describe(e), e);
        }
    }

    private static void createTable(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            int dot = table.indexOf('.');
            if (dot > 0) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + table.substring(0, dot));
            }
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (stream text NOT NULL, position bigint NOT NULL CHECK (position >= 0),"
                    + " data bytea NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (stream, position))");
        } catch (SQLException e) {
            // two nodes creating the table at once: one of them gets a duplicate key on the catalog
            if (!UNIQUE_VIOLATION.equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                throw e;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** The stream's end as committed, refusing a stream with a gap. */
    private long checkedEnd(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(max(position) + 1, 0) FROM " + table + " WHERE stream = ?")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                long end = rs.getLong(2);
                if (count != end) {
                    long missing = firstMissing(c);
                    throw new JournalCorruptedException("the journal " + where + " has " + count + " records but ends at position "
                            + end + ": positions are missing, the first at " + missing, missing);
                }
                return end;
            }
        }
    }

    /** The first position with no row before the stream's end (the stream has a gap). */
    private long firstMissing(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM " + table
                + " WHERE stream = ? AND position = 0) THEN 0 ELSE (SELECT min(a.position) + 1 FROM " + table
                + " a WHERE a.stream = ? AND NOT EXISTS (SELECT 1 FROM " + table
                + " b WHERE b.stream = a.stream AND b.position = a.position + 1)) END")) {
            ps.setString(1, stream);
            ps.setString(2, stream);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long tableEnd(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(position) + 1, 0) FROM " + table + " WHERE stream = ?")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The stream's name. */
    public String stream() {
        return stream;
    }

    /** The (possibly schema-qualified) table that holds the stream. */
    public String table() {
        return table;
    }

    @Override
    public Durability durability() {
        return Durability.DURABLE;
    }

    @Override
    public long endPosition() {
        synchronized (mon) {
            if (failure != null) {
                checkUsable();
            }
            if (idle()) {
                refresh();
            }
            return orderedEnd();
        }
    }

    // under mon
    private long orderedEnd() {
        return committedEnd + unwritten.size();
    }

    // under mon
    private boolean idle() {
        return !writing && unwritten.isEmpty() && !closed;
    }

    // under mon, when idle: takes in what other nodes committed
    private void refresh() {
        long end;
        try {
            synchronized (readLock) {
                end = tableEnd(readConnection);
            }
        } catch (SQLException e) {
            throw failNow("reading the end of the journal " + where + " failed", e);
        }
        if (end < committedEnd) {
            throw failNow(new JournalCorruptedException("the journal " + where + " ends at " + end
                    + " but this store had stored records up to " + committedEnd + ": acknowledged records are gone", end));
        }
        committedEnd = end;
    }

    // under mon
    private void checkUsable() {
        if (failure != null) {
            throw new StorageException("the journal " + where + " has failed and refuses further calls: " + failure.getMessage(), failure);
        }
        if (closed) {
            throw new StorageException("the journal " + where + " is closed");
        }
    }

    @Override
    public CompletableFuture<AppendResult> append(long expectedPosition, List<byte[]> records) {
        List<byte[]> copies = PendingAppends.copies(records, MAX_RECORD_SIZE);
        CompletableFuture<AppendResult> f = new CompletableFuture<>();
        synchronized (mon) {
            checkUsable();
            long end = orderedEnd();
            if (expectedPosition > end && idle()) {
                refresh();
                end = orderedEnd();
            }
            if (expectedPosition != end) {
                throw new PositionConflictException(expectedPosition, end);
            }
            unwritten.addAll(copies);
            waiters.add(end, copies.size(), f);
            mon.notifyAll();
        }
        return f;
    }

    /**
     * The writer thread: whatever ends it other than closing fails the store, so that no append
     * waits for a writer that is gone.
     */
    private void writeLoop() {
        try {
            writeGroups();
        } catch (RuntimeException | Error e) {
            fail(new StorageException("the writer of the journal " + where + " stopped; records not yet acknowledged"
                    + " are not, and the store refuses further calls: " + e, e));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private void writeGroups() {
        while (true) {
            List<byte[]> group;
            long start;
            boolean interrupted = false;
            synchronized (mon) {
                while (unwritten.isEmpty() && !closed && failure == null && !interrupted) {
                    try {
                        mon.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        interrupted = !closed;
                    }
                }
                if (interrupted || unwritten.isEmpty() || failure != null) {
                    group = null;
                    start = 0;
                } else {
                    group = new ArrayList<>(unwritten);
                    start = committedEnd;
                    writing = true;
                }
            }
            if (interrupted) {
                // appends would wait for a writer that is gone: fail the store instead
                fail(new StorageException("the writer of the journal " + where + " was interrupted; the store refuses"
                        + " further calls"));
            }
            if (group == null) {
                return;
            }
            SQLException error = null;
            boolean conflict;
            try {
                conflict = !insert(start, group);
                if (conflict) {
                    writeConnection.rollback();
                } else {
                    writeConnection.commit();
                }
            } catch (SQLException e) {
                rollbackQuietly();
                conflict = UNIQUE_VIOLATION.equals(e.getSQLState());
                error = conflict ? null : e;
            }
            if (error != null) {
                fail(new StorageException("writing the journal " + where + " failed; records from position " + start
                        + " on are not acknowledged and the store refuses further calls: " + describe(error), error));
                return;
            }
            if (conflict) {
                if (!conflicted()) {
                    return;
                }
                continue;
            }
            PendingAppends.Taken done;
            synchronized (mon) {
                unwritten.subList(0, group.size()).clear();
                committedEnd = start + group.size();
                writing = false;
                done = waiters.takeUpTo(committedEnd);
                mon.notifyAll();
            }
            done.complete();
        }
    }

    /** Inserts the group in chunks; false when the stream does not end at {@code start} (a record before it is missing). */
    private boolean insert(long start, List<byte[]> group) throws SQLException {
        int i = 0;
        while (i < group.size()) {
            int n = 0;
            long bytes = 0;
            while (i + n < group.size() && n < ROWS_PER_STATEMENT && (n == 0 || bytes + group.get(i + n).length <= BYTES_PER_STATEMENT)) {
                bytes += group.get(i + n).length;
                n++;
            }
            long first = start + i;
            try (PreparedStatement ps = writeConnection.prepareStatement(insertSql(n))) {
                int k = 1;
                ps.setString(k++, stream);
                for (int j = 0; j < n; j++) {
                    ps.setLong(k++, first + j);
                    ps.setBytes(k++, group.get(i + j));
                }
                ps.setLong(k++, first);
                ps.setString(k++, stream);
                ps.setLong(k, first);
                if (ps.executeUpdate() != n) {
                    return false;
                }
            }
            i += n;
        }
        return true;
    }

    private String insertSql(int rows) {
        String sql = insertSql[rows];
        if (sql == null) {
            sql = insertSql(table, rows);
            insertSql[rows] = sql;
        }
        return sql;
    }

    private static String insertSql(String table, int rows) {
        StringBuilder sb = new StringBuilder(160 + rows * 24);
        sb.append("INSERT INTO ").append(table).append(" (stream, position, data) SELECT ?, v.p, v.d FROM (VALUES ");
        for (int j = 0; j < rows; j++) {
            sb.append(j == 0 ? "(?::bigint, ?::bytea)" : ", (?, ?)");
        }
        sb.append(") AS v(p, d) WHERE ?::bigint = 0 OR EXISTS (SELECT 1 FROM ").append(table)
                .append(" WHERE stream = ? AND position = ?::bigint - 1)");
        return sb.toString();
    }

    /**
     * After a group lost to another writer: every append ordered here (the group and what was
     * ordered after it) completes with {@link PositionConflictException} at the committed end.
     * False if the end cannot be read, which fails the store.
     */
    private boolean conflicted() {
        long end;
        try {
            end = tableEnd(writeConnection);
            writeConnection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            fail(new StorageException("reading the end of the journal " + where + " after a position conflict failed;"
                    + " the store refuses further calls: " + describe(e), e));
            return false;
        }
        PendingAppends.Taken lost;
        synchronized (mon) {
            lost = waiters.takeAll();
            unwritten.clear();
            committedEnd = Math.max(end, committedEnd);
            writing = false;
            mon.notifyAll();
        }
        lost.fail(r -> new PositionConflictException(r.firstPosition(), end));
        return true;
    }

    private void rollbackQuietly() {
        try {
            writeConnection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the server rolls the transaction back
        }
    }

    private StorageException failNow(String what, SQLException e) {
        return failNow(new StorageException(what + "; the store refuses further calls: " + describe(e), e));
    }

    private StorageException failNow(StorageException e) {
        fail(e);
        return e;
    }

    private void fail(StorageException e) {
        PendingAppends.Taken pending;
        synchronized (mon) {
            if (failure == null) {
                failure = e;
            }
            pending = waiters.takeAll();
            writing = false;
            mon.notifyAll();
        }
        pending.fail(r -> e);
    }

    @Override
    public List<StoredRecord> read(long fromPosition, int maxRecords) {
        long committed;
        List<byte[]> pending;
        long to;
        synchronized (mon) {
            checkUsable();
            if (fromPosition > orderedEnd() && idle()) {
                refresh();
            }
            long end = orderedEnd();
            if (fromPosition < 0 || fromPosition > end) {
                throw new IllegalArgumentException("read position " + fromPosition + " is outside [0, " + end + "]");
            }
            if (maxRecords < 1) {
                throw new IllegalArgumentException("maxRecords is not positive: " + maxRecords);
            }
            committed = committedEnd;
            to = Math.min(end, fromPosition + maxRecords);
            pending = to > committed
                    ? new ArrayList<>(unwritten.subList((int) Math.max(0, fromPosition - committed), (int) (to - committed)))
                    : List.of();
        }
        List<StoredRecord> out = new ArrayList<>((int) (to - fromPosition));
        if (fromPosition < committed) {
            long dbTo = Math.min(to, committed);
            long got;
            try {
                synchronized (readLock) {
                    got = readCommitted(fromPosition, dbTo, out);
                }
            } catch (SQLException e) {
                throw failNow("reading the journal " + where + " failed", e);
            }
            if (got != dbTo) {
                throw failNow(new JournalCorruptedException("the journal " + where + " has no record at position " + got
                        + " though it was stored", got));
            }
        }
        long p = Math.max(fromPosition, committed);
        for (byte[] r : pending) {
            out.add(StoredRecord.wrap(p++, r.clone()));
        }
        return out;
    }

    /** Adds the rows in [from, to) to {@code out}; returns the first position missing, or {@code to}. */
    private long readCommitted(long from, long to, List<StoredRecord> out) throws SQLException {
        try (PreparedStatement ps = readConnection.prepareStatement("SELECT position, data FROM " + table
                + " WHERE stream = ? AND position >= ? AND position < ? ORDER BY position")) {
            ps.setString(1, stream);
            ps.setLong(2, from);
            ps.setLong(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                long expected = from;
                while (rs.next()) {
                    if (rs.getLong(1) != expected) {
                        return expected;
                    }
                    out.add(StoredRecord.wrap(expected, rs.getBytes(2)));
                    expected++;
                }
                return expected;
            }
        }
    }

    @Override
    public int maxRecordSize() {
        return MAX_RECORD_SIZE;
    }

    @Override
    public void close() {
        synchronized (mon) {
            if (closed) {
                return;
            }
            closed = true;
            mon.notifyAll();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(writeConnection);
        synchronized (readLock) {
            closeQuietly(readConnection);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing to release on a broken connection
            }
        }
    }

    /** The SQLState and the first line of the server's or driver's message: no stack trace, no password. */
    static String describe(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        return (e.getSQLState() == null ? "" : "SQLState " + e.getSQLState() + ": ") + m.strip();
    }

    /** host:port/database of a JDBC URL, without its parameters (which may hold a password). */
    static String server(String jdbcUrl) {
        String s = jdbcUrl.startsWith("jdbc:postgresql:") ? jdbcUrl.substring("jdbc:postgresql:".length()) : jdbcUrl;
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        return s.startsWith("//") ? s.substring(2) : s;
    }

    @Override
    public String toString() {
        return "PostgresJournalStore[" + where + "]";
    }

    /** A parsed location: the driver's URL without our parameters, the table and the stream. */
    record Location(String jdbcUrl, String table, String stream) {
        static Location parse(String location) {
            String url = location;
            if (url.startsWith("postgresql:") || url.startsWith("postgres:")) {
                url = "jdbc:postgresql:" + url.substring(url.indexOf(':') + 1);
            }
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("not a PostgreSQL location (jdbc:postgresql://host:port/database?"
                        + STREAM_PARAMETER + "=name): \"" + redact(location) + "\"");
            }
            int hash = url.indexOf('#');
            if (hash >= 0) {
                url = url.substring(0, hash);
            }
            int q = url.indexOf('?');
            String base = q < 0 ? url : url.substring(0, q);
            String stream = null;
            String table = DEFAULT_TABLE;
            List<String> kept = new ArrayList<>();
            if (q >= 0) {
                for (String pair : url.substring(q + 1).split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? pair : pair.substring(0, eq);
                    String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                    if (key.equals(STREAM_PARAMETER)) {
                        stream = value;
                    } else if (key.equals(TABLE_PARAMETER)) {
                        table = value;
                    } else {
                        kept.add(pair);
                    }
                }
            }
            if (stream == null || stream.isEmpty()) {
                throw new IllegalArgumentException("the PostgreSQL location names no stream (add ?" + STREAM_PARAMETER
                        + "=name): \"" + redact(location) + "\"");
            }
            return new Location(kept.isEmpty() ? base : base + "?" + String.join("&", kept), table, stream);
        }

        /** The location with every password parameter's value masked ({@code password}, {@code sslpassword}), for messages. */
        static String redact(String location) {
            return location.replaceAll("(?i)(password=)[^&#]*", "$1***");
        }
    }
}
