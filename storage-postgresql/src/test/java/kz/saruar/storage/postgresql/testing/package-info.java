/**
 * Test support shared through this module's test-jar: a throwaway PostgreSQL cluster started by
 * the test run itself ({@link kz.saruar.storage.postgresql.testing.ThrowawayPostgres}) and a
 * JUnit 5 extension that shares one per run.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null}.
 */
package kz.saruar.storage.postgresql.testing;
