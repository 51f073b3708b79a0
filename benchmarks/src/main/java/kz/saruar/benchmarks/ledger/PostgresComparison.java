package kz.saruar.benchmarks.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerPolicy;

/**
 * The transfer workload side by side (LFT-06): the embedded file ledger versus PostgreSQL the way a
 * regional center would otherwise build it — a balances table and an entries table, one
 * transaction per transfer with row locks ({@code SELECT … FOR UPDATE}), durable commits. Same
 * submitters, same duration, same machine, one after the other.
 *
 * <p>Arguments: JDBC URL, user, [threads = 64], [seconds = 20].
 */
public final class PostgresComparison {
    private static final int WARMUP_SECONDS = 3;

    private PostgresComparison() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        double pg = postgres(url, user, threads, seconds);
        System.out.printf("postgresql: %.0f transfers/s%n", pg);
        double saruar = saruar(threads, seconds);
        System.out.printf("%nRESULT threads=%d seconds=%d%n", threads, seconds);
        System.out.printf("RESULT saruar file journal (fsync, group commit): %.0f transfers/s%n", saruar);
        System.out.printf("RESULT postgresql (one transaction per transfer, row locks, synchronous_commit=on): %.0f transfers/s%n", pg);
        System.out.printf("RESULT ratio saruar / postgresql = %.1f%n", saruar / pg);
    }

    private static double saruar(int threads, int seconds) throws Exception {
        Path dir = LedgerWorkload.freshDir("saruar-bench-compare");
        try (Ledger ledger = LedgerWorkload.populate(Ledger.openDirectory(dir, LedgerPolicy.defaults(), Clock.systemUTC()))) {
            return Submitters.rate(threads, WARMUP_SECONDS, seconds, (thread, counter) -> {
                long i = counter.getAndIncrement();
                if (!ledger.submit(LedgerWorkload.transfer("c", i)).accepted()) {
                    throw new IllegalStateException("refused transfer " + i);
                }
                return 1;
            });
        } finally {
            LedgerWorkload.delete(dir);
        }
    }

    private static double postgres(String url, String user, int threads, int seconds) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS entries");
            s.execute("DROP TABLE IF EXISTS balances");
            s.execute("CREATE TABLE balances (account int PRIMARY KEY, balance bigint NOT NULL CHECK (balance >= 0))");
            s.execute("CREATE TABLE entries (id bigserial PRIMARY KEY, idempotency_key text NOT NULL UNIQUE,"
                    + " from_account int NOT NULL REFERENCES balances, to_account int NOT NULL REFERENCES balances,"
                    + " amount bigint NOT NULL CHECK (amount > 0), at timestamptz NOT NULL DEFAULT now())");
            s.execute("INSERT INTO balances SELECT g, 1000000000000 FROM generate_series(0, " + (LedgerWorkload.ACCOUNTS - 1) + ") g");
        }
        Connection[] cs = new Connection[threads];
        PreparedStatement[][] ps = new PreparedStatement[threads][];
        return Submitters.rate(threads, WARMUP_SECONDS, seconds, new Submitters.Submitter() {
            @Override
            public void open(int t) throws SQLException {
                cs[t] = DriverManager.getConnection(url, user, "");
                cs[t].setAutoCommit(false);
                ps[t] = new PreparedStatement[] {
                    cs[t].prepareStatement("SELECT account, balance FROM balances WHERE account IN (?, ?) ORDER BY account FOR UPDATE"),
                    cs[t].prepareStatement("UPDATE balances SET balance = balance - ? WHERE account = ?"),
                    cs[t].prepareStatement("UPDATE balances SET balance = balance + ? WHERE account = ?"),
                    cs[t].prepareStatement("INSERT INTO entries (idempotency_key, from_account, to_account, amount) VALUES (?, ?, ?, ?)"),
                };
            }

            @Override
            public int submit(int t, AtomicLong counter) throws SQLException {
                long i = counter.getAndIncrement();
                int from = (int) (i % LedgerWorkload.ACCOUNTS);
                int to = (from + 1) % LedgerWorkload.ACCOUNTS;
                PreparedStatement[] p = ps[t];
                p[0].setInt(1, from);
                p[0].setInt(2, to);
                long fromBalance = -1;
                try (ResultSet r = p[0].executeQuery()) {
                    while (r.next()) {
                        if (r.getInt(1) == from) {
                            fromBalance = r.getLong(2);
                        }
                    }
                }
                if (fromBalance < 1) {
                    cs[t].rollback();
                    throw new IllegalStateException("insufficient balance in the PostgreSQL workload");
                }
                p[1].setLong(1, 1);
                p[1].setInt(2, from);
                p[1].executeUpdate();
                p[2].setLong(1, 1);
                p[2].setInt(2, to);
                p[2].executeUpdate();
                p[3].setString(1, "c" + i);
                p[3].setInt(2, from);
                p[3].setInt(3, to);
                p[3].setLong(4, 1);
                p[3].executeUpdate();
                cs[t].commit();
                return 1;
            }

            @Override
            public void close(int t) throws SQLException {
                cs[t].close();
            }
        });
    }
}
