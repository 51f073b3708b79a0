package kz.saruar.scoring.render;

import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.scoring.DefenseProtocol;

/**
 * A built-in renderer of the defense protocol (DEF-09): it lays the protocol out as a
 * {@link ProtocolView} and writes the view's parts in one order; a subclass only says how each
 * part looks in its markup.
 */
abstract class ViewRenderer implements ProtocolRenderer {
    private final String mediaType;

    ViewRenderer(String mediaType) {
        this.mediaType = mediaType;
    }

    @Override
    public final String mediaType() {
        return mediaType;
    }

    @Override
    public final String render(DefenseProtocol protocol, Language language) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(language, "language");
        ProtocolView v = new ProtocolView(protocol, language);
        StringBuilder b = new StringBuilder();
        begin(b, v.title, language);
        meta(b, v.meta);
        section(b, v.juryHeading, v.jurors, v.none, false);
        section(b, v.passingHeading, v.passing, v.none, true);
        table(b, v.tableHeading, v.header, v.rows);
        section(b, v.undecidedHeading, v.undecided, v.none, false);
        section(b, v.recusalHeading, v.recusals, v.none, false);
        section(b, v.rejectedHeading, v.rejected, v.none, false);
        end(b);
        return b.toString();
    }

    /** The document's start and its title. */
    abstract void begin(StringBuilder b, String title, Language language);

    /** The protocol's facts (methodology, date, scheme) under the title. */
    abstract void meta(StringBuilder b, List<String> lines);

    /** A heading and its items, numbered or not, or the text saying there are none. */
    abstract void section(StringBuilder b, String heading, List<String> items, String none, boolean numbered);

    /** The results table under its heading. */
    abstract void table(StringBuilder b, String heading, List<String> header, List<List<String>> rows);

    /** The document's end; nothing unless the markup closes what {@link #begin} opened. */
    void end(StringBuilder b) {
    }
}
