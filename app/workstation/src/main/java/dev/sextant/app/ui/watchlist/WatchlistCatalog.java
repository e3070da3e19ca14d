package dev.sextant.app.ui.watchlist;

import dev.sextant.app.api.TaskRunner;
import dev.sextant.app.research.WatchlistService;
import dev.sextant.engine.watchlist.Watchlist;
import dev.sextant.engine.watchlist.WatchlistRow;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The watchlists as the whole workstation sees them: their names and the universes a list can be made from, kept
 * current on the FX thread, and the edits (create, rename, delete, add, remove, move, save a universe), each run as a
 * background job that writes one transaction. Shared by the Watchlist panel and the panels that add to lists (data,
 * scanner), so an edit made in one shows in the others.
 */
public final class WatchlistCatalog {

    private final WatchlistService service;
    private final TaskRunner tasks;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<String> universes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Watchlist> edited = new ReadOnlyObjectWrapper<>(this, "edited");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** A list and a row per symbol, in its order. */
    public record Loaded(Watchlist list, List<WatchlistRow> rows) {
    }

    public WatchlistCatalog(WatchlistService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
        refresh();
    }

    /** Names of the stored lists, sorted. */
    public ObservableList<String> names() {
        return names;
    }

    /** {@code all} and the stored and bundled universes. */
    public ObservableList<String> universes() {
        return universes;
    }

    /** The list as the last edit left it (a new object per edit, also when its content is unchanged). */
    public ReadOnlyObjectProperty<Watchlist> edited() {
        return edited.getReadOnlyProperty();
    }

    /** What the last edit did, or why it failed. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Reloads the names and universes. */
    public void refresh() {
        tasks.submit("List watchlists", (p, c) -> new Names(service.lists().stream().map(Watchlist::name).toList(),
                service.universes()), n -> {
            names.setAll(n.lists());
            universes.setAll(n.universes());
        }, e -> message.set("Could not list the watchlists: " + e.getMessage()));
    }

    private record Names(List<String> lists, List<String> universes) {
    }

    /** Loads {@code name} and each of its symbols' row from the daily bars, off the FX thread. */
    public void load(String name, Consumer<Loaded> done) {
        tasks.submit("Load watchlist " + name, (p, c) -> {
            Watchlist list = service.show(name);
            return new Loaded(list, service.rows(list));
        }, done, e -> message.set("Could not load watchlist '" + name + "': " + e.getMessage()));
    }

    public void create(String name, List<String> symbols) {
        edit("Create watchlist " + name, () -> service.create(name, symbols), w -> "Created " + w.name()
                + (w.symbols().isEmpty() ? "." : " with " + w.symbols().size() + " symbols."));
    }

    public void rename(String name, String newName) {
        edit("Rename watchlist " + name, () -> service.rename(name, newName), w -> "Renamed " + name + " to " + w.name() + ".");
    }

    public void delete(String name) {
        edit("Delete watchlist " + name, () -> {
            Watchlist gone = service.show(name);
            service.delete(name);
            return gone;
        }, w -> "Deleted " + w.name() + ".");
    }

    public void add(String name, List<String> symbols) {
        edit("Add to watchlist " + name, () -> service.add(name, symbols),
                w -> "Added " + String.join(", ", symbols) + " to " + w.name() + ".");
    }

    public void remove(String name, List<String> symbols) {
        edit("Remove from watchlist " + name, () -> service.remove(name, symbols),
                w -> "Removed " + String.join(", ", symbols) + " from " + w.name() + ".");
    }

    /** Moves {@code symbol} to place {@code index} (0 = first). */
    public void move(String name, String symbol, int index) {
        edit("Reorder watchlist " + name, () -> service.move(name, symbol, index),
                w -> "Moved " + symbol + " to place " + (w.symbols().indexOf(symbol) + 1) + " of " + w.name() + ".");
    }

    /** A new list {@code name} holding the members of {@code universe}. */
    public void saveUniverse(String universe, String name) {
        edit("Save universe " + universe + " as watchlist", () -> service.saveUniverse(universe, name),
                w -> "Saved universe " + universe + " as " + w.name() + " (" + w.symbols().size() + " symbols).");
    }

    @FunctionalInterface
    private interface Edit {
        Watchlist run() throws Exception;
    }

    private void edit(String title, Edit work, Function<Watchlist, String> done) {
        tasks.submit(title, (p, c) -> {
            Watchlist w = work.run();
            return new Edited(w, service.lists().stream().map(Watchlist::name).toList());
        }, r -> {
            names.setAll(r.names());
            message.set(done.apply(r.list()));
            edited.set(r.list());
        }, e -> message.set(title + " failed: " + e.getMessage()));
    }

    private record Edited(Watchlist list, List<String> names) {
    }
}
