package kz.saruar.simulation.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One table of the cohort report: the fallback of a chart for screen readers and a CSV file for
 * spreadsheets (docs/simulation.md, "The report").
 *
 * @param id      the file name stem and HTML id, e.g. {@code funnel}
 * @param title   the title in the report's language
 * @param headers the column headers
 * @param rows    the rows, as text
 */
public record ReportTable(String id, String title, List<String> headers, List<List<String>> rows) {
    /** Refuses nulls; copies; every row as wide as the headers. */
    public ReportTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        headers = ImmutableList.copyOf(headers);
        rows = rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("table " + id + ": a row of " + r.size() + " cells under "
                        + headers.size() + " headers");
            }
        }
    }
}
