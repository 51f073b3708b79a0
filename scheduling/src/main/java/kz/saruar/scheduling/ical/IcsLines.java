package kz.saruar.scheduling.ical;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * RFC 5545 content-line helpers for the calendar export of PRE-05: TEXT escaping (§3.3.11) and
 * line folding at 75 octets (§3.1) that never splits a UTF-8 character, so Kazakh and Russian
 * summaries survive.
 */
public final class IcsLines {
    /** The longest line, in octets, without its CRLF (RFC 5545 §3.1). */
    public static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsLines() {
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and newline; drops carriage returns. */
    public static String escapeText(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    // CRLF and lone CR become one \n via the LF; a lone CR is dropped.
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Undoes {@link #escapeText(String)} (for tests and round trips). */
    public static String unescapeText(String value) {
        Objects.requireNonNull(value, "value");
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Folds one unfolded content line into physical lines of at most 75 octets joined by CRLF and
     * a space, splitting only between code points. No trailing CRLF.
     */
    public static String fold(String line) {
        Objects.requireNonNull(line, "line");
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a content line has no line breaks; escape it first: \""
                    + (line.length() > 40 ? line.substring(0, 40) + "…" : line) + "\"");
        }
        StringBuilder out = new StringBuilder(line.length() + line.length() / 60 * 3);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int len = utf8Length(cp);
            if (octets + len > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Joins folded lines back: removes every CRLF followed by one space or tab (RFC 5545 §3.1). */
    public static String unfold(String folded) {
        Objects.requireNonNull(folded, "folded");
        return folded.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /** The UTF-8 length of a physical line, for checks. */
    public static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
