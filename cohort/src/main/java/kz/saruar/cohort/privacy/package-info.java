/**
 * Erasable personal data of applicants (APP-03, APP-04; the Law of the Republic of Kazakhstan
 * on personal data and their protection) on files: per-person AES-GCM keys of
 * {@link kz.saruar.model.privacy} kept in a directory apart from the journal, so that deleting a
 * key erases the person's fields from every event ("crypto-shredding").
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.cohort.privacy;
