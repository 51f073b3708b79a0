package kz.saruar.simulation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes the report's tables as RFC 4180 CSV files for spreadsheets (UTF-8 with a BOM, CRLF). */
public final class CsvExport {
    private CsvExport() {
    }

    /** Writes one {@code <id>.csv} per table into {@code dir} (created when missing); returns the files. */
    public static List<Path> write(List<ReportTable> tables, Path dir) throws IOException {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (ReportTable t : tables) {
            Path file = dir.resolve(t.id() + ".csv");
            Files.writeString(file, csv(t), StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }

    /** One table as CSV text. */
    public static String csv(ReportTable t) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, t.headers());
        t.rows().forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }
}
