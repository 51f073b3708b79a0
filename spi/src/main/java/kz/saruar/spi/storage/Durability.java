package kz.saruar.spi.storage;

/** What a {@link JournalStore} promises about an acknowledged append (LFT-06 reliable storage). */
public enum Durability {
    /** Kept in memory only; lost when the process ends. For tests and benchmarks. */
    VOLATILE,
    /** Survives a crash of the process or the machine once the append is acknowledged. */
    DURABLE
}
