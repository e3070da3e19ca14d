package dev.sextant.app.ui.data;

import dev.sextant.app.research.DataService;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.app.ui.watchlist.WatchlistCatalog;
import dev.sextant.app.ui.watchlist.SymbolTableMenus;
import javafx.scene.Node;

/** The data panel ({@code data}): stored series, import, verify. */
public final class DataPanelProvider implements PanelProvider {

    public static final String ID = "data";

    private final DataService service;
    private final WatchlistCatalog watchlists;

    public DataPanelProvider(DataService service, WatchlistCatalog watchlists) {
        this.service = service;
        this.watchlists = watchlists;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.LEFT;
    }

    @Override
    public Node create(PanelContext context) {
        DataPanel panel = new DataPanel(new DataViewModel(service, context));
        SymbolTableMenus.forSeries(panel.storedSeriesTable(), watchlists);
        return panel;
    }
}
