package dev.sextant.app.ui.crosses;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sextant.app.ui.form.JobControls;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.scan.SessionCross;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Crosses panel: the session's sma-vwap-cross crosses over a universe or watchlist (source,
 * timeframe, Scan), one row per cross with its time, symbol, direction, price, distance from the
 * session VWAP and bars since. Selecting a row charts the symbol with the crosses marked.
 */
public final class CrossesPanel extends BorderPane {

    private final CrossesViewModel vm;
    private final TableView<SessionCross> table = new TableView<>();

    public CrossesPanel(CrossesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("crosses-panel");
        ComboBox<CrossSource> source = new ComboBox<>(vm.sources());
        source.setId("crosses-source");
        source.valueProperty().bindBidirectional(vm.source());
        ComboBox<Timeframe> timeframe = new ComboBox<>(javafx.collections.FXCollections.observableList(CrossesViewModel.TIMEFRAMES));
        timeframe.setId("crosses-timeframe");
        timeframe.valueProperty().bindBidirectional(vm.timeframe());
        timeframe.setButtonCell(codeCell());
        timeframe.setCellFactory(l -> codeCell());
        JobControls job = new JobControls("crosses-run", "Scan", MaterialDesignP.PLAY, vm::run, vm::cancel, vm.busy(),
                vm.progress(), vm.status(), "crosses-status");
        HBox row = new HBox(6, new Label("Source"), source, new Label("Timeframe"), timeframe, job.start(), job.cancel(),
                job.progress());
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("panel-tool-row");
        VBox top = new VBox(4, row, job.status());
        top.setPadding(new Insets(4, 6, 4, 6));
        setTop(top);
        setCenter(table());
    }

    private static ListCell<Timeframe> codeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Timeframe tf, boolean empty) {
                super.updateItem(tf, empty);
                setText(empty || tf == null ? null : tf.code());
            }
        };
    }

    private TableView<SessionCross> table() {
        table.setId("crosses-table");
        table.setItems(vm.crosses());
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SessionCross, String> direction = Columns.text("Direction", 70, SessionCross::direction);
        direction.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d);
                getStyleClass().removeAll("cross-up", "cross-down");
                if (!empty && d != null) {
                    getStyleClass().add("cross-" + d);
                }
            }
        });
        table.getColumns().setAll(List.of(
                Columns.text("Time (NY)", 90, CrossesViewModel::time),
                Columns.text("Symbol", 80, SessionCross::symbol),
                direction,
                Columns.number("Price", 80, "%.2f", SessionCross::price),
                Columns.number("VWAP", 80, "%.2f", SessionCross::vwap),
                Columns.number("From VWAP %", 90, "%+.3f", c -> 100 * c.distance()),
                Columns.number("Bars since", 80, "%.0f", c -> (double) c.barsSince())));
        Columns.fitContent(table);
        table.setPlaceholder(new Label("No crosses yet: choose a source and a timeframe, then Scan."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now);
            }
        });
        return table;
    }

    TableView<SessionCross> crossesTable() {
        return table;
    }
}
