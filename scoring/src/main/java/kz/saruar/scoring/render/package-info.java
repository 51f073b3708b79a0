/**
 * The defense protocol (DEF-09) as JSON and as text: Markdown and HTML renderers behind
 * {@link kz.saruar.scoring.render.ProtocolRenderer}, so that the document-template SPI can take
 * their place.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scoring.render;
