package kz.saruar.ledger;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import kz.saruar.model.Arguments;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StoredRecord;

/** Statements and turnover reports computed from a LIFTCOIN journal (LFT-06, LFT-08). */
public final class Statements {
    private Statements() {
    }

    /** Hands every record of the ledger journal to {@code action}, in order. */
    static void forEachRecord(JournalStore store, Consumer<JournalRecord> action) {
        long p = 0;
        while (true) {
            List<StoredRecord> page = store.read(p, 4096);
            if (page.isEmpty()) {
                return;
            }
            for (StoredRecord r : page) {
                action.accept(JournalCodec.decode(r.payload()));
            }
            p += page.size();
        }
    }

    /** The statement of {@code account} for the days {@code from}..{@code to} inclusive in {@code zone}. */
    public static Statement statement(JournalStore store, AccountId account, LocalDate from, LocalDate to, ZoneId zone) {
        Arguments.nonNull("store", store, "account", account, "zone", zone);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement period ends before it starts: " + from + ".." + to);
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        long[] totals = new long[4]; // opening, running, debit, credit
        Map<EntryKind, Long> byKind = new EnumMap<>(EntryKind.class);
        List<Statement.Line> lines = new ArrayList<>();
        forEachRecord(store, rec -> {
            boolean before = rec.at().isBefore(start);
            boolean inside = !before && rec.at().isBefore(end);
            for (Entry e : rec.entries()) {
                long signed;
                AccountId other;
                if (e.to().equals(account)) {
                    signed = e.amount();
                    other = e.from();
                } else if (e.from().equals(account)) {
                    signed = -e.amount();
                    other = e.to();
                } else {
                    continue;
                }
                if (before) {
                    totals[0] = Math.addExact(totals[0], signed);
                    totals[1] = totals[0];
                } else if (inside) {
                    totals[1] = Math.addExact(totals[1], signed);
                    totals[signed < 0 ? 2 : 3] += Math.abs(signed);
                    byKind.merge(e.kind(), Math.abs(signed), Math::addExact);
                    lines.add(new Statement.Line(rec.sequence(), rec.at(), e.kind(), other, signed, totals[1]));
                }
            }
        });
        return new Statement(account, from, to, zone, totals[0], totals[1], totals[2], totals[3], byKind, lines);
    }

    /**
     * Points moved in each priority direction (LFT-08) during the days {@code from}..{@code to}:
     * rewards tagged with a direction and purchases of offers tagged with one.
     */
    public static Map<String, Long> turnoverByDirection(JournalStore store, LocalDate from, LocalDate to, ZoneId zone) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(zone, "zone");
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<OfferId, String> offerDirection = new HashMap<>();
        TreeMap<String, Long> out = new TreeMap<>();
        forEachRecord(store, rec -> {
            LedgerCommand c = rec.command();
            if (c instanceof LedgerCommand.ListOffer l && l.direction().isPresent()) {
                offerDirection.put(l.offer(), l.direction().get());
            }
            if (rec.at().isBefore(start) || !rec.at().isBefore(end)) {
                return;
            }
            String direction = null;
            if (c instanceof LedgerCommand.Reward r && r.direction().isPresent()) {
                direction = r.direction().get();
            } else if (c instanceof LedgerCommand.Purchase p) {
                direction = offerDirection.get(p.offer());
            }
            if (direction != null && !rec.entries().isEmpty()) {
                out.merge(direction, rec.entries().get(0).amount(), Math::addExact);
            }
        });
        return ImmutableSortedMap.copyOfSorted(out);
    }
}
