package dev.sextant.app.ui.watchlist;

import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.spi.Signal;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableView;

/**
 * Puts the watchlist entries on the tables of other panels: the data panel's series (drag rows onto a list, "Add to
 * watchlist ▸", "Save universe as watchlist ▸") and the scanner's signals ("Add to watchlist ▸", "Save signals as
 * watchlist...").
 */
public final class SymbolTableMenus {

    private SymbolTableMenus() {
    }

    public static void forSeries(TableView<SeriesInfo> table, WatchlistCatalog catalog) {
        SymbolDrag.source(table, () -> selected(table, SeriesInfo::symbol));
        table.setContextMenu(new ContextMenu(
                WatchlistMenus.addTo(catalog, table, () -> selected(table, SeriesInfo::symbol)),
                WatchlistMenus.saveUniverse(catalog, table)));
    }

    public static void forSignals(TableView<Signal> table, WatchlistCatalog catalog) {
        SymbolDrag.source(table, () -> selected(table, Signal::symbol));
        table.setContextMenu(new ContextMenu(
                WatchlistMenus.addTo(catalog, table, () -> selected(table, Signal::symbol)),
                WatchlistMenus.saveAs(catalog, table, "Save signals as watchlist...", "scan",
                        () -> table.getItems().stream().map(Signal::symbol).distinct().toList())));
    }

    /** The distinct symbols of the selected rows, in table order. */
    private static <R> List<String> selected(TableView<R> table, Function<R, String> symbol) {
        return table.getSelectionModel().getSelectedItems().stream().map(symbol).distinct().toList();
    }
}
