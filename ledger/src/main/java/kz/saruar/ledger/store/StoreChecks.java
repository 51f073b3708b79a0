package kz.saruar.ledger.store;

/** Argument checks of reading shared by the built-in stores (the SPI contract's refusals, LFT-06). */
final class StoreChecks {
    private StoreChecks() {
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
