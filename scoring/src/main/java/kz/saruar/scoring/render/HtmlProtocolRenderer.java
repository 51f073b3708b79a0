package kz.saruar.scoring.render;

import java.util.List;
import kz.saruar.model.Language;

/** The defense protocol (DEF-09) as a self-contained HTML document, every text escaped. */
public final class HtmlProtocolRenderer extends ViewRenderer {
    /** A renderer; it holds no state. */
    public HtmlProtocolRenderer() {
        super("text/html");
    }

    @Override
    void begin(StringBuilder b, String title, Language language) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title></head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    @Override
    void meta(StringBuilder b, List<String> lines) {
        list(b, lines, "ul");
    }

    @Override
    void section(StringBuilder b, String heading, List<String> items, String none, boolean numbered) {
        b.append("<h2>").append(esc(heading)).append("</h2>\n");
        if (items.isEmpty()) {
            b.append("<p>").append(esc(none)).append("</p>\n");
        } else {
            list(b, items, numbered ? "ol" : "ul");
        }
    }

    @Override
    void table(StringBuilder b, String heading, List<String> header, List<List<String>> rows) {
        b.append("<h2>").append(esc(heading)).append("</h2>\n<table>\n<thead><tr>");
        header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            r.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    @Override
    void end(StringBuilder b) {
        b.append("</body>\n</html>\n");
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
