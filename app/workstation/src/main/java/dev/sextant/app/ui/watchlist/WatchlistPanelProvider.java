package dev.sextant.app.ui.watchlist;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import javafx.scene.Node;

/** The Watchlist panel ({@code watchlist}): named symbol lists with last price, change, volume and sparkline. */
public final class WatchlistPanelProvider implements PanelProvider {

    public static final String ID = "watchlist";

    private final WatchlistCatalog catalog;

    public WatchlistPanelProvider(WatchlistCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Watchlist";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.LEFT;
    }

    @Override
    public Node create(PanelContext context) {
        return new WatchlistPanel(new WatchlistViewModel(catalog, context));
    }
}
