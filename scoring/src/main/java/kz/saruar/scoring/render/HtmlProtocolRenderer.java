package kz.saruar.scoring.render;

import java.util.List;
import java.util.Objects;
import kz.saruar.model.Language;
import kz.saruar.scoring.DefenseProtocol;

/** The defense protocol (DEF-09) as a self-contained HTML document, every text escaped. */
public final class HtmlProtocolRenderer implements ProtocolRenderer {
    /** A renderer; it holds no state. */
    public HtmlProtocolRenderer() {
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public String render(DefenseProtocol protocol, Language language) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(language, "language");
        ProtocolView v = new ProtocolView(protocol, language);
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(esc(v.title)).append("</title></head>\n<body>\n<h1>").append(esc(v.title)).append("</h1>\n");
        list(b, v.meta, "ul");
        section(b, v.juryHeading, v.jurors, v.none, "ul");
        section(b, v.passingHeading, v.passing, v.none, "ol");
        b.append("<h2>").append(esc(v.tableHeading)).append("</h2>\n<table>\n<thead><tr>");
        v.header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : v.rows) {
            b.append("<tr>");
            r.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        section(b, v.undecidedHeading, v.undecided, v.none, "ul");
        section(b, v.recusalHeading, v.recusals, v.none, "ul");
        section(b, v.rejectedHeading, v.rejected, v.none, "ul");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void section(StringBuilder b, String heading, List<String> items, String none, String tag) {
        b.append("<h2>").append(esc(heading)).append("</h2>\n");
        if (items.isEmpty()) {
            b.append("<p>").append(esc(none)).append("</p>\n");
        } else {
            list(b, items, tag);
        }
    }

    private static void list(StringBuilder b, List<String> items, String tag) {
        b.append('<').append(tag).append(">\n");
        items.forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
        b.append("</").append(tag).append(">\n");
    }

    /** Escapes the five HTML special characters. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
