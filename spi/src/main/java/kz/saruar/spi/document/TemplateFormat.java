package kz.saruar.spi.document;

/** The output format of a document template (PRE-04, EXP-04, DEF-09..11, EXT-03): HTML or Markdown (each escapes user text its own way). */
public enum TemplateFormat {
    /** HTML; user text is HTML-escaped. */
    HTML("html"),
    /** Markdown; user text is escaped so that it cannot add markup or raw HTML. */
    MARKDOWN("md");

    private final String extension;

    TemplateFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension: {@code html} or {@code md}. */
    public String extension() {
        return extension;
    }
}
