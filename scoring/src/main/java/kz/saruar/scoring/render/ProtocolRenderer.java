package kz.saruar.scoring.render;

import kz.saruar.model.Language;
import kz.saruar.scoring.DefenseProtocol;

/**
 * Renders the defense protocol (DEF-09) as a document's text in one language. The built-in
 * renderers are {@link MarkdownProtocolRenderer} and {@link HtmlProtocolRenderer}; a document
 * template plugin can implement this interface instead.
 */
public interface ProtocolRenderer {

    /** The media type of the text produced, e.g. {@code text/markdown}. */
    String mediaType();

    /** The protocol as a document in this language. */
    String render(DefenseProtocol protocol, Language language);
}
