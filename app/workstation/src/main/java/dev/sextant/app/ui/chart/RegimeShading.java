package dev.sextant.app.ui.chart;

import dev.sextant.engine.regime.MarketRegime;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Paints each bar's market regime as a translucent vertical band on one canvas behind the price
 * chart's candles (it lives in the chart's plot background, which ChartFX sizes to the plot area).
 * A redraw fills one rectangle per visible band, so it costs far less than the candles.
 */
public final class RegimeShading extends Pane {

    /** How strongly the bands colour the background: translucent, so candles and grid stay legible. */
    static final double OPACITY = 0.20;

    private final Canvas canvas = new Canvas();
    private RegimeBands bands;
    private XRange range;
    private int painted;

    public RegimeShading() {
        getStyleClass().add("regime-shading");
        setMouseTransparent(true);
        setManaged(false);
        getChildren().add(canvas);
        widthProperty().addListener((obs, old, now) -> paint());
        heightProperty().addListener((obs, old, now) -> paint());
    }

    /** The colour of a regime's band and legend swatch (opaque; the band applies {@link #OPACITY}). */
    public static Color colour(MarketRegime regime) {
        return switch (regime) {
            case STRONG_BULL -> Color.web("#2ea043");
            case WEAK_BULL -> Color.web("#8ddb8c");
            case ROTATING_BULL -> Color.web("#39c5cf");
            case RANGE_BOUND -> Color.web("#9ea7b3");
            case WEAK_BEAR -> Color.web("#f0883e");
            case PANIC_CRASH -> Color.web("#f85149");
            case RECOVERY -> Color.web("#6ca4f8");
        };
    }

    /** Shows {@code bands} (null: none) over bar range {@code range}. */
    public void show(RegimeBands bands, XRange range) {
        this.bands = bands;
        this.range = range;
        paint();
    }

    /** Bands painted by the last redraw (for tests). */
    public int painted() {
        return painted;
    }

    private void paint() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        painted = 0;
        if (bands == null || range == null || w <= 0 || h <= 0 || range.span() <= 0) {
            return;
        }
        double perBar = w / range.span();
        int first = bands.firstEndingAfter((int) Math.floor(range.from()));
        for (int k = first; k < bands.size() && bands.from()[k] - 0.5 < range.to(); k++) {
            double x0 = Math.max(0, (bands.from()[k] - 0.5 - range.from()) * perBar);
            double x1 = Math.min(w, (bands.to()[k] - 0.5 - range.from()) * perBar);
            if (x1 > x0) {
                g.setFill(colour(bands.regime()[k]).deriveColor(0, 1, 1, OPACITY));
                g.fillRect(x0, 0, x1 - x0, h);
                painted++;
            }
        }
    }

    /** The x pixel of bar-axis value {@code x} in the last painted range (for tests against the axis). */
    public double pixelOf(double x) {
        return (x - range.from()) * getWidth() / range.span();
    }
}
