package kz.saruar.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the built-in stores (the SPI contract's refusals, LFT-06). */
final class StoreChecks {
    private StoreChecks() {
    }

    static List<byte[]> copies(List<byte[]> batch, int maxRecordSize) {
        Objects.requireNonNull(batch, "records");
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one record");
        }
        List<byte[]> copies = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            byte[] r = batch.get(i);
            if (r == null) { // not requireNonNull(r, "record " + i): that builds the message for every record
                throw new NullPointerException("record " + i);
            }
            if (r.length == 0) {
                throw new IllegalArgumentException("record " + i + " of the batch is empty");
            }
            if (r.length > maxRecordSize) {
                throw new IllegalArgumentException("record " + i + " has " + r.length + " bytes, more than " + maxRecordSize);
            }
            copies.add(r.clone());
        }
        return copies;
    }

    static void readArguments(long from, int max, long end) {
        if (from < 0 || from > end) {
            throw new IllegalArgumentException("read position " + from + " is outside [0, " + end + "]");
        }
        if (max < 1) {
            throw new IllegalArgumentException("maxRecords is not positive: " + max);
        }
    }
}
