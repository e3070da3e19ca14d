package dev.sextant.app.ui.chart;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.DrawingService;
import dev.sextant.app.ui.chart.drawing.DrawingsViewModel;
import dev.sextant.app.ui.live.LiveFeed;
import dev.sextant.app.ui.marks.ChartMarks;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

/** The chart panel ({@code chart}): candles, volume, studies of the workspace's current symbol, regime shading on demand. */
public final class ChartPanelProvider implements PanelProvider {

    public static final String ID = "chart";

    private final ObjectProperty<ChartMarks> marks;
    private final RegimeSource regimes;
    private final ChartSettingsStore settings;
    private final DrawingService drawings;
    private final LiveFeed feed;

    /**
     * @param marks the workspace's chart marks (trades, signals)
     * @param regimes the market regimes for the background shading
     * @param settings where the workspace keeps the chart's studies, volume mode and pane heights
     * @param drawings the stored chart drawings of each symbol
     * @param feed the bars of a running stream, put into the chart as they come
     */
    public ChartPanelProvider(ObjectProperty<ChartMarks> marks, RegimeSource regimes, ChartSettingsStore settings,
                              DrawingService drawings, LiveFeed feed) {
        this.marks = marks;
        this.regimes = regimes;
        this.settings = settings;
        this.drawings = drawings;
        this.feed = feed;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Chart";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.CENTER;
    }

    @Override
    public Node create(PanelContext context) {
        ChartViewModel vm = new ChartViewModel(context, marks, regimes, settings);
        vm.streamWindow(feed.window().get());
        feed.window().addListener((obs, old, now) -> vm.streamWindow(now));
        feed.addBarListener(vm::streamed);
        return new ChartPanel(vm, new DrawingsViewModel(context, drawings));
    }
}
