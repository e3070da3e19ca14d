package dev.sextant.app.ui.crosses;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.research.CrossScanService;
import dev.sextant.app.research.WatchlistService;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.app.ui.watchlist.WatchlistCatalog;
import dev.sextant.engine.live.LiveCross;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/** The Crosses panel ({@code crosses}): the session's sma-vwap-cross crosses over a universe or watchlist. */
public final class CrossesPanelProvider implements PanelProvider {

    public static final String ID = "crosses";

    private final CrossScanService service;
    private final WatchlistService watchlists;
    private final WatchlistCatalog catalog;
    private final ObjectProperty<ChartMarks> marks;
    private final ObservableList<LiveCross> live;

    /** @param live the crosses of the running replay or live session, latest first */
    public CrossesPanelProvider(CrossScanService service, WatchlistService watchlists, WatchlistCatalog catalog,
            ObjectProperty<ChartMarks> marks, ObservableList<LiveCross> live) {
        this.service = service;
        this.watchlists = watchlists;
        this.catalog = catalog;
        this.marks = marks;
        this.live = live;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Crosses";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        return new CrossesPanel(new CrossesViewModel(service, watchlists, catalog.universes(), catalog.names(), context, marks, live));
    }
}
