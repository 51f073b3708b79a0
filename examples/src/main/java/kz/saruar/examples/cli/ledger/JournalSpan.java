package kz.saruar.examples.cli.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.spi.storage.JournalStore;

/** The first and last day a journal covers, the default statement period (LFT-06). */
final class JournalSpan {
    private JournalSpan() {
    }

    static LocalDate[] of(JournalStore store, ZoneId zone) {
        long end = store.endPosition();
        JournalRecord first = JournalRecord.parse(store.read(0, 1).get(0).payload());
        JournalRecord last = JournalRecord.parse(store.read(end - 1, 1).get(0).payload());
        LocalDate a = LocalDate.ofInstant(first.at(), zone);
        LocalDate b = LocalDate.ofInstant(last.at(), zone);
        return new LocalDate[] {a, b.isBefore(a) ? a : b};
    }
}
