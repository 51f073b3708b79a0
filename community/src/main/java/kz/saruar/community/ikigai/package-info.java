/**
 * The ikigai worksheet for a social initiative (CAT-08; seed P «Икигай для социальных инициатив»):
 * what people want, what the initiative can do, what is needed, and their intersection, rendered
 * as a document through the template SPI.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.community.ikigai;
