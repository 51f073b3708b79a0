package kz.saruar.scoring.render;

import java.util.List;
import kz.saruar.model.Language;

/** The defense protocol (DEF-09) as Markdown: headings, lists and a results table. */
public final class MarkdownProtocolRenderer extends ViewRenderer {
    /** A renderer; it holds no state. */
    public MarkdownProtocolRenderer() {
        super("text/markdown");
    }

    @Override
    void begin(StringBuilder b, String title, Language language) {
        b.append("# ").append(esc(title)).append("\n\n");
    }

    @Override
    void meta(StringBuilder b, List<String> lines) {
        lines.forEach(m -> b.append("- ").append(esc(m)).append('\n'));
    }

    @Override
    void section(StringBuilder b, String heading, List<String> items, String none, boolean numbered) {
        b.append("\n## ").append(esc(heading)).append("\n\n");
        if (items.isEmpty()) {
            b.append(esc(none)).append('\n');
        }
        for (int i = 0; i < items.size(); i++) {
            b.append(numbered ? (i + 1) + ". " : "- ").append(esc(items.get(i))).append('\n');
        }
    }

    @Override
    void table(StringBuilder b, String heading, List<String> header, List<List<String>> rows) {
        b.append("\n## ").append(esc(heading)).append("\n\n");
        row(b, header);
        b.append('|');
        header.forEach(h -> b.append(" --- |"));
        b.append('\n');
        rows.forEach(r -> row(b, r));
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
