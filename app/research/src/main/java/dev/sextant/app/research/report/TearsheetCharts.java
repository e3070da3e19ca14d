package dev.sextant.app.research.report;

import dev.sextant.engine.backtest.EquityCurve;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The tearsheet's charts drawn without a screen (Java2D into PNG), for the headless
 * {@code backtest --tearsheet}: the equity against the benchmark as % growth and the drawdown
 * ("underwater"), with the captions the backtest panel's own chart snapshots carry. The monthly
 * returns are in the tearsheet's table.
 */
public final class TearsheetCharts {

    public static final String EQUITY = "Equity vs benchmark (% growth)";
    public static final String UNDERWATER = "Underwater (drawdown %)";

    static final int WIDTH = 960;
    static final int HEIGHT = 320;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    private static final Color RUN = new Color(0x1f77b4);
    private static final Color BENCHMARK = new Color(0x888888);
    private static final Color DRAWDOWN = new Color(0xd62728);

    private TearsheetCharts() {
    }

    /** PNG images by caption, in the order the tearsheet shows them. */
    public static Map<String, byte[]> of(EquityCurve curve) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        if (curve.size() < 2) {
            return charts;
        }
        double[] growth = growth(curve.equity());
        double[] bench = curve.benchmark() == null ? null : growth(curve.benchmark());
        double[] drawdown = new double[curve.size()];
        for (int i = 0; i < drawdown.length; i++) {
            drawdown[i] = 100 * curve.drawdown()[i];
        }
        charts.put(EQUITY, bench == null
                ? png(curve, new double[][] {growth}, new Color[] {RUN}, new String[] {"strategy"})
                : png(curve, new double[][] {bench, growth}, new Color[] {BENCHMARK, RUN}, new String[] {"benchmark", "strategy"}));
        charts.put(UNDERWATER, png(curve, new double[][] {drawdown}, new Color[] {DRAWDOWN}, new String[] {"drawdown"}));
        return charts;
    }

    private static double[] growth(double[] equity) {
        double[] g = new double[equity.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = 100 * (equity[i] / equity[0] - 1);
        }
        return g;
    }

    private static byte[] png(EquityCurve curve, double[][] lines, Color[] colours, String[] names) {
        double lo = 0;
        double hi = 0;
        for (double[] line : lines) {
            for (double v : line) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double span = hi - lo == 0 ? 1 : hi - lo;
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            int plotW = WIDTH - LEFT - RIGHT;
            int plotH = HEIGHT - TOP - BOTTOM;
            for (int k = 0; k <= 4; k++) {
                double v = lo + span * k / 4;
                int y = TOP + plotH - (int) Math.round(plotH * (v - lo) / span);
                g.setColor(new Color(0xe6e6e6));
                g.drawLine(LEFT, y, LEFT + plotW, y);
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.format(Locale.ROOT, "%.1f", v), 4, y + 4);
            }
            long[] time = curve.time();
            for (int k = 0; k <= 4; k++) {
                int i = (time.length - 1) * k / 4;
                int x = LEFT + (int) Math.round((double) plotW * i / (time.length - 1));
                LocalDate day = curve.timeframe().isIntraday()
                        ? LocalDate.ofInstant(Instant.ofEpochSecond(time[i]), ZoneOffset.UTC) : LocalDate.ofEpochDay(time[i]);
                g.drawString(day.toString(), Math.max(2, Math.min(x - 30, WIDTH - 70)), HEIGHT - 12);
            }
            g.setStroke(new BasicStroke(1.5f));
            for (int l = 0; l < lines.length; l++) {
                Path2D.Double path = new Path2D.Double();
                double[] line = lines[l];
                for (int i = 0; i < line.length; i++) {
                    double x = LEFT + (double) plotW * i / (line.length - 1);
                    double y = TOP + plotH - plotH * ((Double.isFinite(line[i]) ? line[i] : 0) - lo) / span;
                    if (i == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                g.setColor(colours[l]);
                g.draw(path);
                g.drawString("— " + names[l], LEFT + 8 + 90 * l, TOP + 12);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a tearsheet chart as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
