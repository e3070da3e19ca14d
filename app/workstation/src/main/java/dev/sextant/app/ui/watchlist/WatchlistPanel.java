package dev.sextant.app.ui.watchlist;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sextant.app.ui.chart.ChartViewModel;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.watchlist.WatchlistRow;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The Watchlist panel: a list picker with new / rename / delete, a box to add a symbol, and the table of the list's
 * symbols (last close, change and change % from the previous close, volume, a sparkline of the last 60 closes).
 * Clicking a row or walking the rows with the arrow keys charts the symbol. Rows are reordered by dragging them, or
 * with Alt+Up / Alt+Down or "Move up / down" in the table's context menu; Delete removes a row; symbols dragged from the data panel are appended.
 */
public final class WatchlistPanel extends BorderPane {

    private final WatchlistViewModel vm;
    private final TableView<WatchlistRow> table = new TableView<>();

    public WatchlistPanel(WatchlistViewModel vm) {
        this.vm = vm;
        setTop(toolRow());
        setCenter(symbolTable());
        Label status = new Label();
        status.setId("watchlist-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(vm.status());
        status.setPadding(new Insets(2, 6, 2, 6));
        setBottom(status);
    }

    public WatchlistViewModel viewModel() {
        return vm;
    }

    public TableView<WatchlistRow> table() {
        return table;
    }

    private HBox toolRow() {
        ComboBox<String> lists = new ComboBox<>(vm.lists());
        lists.setId("watchlist-lists");
        lists.setPromptText("No lists: create one");
        lists.valueProperty().bindBidirectional(vm.selected());
        lists.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(lists, Priority.ALWAYS);
        Button create = iconButton("watchlist-new", new FontIcon(MaterialDesignP.PLAYLIST_PLUS), "New list");
        create.setOnAction(e -> WatchlistMenus.askName(this, "New watchlist", "").ifPresent(vm::create));
        Button rename = iconButton("watchlist-rename", new FontIcon(MaterialDesignR.RENAME_BOX), "Rename this list");
        rename.setOnAction(e -> WatchlistMenus.askName(this, "Rename watchlist", vm.selected().get()).ifPresent(vm::renameSelected));
        Button delete = iconButton("watchlist-delete", new FontIcon(MaterialDesignD.DELETE_OUTLINE), "Delete this list");
        delete.setOnAction(e -> confirmDelete());
        rename.disableProperty().bind(vm.selected().isNull());
        delete.disableProperty().bind(vm.selected().isNull());
        TextField symbol = new TextField();
        symbol.setId("watchlist-add-symbol");
        symbol.setPromptText("Add symbol");
        symbol.setPrefColumnCount(6);
        symbol.disableProperty().bind(vm.selected().isNull());
        symbol.setOnAction(e -> {
            List<String> typed = List.of(symbol.getText().strip().split("[\\s,]+"));
            if (!symbol.getText().isBlank()) {
                vm.add(typed);
                symbol.clear();
            }
        });
        HBox row = new HBox(4, lists, create, rename, delete, symbol);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        row.getStyleClass().add("panel-tool-row");
        return row;
    }

    private static Button iconButton(String id, FontIcon icon, String tip) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void confirmDelete() {
        String name = vm.selected().get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete the watchlist '" + name + "'?", ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Delete watchlist");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.deleteSelected());
    }

    private TableView<WatchlistRow> symbolTable() {
        table.setId("watchlist-table");
        table.setItems(vm.rows());
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<WatchlistRow, WatchlistRow> spark = new TableColumn<>("60 bars");
        spark.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        spark.setCellFactory(c -> new SparklineCell());
        spark.setMinWidth(SparklineCell.WIDTH + 10);
        spark.setSortable(false);
        TableColumn<WatchlistRow, String> volume = Columns.text("Volume", 60,
                r -> Double.isNaN(r.volume()) ? "" : ChartViewModel.volume(r.volume()));
        volume.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(
                Columns.text("Symbol", 74, WatchlistRow::symbol),
                Columns.number("Last", 62, "%.2f", WatchlistRow::last),
                signed("Chg", 52, "%+.2f", WatchlistRow::change),
                signed("Chg %", 60, "%+.2f%%", WatchlistRow::changePct),
                volume,
                spark));
        Columns.fitContent(table);
        table.getColumns().forEach(c -> c.setSortable(false)); // the list's own order is the user's
        table.setPlaceholder(new Label("Empty list: type a symbol above, drag one from the Data panel, or use its "
                + "context menu \"Add to watchlist\"."));
        ((Label) table.getPlaceholder()).setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.open(now));
        vm.rows().addListener((ListChangeListener<WatchlistRow>) c -> selectCurrentSymbol());
        table.setRowFactory(t -> row());
        table.setContextMenu(rowMenu());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (table.getSelectionModel().getSelectedItem() == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                vm.remove(List.of(table.getSelectionModel().getSelectedItem().symbol()));
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        acceptDrops(table, () -> vm.rows().size());
        return table;
    }

    /** After a reload, shows the chart's symbol selected (so Up/Down walk on from it) without re-opening it. */
    private void selectCurrentSymbol() {
        String current = vm.currentSymbol();
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).symbol().equals(current)) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    /** A numeric column whose rises show green and falls red. */
    private static TableColumn<WatchlistRow, Double> signed(String title, double width, String format,
                                                            ToDoubleFunction<WatchlistRow> value) {
        TableColumn<WatchlistRow, Double> c = Columns.number(title, width, format, r -> value.applyAsDouble(r));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                boolean shown = !empty && v != null && Double.isFinite(v);
                setText(shown ? String.format(Locale.ROOT, format, v) : "");
                setStyle(!shown || v == 0 ? "" : "-fx-text-fill: " + (v > 0 ? "-color-success-fg" : "-color-danger-fg") + ";");
            }
        });
        return c;
    }

    private TableRow<WatchlistRow> row() {
        TableRow<WatchlistRow> row = new TableRow<>();
        SymbolDrag.source(row, () -> row.isEmpty() ? List.of() : List.of(row.getItem().symbol()));
        acceptDrops(row, () -> row.isEmpty() ? vm.rows().size() : row.getIndex());
        return row;
    }

    /** Move up, move down and remove, for the selected row. */
    private ContextMenu rowMenu() {
        MenuItem up = new MenuItem("Move up    Alt+Up");
        up.setOnAction(e -> moveSelected(-1));
        MenuItem down = new MenuItem("Move down    Alt+Down");
        down.setOnAction(e -> moveSelected(1));
        MenuItem remove = new MenuItem("Remove from list    Delete");
        remove.setOnAction(e -> vm.remove(List.of(table.getSelectionModel().getSelectedItem().symbol())));
        var index = table.getSelectionModel().selectedIndexProperty();
        up.disableProperty().bind(index.lessThan(1));
        down.disableProperty().bind(index.lessThan(0).or(index.greaterThanOrEqualTo(Bindings.size(vm.rows()).subtract(1))));
        remove.disableProperty().bind(index.lessThan(0));
        return new ContextMenu(up, down, remove);
    }

    private void moveSelected(int by) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i + by >= 0 && i + by < vm.rows().size()) {
            vm.move(vm.rows().get(i).symbol(), i + by);
        }
    }

    /**
     * Drops of symbols on {@code target}: a row of this list moves to {@code place()}; symbols from elsewhere
     * (the data panel) are appended.
     */
    private void acceptDrops(Node target, IntSupplier place) {
        target.setOnDragOver(e -> {
            if (vm.selected().get() != null && !SymbolDrag.symbols(e.getDragboard()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        target.setOnDragDropped(e -> {
            List<String> symbols = SymbolDrag.symbols(e.getDragboard());
            boolean ok = !symbols.isEmpty() && vm.selected().get() != null;
            if (ok) {
                boolean reorder = symbols.size() == 1 && vm.rows().stream().anyMatch(r -> r.symbol().equals(symbols.getFirst()));
                if (reorder) {
                    vm.move(symbols.getFirst(), place.getAsInt());
                } else {
                    vm.add(symbols);
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
