package kz.saruar.scoring.render;

import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.scoring.DefenseProtocol;

/** The defense protocol (DEF-09) as Markdown: headings, lists and a results table. */
public final class MarkdownProtocolRenderer implements ProtocolRenderer {
    /** A renderer; it holds no state. */
    public MarkdownProtocolRenderer() {
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public String render(DefenseProtocol protocol, Language language) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(language, "language");
        ProtocolView v = new ProtocolView(protocol, language);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(esc(v.title)).append("\n\n");
        v.meta.forEach(m -> b.append("- ").append(esc(m)).append('\n'));
        section(b, v.juryHeading, v.jurors, v.none, false);
        section(b, v.passingHeading, v.passing, v.none, true);
        b.append("\n## ").append(esc(v.tableHeading)).append("\n\n");
        row(b, v.header);
        b.append('|');
        v.header.forEach(h -> b.append(" --- |"));
        b.append('\n');
        v.rows.forEach(r -> row(b, r));
        section(b, v.undecidedHeading, v.undecided, v.none, false);
        section(b, v.recusalHeading, v.recusals, v.none, false);
        section(b, v.rejectedHeading, v.rejected, v.none, false);
        return b.toString();
    }

    private static void section(StringBuilder b, String heading, List<String> items, String none, boolean numbered) {
        b.append("\n## ").append(esc(heading)).append("\n\n");
        if (items.isEmpty()) {
            b.append(esc(none)).append('\n');
        }
        for (int i = 0; i < items.size(); i++) {
            b.append(numbered ? (i + 1) + ". " : "- ").append(esc(items.get(i))).append('\n');
        }
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        cells.forEach(c -> b.append(' ').append(esc(c).replace("|", "\\|")).append(" |"));
        b.append('\n');
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("<", "&lt;").replace("\n", " ");
    }
}
