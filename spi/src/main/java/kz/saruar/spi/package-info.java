/**
 * Extension points of Saruar (ARCHITECTURE.md "Extension points"): directions (CAT-02), document templates, holiday calendars, storage and notifications. Depends on the JDK alone.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi;
