/**
 * The LIFTCOIN points ledger (LFT-01..08, docs/rules.md): accounts, the double-entry
 * journal, market offers, coverage, the hash chain and the durable journal; its two built-in
 * journal stores (file and memory) are storage providers of the SPI (LFT-06).
 */
module kz.saruar.ledger {
    requires transitive kz.saruar.model;
    requires com.google.common;
    requires org.slf4j;

    exports kz.saruar.ledger;
    exports kz.saruar.ledger.store;

    provides kz.saruar.spi.storage.StorageProvider with
            kz.saruar.ledger.store.FileStorageProvider,
            kz.saruar.ledger.store.MemoryStorageProvider;
}
