/**
 * A modular application on Saruar's public API (the module path check of the build): the standard
 * methodology, plugins found by {@link java.util.ServiceLoader} across modules (CAT-02 directions,
 * document templates, LFT-06 storage), a LIFTCOIN transfer and a defense decision (DEF-06).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.consumer;
