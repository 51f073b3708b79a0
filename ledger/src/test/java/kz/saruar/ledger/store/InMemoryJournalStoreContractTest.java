package kz.saruar.ledger.store;

import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.testkit.storage.JournalStoreContract;

/** The in-memory store passes the storage contract kit (LFT-06). */
class InMemoryJournalStoreContractTest implements JournalStoreContract {
    @Override
    public JournalStore createEmptyStore() {
        return new InMemoryJournalStore();
    }
}
