package dev.sextant.app.ui.chart;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.DrawingService;
import dev.sextant.app.ui.chart.drawing.DrawingsViewModel;
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

    /**
     * @param marks the workspace's chart marks (trades, signals)
     * @param regimes the market regimes for the background shading
     * @param settings where the workspace keeps the chart's studies, volume mode and pane heights
     * @param drawings the stored chart drawings of each symbol
     */
    public ChartPanelProvider(ObjectProperty<ChartMarks> marks, RegimeSource regimes, ChartSettingsStore settings,
                              DrawingService drawings) {
        this.marks = marks;
        this.regimes = regimes;
        this.settings = settings;
        this.drawings = drawings;
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
        return new ChartPanel(new ChartViewModel(context, marks, regimes, settings), new DrawingsViewModel(context, drawings));
    }
}
