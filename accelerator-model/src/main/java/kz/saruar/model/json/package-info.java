/**
 * The one strict JSON reader of every input ({@link kz.saruar.model.json.JsonReader}) and its
 * limits: strict UTF-8, duplicate keys refused, size and depth limits, a structure check against
 * the records that define an input, every refusal a {@link kz.saruar.model.decision.Reason}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.json;
