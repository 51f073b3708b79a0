/**
 * A project's lifecycle from application to brand ambassador (APP-03, APP-08..12, PRE-09, PRE-10,
 * DEF-06..12, ACC-03, EXT-02, EXT-04): states, one transition table ({@link
 * kz.saruar.model.lifecycle.LifecycleTable}) from which successors and the diagram are derived,
 * commands that carry their evidence and guards, who may give them from the methodology, decisions
 * as {@code Outcome<LifecycleStep>} with {@link kz.saruar.model.lifecycle.LifecycleRefusal}
 * reasons, and events (JSON through {@link kz.saruar.model.lifecycle.LifecycleJson}) from which
 * the state is replayed.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.lifecycle;
