package dev.sextant.app.ui.chart;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import javafx.scene.Node;

/** The chart panel ({@code chart}): candles, volume, studies of the workspace's current symbol. */
public final class ChartPanelProvider implements PanelProvider {

    public static final String ID = "chart";

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
        return new ChartPanel(new ChartViewModel(context));
    }
}
