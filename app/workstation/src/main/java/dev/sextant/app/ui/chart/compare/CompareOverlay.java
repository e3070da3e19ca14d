package dev.sextant.app.ui.chart.compare;

import dev.sextant.engine.market.PriceColumns;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/**
 * The compare lines of the price pane. Each line is rebased onto the main symbol's close at its base
 * bar (the first visible bar where it has a close): drawn at {@code mainClose[base] * close[i] / close[base]},
 * it starts on the candles and moves by the same percentages as the symbol, on a linear and on a
 * log scale (docs/adr/0016-compare-overlays.md). The percentages themselves are in its legend entry.
 */
public final class CompareOverlay {

    static final double WIDTH = 1.8;

    private final CompareViewModel vm;
    private final PriceColumns bars;
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final CompareLegend legend;
    private final List<DoubleDataSet> sets = new ArrayList<>();
    private List<CompareLine> shown = List.of();

    /**
     * @param bars the main symbol's bars the chart shows
     * @param hover the bar under the crosshair, -1 when the mouse is away
     */
    public CompareOverlay(CompareViewModel vm, PriceColumns bars, IntSupplier hover) {
        this.vm = vm;
        this.bars = bars;
        this.legend = new CompareLegend(vm, hover);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(false);
        renderer.setAllowNaNs(true);
        renderer.setPointReduction(false);
    }

    public ErrorDataSetRenderer renderer() {
        return renderer;
    }

    /** The legend entries, to lay over the price pane. */
    public CompareLegend legend() {
        return legend;
    }

    /** The data sets drawn now (the chart read-locks them while it paints). */
    public List<DoubleDataSet> dataSets() {
        return List.copyOf(sets);
    }

    /**
     * Draws the compare lines for the visible bars {@code [from, to)} drawn as candles at {@code x}, hands
     * their values to {@code prices} (the price scale holds them) and refreshes the legend for the new first
     * visible bar. (The chart's candle view is passed in pieces: this package does not depend on the chart's.)
     *
     * @param sample a column aligned with the bars, sampled at the candles as lines are drawn
     */
    public void write(int from, int to, double[] x, UnaryOperator<double[]> sample, Consumer<double[]> prices) {
        vm.visible(from, to);
        List<CompareLine> lines = vm.lines().get();
        if (!lines.equals(shown)) {
            shown = lines;
            renderer.getDatasets().removeAll(sets);
            sets.clear();
            for (CompareLine line : lines) {
                if (line.drawnOn(bars.time())) {
                    DoubleDataSet ds = new DoubleDataSet("compare " + line.symbol());
                    ds.addStyleClasses("compare-line");
                    ds.setStyle(String.format(Locale.ROOT, "-fx-line-color: %s; -fx-line-width: %.1f;", line.colour(), WIDTH));
                    sets.add(ds);
                }
            }
            renderer.getDatasets().addAll(sets);
            legend.show(lines);
        }
        int k = 0;
        for (CompareLine line : lines) {
            if (line.drawnOn(bars.time())) {
                double[] y = onMainScale(line, sample.apply(line.closes()), line.baseIndex(from, to), bars.close());
                sets.get(k++).set(x, y, true);
                prices.accept(y);
            }
        }
        legend.refresh();
    }

    /** The line's closes {@code sampled} at the visible candles, rebased onto the main close at its base bar (-1: none). */
    static double[] onMainScale(CompareLine line, double[] sampled, int base, double[] mainClose) {
        double[] y = sampled.clone();
        double factor = base < 0 ? Double.NaN : mainClose[base] / line.closes()[base];
        for (int k = 0; k < y.length; k++) {
            y[k] *= factor;
        }
        return y;
    }

    /** Shows each legend entry's value at the bar under the crosshair (or the last visible bar). */
    public void refreshLegend() {
        legend.refresh();
    }
}
