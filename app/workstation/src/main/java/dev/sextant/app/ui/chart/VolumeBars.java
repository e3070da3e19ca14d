package dev.sextant.app.ui.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Volume as translucent bars along the bottom {@link #HEIGHT_SHARE} of the price pane, behind the
 * candles: one bar per drawn candle, green when it closed up, red when down.
 */
final class VolumeBars extends Canvas {

    static final double HEIGHT_SHARE = 0.2;
    private static final Color UP = Color.rgb(38, 162, 105, 0.32);
    private static final Color DOWN = Color.rgb(229, 83, 75, 0.32);

    private CandleView view;
    private XRange range;

    VolumeBars() {
        setMouseTransparent(true);
        getStyleClass().add("volume-bars");
    }

    void fit(double width, double height) {
        setWidth(width);
        setHeight(height);
        paint();
    }

    void show(CandleView candles, XRange visible) {
        this.view = candles;
        this.range = visible;
        paint();
    }

    /** The height of the tallest bar drawn, for tests: {@link #HEIGHT_SHARE} of the pane. */
    double tallest() {
        return getHeight() * HEIGHT_SHARE;
    }

    private void paint() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (view == null || range == null || view.size() == 0) {
            return;
        }
        double max = 0;
        for (double v : view.volume()) {
            max = Math.max(max, v);
        }
        if (max <= 0) {
            return;
        }
        double perBar = getWidth() / range.span();
        double barWidth = Math.max(1, perBar * view.barsPerCandle() * 0.7);
        for (int k = 0; k < view.size(); k++) {
            double h = view.volume()[k] / max * tallest();
            double x = (view.x()[k] - range.from()) * perBar;
            g.setFill(view.close()[k] >= view.open()[k] ? UP : DOWN);
            g.fillRect(x - barWidth / 2, getHeight() - h, barWidth, h);
        }
    }
}
