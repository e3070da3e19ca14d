package dev.sextant.app.ui.watchlist;

import dev.sextant.app.api.PanelContext;
import dev.sextant.engine.watchlist.Watchlist;
import dev.sextant.engine.watchlist.WatchlistRow;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State and commands of the Watchlist panel: the chosen list and a row per symbol (last close, change, volume,
 * sparkline), loaded off the FX thread and reloaded after every edit of that list; opening a row makes its symbol
 * the workspace's (the chart follows). A list just created or renamed becomes the chosen one.
 */
public final class WatchlistViewModel {

    private final WatchlistCatalog catalog;
    private final PanelContext context;
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<WatchlistRow> rows = FXCollections.observableArrayList();

    public WatchlistViewModel(WatchlistCatalog catalog, PanelContext context) {
        this.catalog = catalog;
        this.context = context;
        selected.addListener((obs, old, now) -> reload());
        catalog.edited().addListener((obs, old, now) -> edited(now));
        catalog.names().addListener((ListChangeListener<String>) c -> keepSelection());
        keepSelection();
    }

    /** Names of every list. */
    public ObservableList<String> lists() {
        return catalog.names();
    }

    /** The list shown; null when there is none. */
    public ObjectProperty<String> selected() {
        return selected;
    }

    public ObservableList<WatchlistRow> rows() {
        return rows;
    }

    /** What the last edit or load did, or why it failed. */
    public ReadOnlyStringProperty status() {
        return catalog.message();
    }

    /** Makes the row's symbol the workspace's current symbol. */
    public void open(WatchlistRow row) {
        if (row != null && !row.symbol().equals(context.symbol().get())) {
            context.symbol().set(row.symbol());
        }
    }

    /** The workspace's current symbol (the row to show selected). */
    public String currentSymbol() {
        return context.symbol().get();
    }

    public void create(String name) {
        catalog.create(name, List.of());
    }

    public void renameSelected(String newName) {
        if (selected.get() != null) {
            catalog.rename(selected.get(), newName);
        }
    }

    public void deleteSelected() {
        if (selected.get() != null) {
            catalog.delete(selected.get());
        }
    }

    /** Appends to the shown list the symbols it does not hold yet. */
    public void add(List<String> symbols) {
        if (selected.get() != null && !symbols.isEmpty()) {
            catalog.add(selected.get(), symbols);
        }
    }

    public void remove(List<String> symbols) {
        if (selected.get() != null && !symbols.isEmpty()) {
            catalog.remove(selected.get(), symbols);
        }
    }

    /** Moves {@code symbol} of the shown list to place {@code index} (0 = first). */
    public void move(String symbol, int index) {
        if (selected.get() != null) {
            catalog.move(selected.get(), symbol, index);
        }
    }

    /** Reloads the shown list's rows. */
    public void reload() {
        String name = selected.get();
        if (name == null) {
            rows.clear();
            return;
        }
        catalog.load(name, loaded -> {
            if (name.equals(selected.get())) {
                rows.setAll(loaded.rows());
            }
        });
    }

    private void edited(Watchlist list) {
        boolean shown = list.name().equals(selected.get());
        if (catalog.names().contains(list.name()) && !shown) {
            selected.set(list.name());
        } else if (shown) {
            reload();
        }
    }

    private void keepSelection() {
        if (selected.get() == null || !catalog.names().contains(selected.get())) {
            selected.set(catalog.names().isEmpty() ? null : catalog.names().getFirst());
        }
    }
}
