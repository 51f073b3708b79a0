package kz.saruar.simulation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.saruar.model.Language;
import kz.saruar.simulation.CohortRun;
import kz.saruar.simulation.Comparison;
import kz.saruar.simulation.Simulation;
import kz.saruar.simulation.StageSpread;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The report's charts drawn by JFreeChart onto JFreeSVG (inline SVG, no script): funnel with its
 * spread, score histogram with bands and threshold (DEF-05..07), juror severity, the Gantt chart
 * of the program on working days, consultation load, LIFTCOIN issuance vs coverage (LFT-04),
 * directions, and the what-if funnels side by side.
 */
final class Charts {
    static final int WIDTH = 760;
    private static final Color BLUE = new Color(0x1f, 0x5f, 0x99);
    private static final Color ORANGE = new Color(0xd9, 0x82, 0x2b);
    private static final Color GREEN = new Color(0x3a, 0x8f, 0x4f);
    private static final Color GREY = new Color(0x88, 0x88, 0x88);
    private static final Color[] SERIES = {BLUE, ORANGE, GREEN, new Color(0x8e, 0x44, 0xad), new Color(0xc0, 0x39, 0x2b)};

    /** The height of a marker label's line on the scores chart (10 px font and its box). */
    private static final int LABEL_LINE = 14;

    private Charts() {
    }

    static String funnel(Simulation s, Language lang) {
        CohortRun r = s.detail();
        JFreeChart chart;
        String ref = Texts.Y2020.get(lang);
        if (s.runs() > 1) {
            DefaultStatisticalCategoryDataset d = new DefaultStatisticalCategoryDataset();
            String mean = Texts.MEAN.get(lang) + " ± " + Texts.SD.get(lang) + " (" + s.runs() + ")";
            for (StageSpread st : s.spread()) {
                d.add(st.mean(), st.sd(), mean, label(st.name().get(lang)));
                if (st.reference().isPresent()) {
                    d.add(st.reference().getAsInt(), 0, ref, label(st.name().get(lang)));
                }
            }
            chart = ChartFactory.createBarChart(null, Texts.STAGE.get(lang), Texts.COUNT.get(lang), d,
                    PlotOrientation.VERTICAL, true, false, false);
            StatisticalBarRenderer renderer = new StatisticalBarRenderer();
            renderer.setErrorIndicatorPaint(Color.BLACK);
            chart.getCategoryPlot().setRenderer(renderer);
        } else {
            DefaultCategoryDataset d = new DefaultCategoryDataset();
            for (int i = 0; i < r.funnel().size(); i++) {
                CohortRun.Stage st = r.funnel().get(i);
                d.addValue(st.count(), Texts.label(r, lang), label(st.name().get(lang)));
                if (i < StageSpread.COHORT_2020.size() && r.funnel().get(0).count() == StageSpread.COHORT_2020.get(0)) {
                    d.addValue(StageSpread.COHORT_2020.get(i), ref, label(st.name().get(lang)));
                }
            }
            chart = ChartFactory.createBarChart(null, Texts.STAGE.get(lang), Texts.COUNT.get(lang), d,
                    PlotOrientation.VERTICAL, true, false, false);
        }
        style(chart);
        return svg("funnel", chart, 340);
    }

    static String scores(CohortRun r, Language lang) {
        Map<Integer, Integer> histogram = new TreeMap<>();
        r.scores().forEach(x -> histogram.merge(x.total(), 1, Integer::sum));
        XYSeries series = new XYSeries(Texts.PROJECTS.get(lang));
        histogram.forEach(series::add);
        XYSeriesCollection data = new XYSeriesCollection(series);
        data.setIntervalWidth(1.0);
        JFreeChart chart = ChartFactory.createXYBarChart(null, Texts.TOTAL.get(lang), false, Texts.PROJECTS.get(lang),
                data, PlotOrientation.VERTICAL, false, false, false);
        style(chart);
        XYPlot plot = chart.getXYPlot();
        Color[] bandColors = {new Color(0xf6, 0xd5, 0xd5), new Color(0xfa, 0xf0, 0xc8), new Color(0xd7, 0xef, 0xd9)};
        for (int i = 0; i < r.bands().size(); i++) {
            CohortRun.BandRange b = r.bands().get(i);
            IntervalMarker m = new IntervalMarker(b.from() - 0.5, b.to() + 0.5, bandColors[Math.min(i, 2)]);
            m.setLabel(b.name().get(lang) + " " + b.from() + "–" + b.to());
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            // at the band's left edge: centred, the middle band's label sat under the threshold's line
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        ValueMarker t = new ValueMarker(r.passThreshold() - 0.5, Color.RED, new BasicStroke(2f));
        t.setLabel(Texts.THRESHOLD.get(lang) + " " + r.passThreshold());
        t.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        // the threshold's label on the line under the bands' ones, beside the red line (on its left
        // when the threshold is in the scale's last 30 %, where the right has no room for it)
        boolean high = r.passThreshold() - r.minTotal() > 0.7 * (r.maxTotal() - r.minTotal());
        t.setLabelAnchor(high ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        t.setLabelTextAnchor(high ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        t.setLabelOffset(new RectangleInsets(LABEL_LINE + 4, 4, 0, 4));
        plot.addDomainMarker(t, Layer.FOREGROUND);
        // the labels stand in an empty strip above the highest bar instead of over the bars:
        // the two label lines take about 36 px of the about 260 px plot, a 0.3 margin leaves 23 %
        plot.getRangeAxis().setUpperMargin(0.3);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(r.minTotal() - 0.5, r.maxTotal() + 0.5);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BLUE);
        return svg("scores", chart, 320);
    }

    static String jurors(CohortRun r, Language lang) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        r.jurors().forEach(j -> d.addValue(j.meanDeviation(), Texts.SEVERITY.get(lang), j.jurorId() + " " + r.nameOf(CohortRun.Named.SEAT, j.role(), lang)));
        JFreeChart chart = ChartFactory.createBarChart(null, Texts.JUROR.get(lang), Texts.SEVERITY.get(lang), d,
                PlotOrientation.HORIZONTAL, false, false, false);
        style(chart);
        return svg("jurors", chart, 60 + 28 * Math.max(3, r.jurors().size()));
    }

    static String calendar(CohortRun r, Language lang) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        List<CohortRun.Bar> bars = r.calendar();
        String[] names = new String[bars.size()];
        XYIntervalSeries series = new XYIntervalSeries(Texts.CALENDAR.get(lang));
        for (int i = 0; i < bars.size(); i++) {
            CohortRun.Bar b = bars.get(i);
            names[i] = b.name().get(lang) + " (" + b.rule() + ")";
            for (int[] span : b.spans()) {
                series.add(i, i - 0.35, i + 0.35, span[0], span[0], span[1]);
            }
        }
        data.addSeries(series);
        SymbolAxis rows = new SymbolAxis(Texts.ACTIVITY.get(lang), names);
        rows.setInverted(true);
        rows.setGridBandsVisible(false);
        NumberAxis days = new NumberAxis(Texts.WORKDAY.get(lang));
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BLUE);
        XYPlot plot = new XYPlot(data, rows, days, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style(chart);
        renderer.setSeriesPaint(0, BLUE);
        return svg("calendar", chart, 70 + 30 * bars.size());
    }

    static String consultations(CohortRun r, Language lang) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        r.consultations().forEach((e, n) -> d.addValue(n, Texts.PLANNED.get(lang), e));
        JFreeChart chart = ChartFactory.createBarChart(null, Texts.EXPERT.get(lang), Texts.PLANNED.get(lang), d,
                PlotOrientation.VERTICAL, false, false, false);
        style(chart);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (r.consultations().size() > 30) {
            chart.getCategoryPlot().getDomainAxis().setTickLabelsVisible(false);
        }
        return svg("consultations", chart, 280);
    }

    static String market(CohortRun r, Language lang) {
        XYSeries issued = new XYSeries(Texts.ISSUED.get(lang));
        XYSeries circulation = new XYSeries(Texts.CIRCULATION.get(lang));
        XYSeries capacity = new XYSeries(Texts.CAPACITY.get(lang));
        for (CohortRun.MarketWeek w : r.market()) {
            issued.add(w.week(), w.issued());
            circulation.add(w.week(), w.circulation());
            capacity.add(w.week(), w.capacity());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(issued);
        data.addSeries(circulation);
        data.addSeries(capacity);
        JFreeChart chart = ChartFactory.createXYLineChart(null, Texts.WEEK.get(lang), Texts.POINTS.get(lang), data,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesPaint(1, ORANGE);
        renderer.setSeriesPaint(2, GREEN);
        renderer.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        for (int i = 0; i < 3; i++) {
            renderer.setSeriesStroke(i, i == 2 ? renderer.getSeriesStroke(2) : new BasicStroke(2f));
        }
        return svg("market", chart, 300);
    }

    /**
     * A chart category told apart by its code and shown by its name: an adapted methodology
     * (CAT-02) may give two directions the same name, and a dataset keyed by names keeps one.
     */
    private record Category(String code, String name) implements Comparable<Category> {
        @Override
        public int compareTo(Category o) {
            return code.compareTo(o.code);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static String directions(CohortRun r, Language lang) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        r.byDirection().forEach((dir, counts) -> {
            for (int s = 1; s < counts.length; s++) {
                d.addValue(counts[s], r.funnel().get(s).name().get(lang),
                        new Category(dir, r.nameOf(CohortRun.Named.DIRECTION, dir, lang)));
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(null, Texts.DIRECTION.get(lang), Texts.PROJECTS.get(lang), d,
                PlotOrientation.HORIZONTAL, true, false, false);
        style(chart);
        // each direction's name takes up to four lines beside its bars: a fixed height left seven
        // directions (a national intake with a plugin's) about 38 px each, and their names overlapped
        return svg("directions", chart, Math.max(360, 110 + 60 * r.byDirection().size()));
    }

    static String compare(Comparison c, Language lang) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (int i = 0; i < c.base().funnel().size(); i++) {
            String stage = label(c.base().funnel().get(i).name().get(lang));
            d.addValue(c.base().funnel().get(i).count(), c.baseLabel(), stage);
            d.addValue(c.other().funnel().get(i).count(), c.otherLabel(), stage);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, Texts.STAGE.get(lang), Texts.COUNT.get(lang), d,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        return svg("compare", chart, 320);
    }

    /** A long stage name cut for an axis; the table carries the full name. */
    private static String label(String name) {
        return name.length() <= 64 ? name : name.substring(0, 63) + "…";
    }

    /** Draws a small bar chart once and drops it: loads the chart classes and the fonts (see {@link HtmlReport#prepare}). */
    static void prepare() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        d.addValue(1, "a", "b");
        JFreeChart chart = ChartFactory.createBarChart("-", "x", "y", d, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        svg("prepare", chart, 100);
    }

    private static void style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot p) {
            if (p.getRenderer() instanceof BarRenderer br) {
                for (int i = 0; i < SERIES.length; i++) {
                    br.setSeriesPaint(i, SERIES[i]);
                }
                br.setItemMargin(0.05);
                br.setDrawBarOutline(false);
                // a stage's whole name on up to four lines under its bars: a cut name reads as another stage
                p.getDomainAxis().setMaximumCategoryLabelLines(4);
                // narrower gaps between categories leave a label room for a long word (преакселерацию)
                p.getDomainAxis().setCategoryMargin(0.1);
                p.getDomainAxis().setLowerMargin(0.02);
                p.getDomainAxis().setUpperMargin(0.02);
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                rootNumbers(p.getRangeAxis(i));
            }
            if (p.getRenderer() instanceof StatisticalBarRenderer) {
                p.getRenderer().setSeriesPaint(1, GREY);
            }
        }
        if (chart.getPlot() instanceof XYPlot p) {
            p.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                rootNumbers(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                rootNumbers(p.getRangeAxis(i));
            }
        }
    }

    /**
     * An axis's numbers as the tables write them (Locale.ROOT, a decimal point, no grouping):
     * JFreeChart's tick units format in the JVM's default locale, so the same report showed
     * {@code 70,000} or {@code 70 000} and {@code -1,2} by the host's settings, not the page's.
     */
    private static void rootNumbers(ValueAxis axis) {
        // a SymbolAxis shows names at its ticks, not numbers
        if (axis instanceof NumberAxis n && !(axis instanceof SymbolAxis)) {
            DecimalFormat format = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
            format.setGroupingUsed(false);
            n.setNumberFormatOverride(format);
        }
    }

    private static String svg(String id, JFreeChart chart, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        // JFreeSVG's default prefix of clip-path ids is the nano time: one per chart keeps a page's ids
        // unique and the same seed's report byte for byte the same
        g2.setDefsKeyPrefix("_" + id + "_");
        // JFreeChart draws rotated text (the vertical axes' labels) through a TextLayout by
        // default, which JFreeSVG turns into glyph outlines that a screen reader cannot read; the
        // switch is JFreeChart's global one, so it is set only while the chart draws and restored
        synchronized (TextUtils.class) {
            boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
            TextUtils.setUseDrawRotatedStringWorkaround(false);
            try {
                chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
            } finally {
                TextUtils.setUseDrawRotatedStringWorkaround(workaround);
            }
        }
        // a viewBox of the chart's own size lets CSS (width 100 %) scale it down to an A4 page or a
        // phone; without one the browser crops the drawing at the element's new width
        return g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null);
    }

}
