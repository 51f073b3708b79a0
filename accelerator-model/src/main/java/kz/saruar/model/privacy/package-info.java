/**
 * Erasable personal data (APP-03, APP-04, PLT-01; the Law of the Republic of Kazakhstan on
 * personal data and their protection): per-person AES-GCM keys kept apart from a journal, so that
 * deleting a key erases the person's fields from every event ("crypto-shredding"). The cohort
 * seals applicants with them, the community its experts' and project leads' contacts.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.privacy;
