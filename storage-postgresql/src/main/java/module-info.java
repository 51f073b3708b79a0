// The automatic modules required here have a stable Automatic-Module-Name in their manifests.
/**
 * A journal store on PostgreSQL for the storage extension point (LFT-06), found by
 * {@link java.util.ServiceLoader} as a storage provider.
 */
@SuppressWarnings("requires-automatic")
module kz.saruar.storage.postgresql {
    requires transitive kz.saruar.spi;
    requires java.sql;
    requires org.postgresql.jdbc;

    exports kz.saruar.storage.postgresql;

    provides kz.saruar.spi.storage.StorageProvider with kz.saruar.storage.postgresql.PostgresStorageProvider;
}
