/**
 * A project's lifecycle from application to brand ambassador (APP-10..12, PRE-09, DEF-06/11/12,
 * ACC-03, EXT-02): states, commands by actors with roles, guards that cite their rules, refusals
 * that name what is missing, and events from which the state is replayed.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.lifecycle;
