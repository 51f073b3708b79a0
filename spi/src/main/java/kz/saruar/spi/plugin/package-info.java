/**
 * The one entry point for a regional center's plugins ({@link kz.saruar.spi.plugin.Plugins}):
 * one discovery loop, one order (priority, then name), one warnings list for directions (CAT-02),
 * document templates, holiday calendars, notifications and storage.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.plugin;
