package kz.saruar.model.document;

/** How user text is escaped in each output format, so that it renders as text, never as markup. */
final class Escapers {
    private Escapers() {
    }

    /** HTML: {@code & < > " ' ` =} as character references. */
    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '`' -> b.append("&#96;");
                case '=' -> b.append("&#61;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Markdown: HTML's characters as references (Markdown passes raw HTML through), Markdown's
     * inline punctuation backslash-escaped, a leading block marker ({@code #}, {@code -},
     * {@code +}, {@code 1.}) escaped, and a line break written as {@code <br>} so that user text
     * stays on its line: it cannot start a heading, a list or a table row of its own.
     */
    static String markdown(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        int first = 0;
        while (first < s.length() && Character.isWhitespace(s.charAt(first))) {
            first++;
        }
        boolean digitsSoFar = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean leadingNumber = digitsSoFar && i > first;
            if (i >= first && !Character.isDigit(c)) {
                digitsSoFar = false;
            }
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> { }
                case '\n' -> b.append("<br>");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~' -> b.append('\\').append(c);
                case '#', '-', '+' -> {
                    if (i == first) {
                        b.append('\\');
                    }
                    b.append(c);
                }
                case '.' -> {
                    if (leadingNumber) {
                        b.append('\\');
                    }
                    b.append(c);
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
