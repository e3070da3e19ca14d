package dev.sextant.app.ui.watchlist;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;

/**
 * The watchlist entries other panels put in their context menus: "Add to watchlist ▸" (each list, and a new one) for
 * the symbols the user chose, "Save as watchlist..." for a whole result, and "Save universe as watchlist ▸". The
 * submenus are filled from the catalog when they open, so they list the lists as they are then.
 */
public final class WatchlistMenus {

    private WatchlistMenus() {
    }

    /** "Add to watchlist ▸": adds {@code symbols()} to the list picked, or to a new list named in a dialog. */
    public static Menu addTo(WatchlistCatalog catalog, Node owner, Supplier<List<String>> symbols) {
        Menu menu = new Menu("Add to watchlist");
        menu.setId("add-to-watchlist");
        MenuItem placeholder = new MenuItem("(no lists yet)");
        menu.getItems().add(placeholder);
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (String name : catalog.names()) {
                MenuItem item = new MenuItem(name);
                item.setOnAction(a -> catalog.add(name, symbols.get()));
                menu.getItems().add(item);
            }
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem fresh = new MenuItem("New list...");
            fresh.setOnAction(a -> askName(owner, "New watchlist", "").ifPresent(n -> catalog.create(n, symbols.get())));
            menu.getItems().add(fresh);
        });
        return menu;
    }

    /** "Save as watchlist...": a new list, named in a dialog that suggests {@code suggested}, of {@code symbols()}. */
    public static MenuItem saveAs(WatchlistCatalog catalog, Node owner, String text, String suggested, Supplier<List<String>> symbols) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(a -> {
            List<String> all = symbols.get();
            if (!all.isEmpty()) {
                askName(owner, text.replace("...", ""), suggested).ifPresent(n -> catalog.create(n, all));
            }
        });
        return item;
    }

    /** "Save universe as watchlist ▸": a new list, named in a dialog, of the members of the universe picked. */
    public static Menu saveUniverse(WatchlistCatalog catalog, Node owner) {
        Menu menu = new Menu("Save universe as watchlist");
        menu.setId("save-universe-as-watchlist");
        menu.getItems().add(new MenuItem("(no universes)"));
        menu.setOnShowing(e -> menu.getItems().setAll(catalog.universes().stream().map(u -> {
            MenuItem item = new MenuItem(u);
            item.setOnAction(a -> askName(owner, "Save universe " + u + " as watchlist", u)
                    .ifPresent(n -> catalog.saveUniverse(u, n)));
            return item;
        }).toList()));
        return menu;
    }

    /** Asks for a list name; empty when the user cancels or gives a blank one. */
    static Optional<String> askName(Node owner, String title, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText("Name:");
        dialog.getEditor().setId("watchlist-name-input");
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
