package dev.sextant.app.ui.regime;

import atlantafx.base.theme.Styles;
import dev.sextant.app.ui.form.JobControls;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.paper.Rebalance;
import dev.sextant.engine.paper.StrategySwitch;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The regime map tab of the regime panel: on top the rebalance, universe, first day and Run; on
 * the left the table the user edits (per regime a strategy, or cash, and its parameters); on the
 * right the map's metrics beside each strategy alone, the days each strategy traded and the switches.
 */
final class RegimeMapPane extends VBox {

    private final TableView<RegimeMapViewModel.Result> results = new TableView<>();
    private final TableView<StrategySwitch> switches = new TableView<>();

    RegimeMapPane(RegimeMapViewModel vm) {
        super(6);
        setId("regime-map");
        setPadding(new Insets(6, 0, 0, 0));
        GridPane table = new GridPane(8, 4);
        table.add(muted("Regime"), 0, 0);
        table.add(muted("Strategy (cash: no new entries)"), 1, 0);
        table.add(muted("Params (name=value, ...)"), 2, 0);
        for (RegimeMapViewModel.Row row : vm.rows()) {
            int r = row.regime().ordinal() + 1;
            table.add(new Label(row.regime().label()), 0, r);
            ComboBox<String> strategy = new ComboBox<>(vm.strategies());
            strategy.setId("regime-map-strategy-" + row.regime().label());
            strategy.valueProperty().bindBidirectional(row.strategy());
            strategy.setPrefWidth(140);
            table.add(strategy, 1, r);
            TextField params = new TextField();
            params.setId("regime-map-params-" + row.regime().label());
            params.setPromptText("defaults");
            params.setPrefColumnCount(8);
            params.textProperty().bindBidirectional(row.params());
            table.add(params, 2, r);
        }
        ComboBox<Rebalance> rebalance = new ComboBox<>();
        rebalance.setId("regime-map-rebalance");
        rebalance.getItems().setAll(Rebalance.values());
        rebalance.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Rebalance r) {
                return r == null ? "" : r.text();
            }

            @Override
            public Rebalance fromString(String text) {
                return Rebalance.parse(text);
            }
        });
        rebalance.valueProperty().bindBidirectional(vm.rebalance());
        ComboBox<String> universe = new ComboBox<>(vm.universes());
        universe.setId("regime-map-universe");
        universe.valueProperty().bindBidirectional(vm.universe());
        universe.setPrefWidth(120);
        TextField from = new TextField();
        from.setId("regime-map-from");
        from.setPromptText("first bar");
        from.setPrefColumnCount(9);
        from.textProperty().bindBidirectional(vm.from());
        JobControls job = new JobControls("regime-map-run", "Run", MaterialDesignP.PLAY, vm::run, vm::cancel, vm.busy(),
                vm.progress(), vm.status(), "regime-map-status");
        HBox options = new HBox(6, new Label("Rebalance"), rebalance, new Label("Universe"), universe, new Label("From"), from,
                job.start(), job.cancel(), job.progress());
        options.setAlignment(Pos.CENTER_LEFT);
        Label status = job.status();
        status.setWrapText(true);
        Label note = muted("At each rebalance close the strategy of that day's regime trades from the next day;"
                + " positions stay open and follow the exits of the strategy trading (in cash: of the last one).");
        note.setWrapText(true);
        note.setMaxWidth(520);
        VBox left = new VBox(8, table, note);
        left.setMinWidth(USE_PREF_SIZE);

        buildResults();
        buildSwitches();
        Label days = new Label();
        days.setId("regime-map-days");
        days.setWrapText(true);
        days.textProperty().bind(vm.daysTraded());
        results.setItems(vm.results());
        switches.setItems(vm.switches());
        VBox.setVgrow(switches, Priority.ALWAYS);
        VBox right = new VBox(6, muted("The map beside each strategy alone (same symbols, days and settings)"), results,
                muted("Days each strategy traded"), days, muted("Switches: decided at the close, trading from the next day"),
                switches);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(0);
        HBox body = new HBox(12, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().setAll(options, status, body);
    }

    private void buildResults() {
        results.setId("regime-map-results");
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        results.getColumns().setAll(java.util.List.of(
                Columns.text("Strategy", 150, RegimeMapViewModel.Result::name),
                Columns.text("Return", 66, x -> pct(x.totalReturn())),
                Columns.text("CAGR", 58, x -> x.cagr() == null ? "-" : pct(x.cagr())),
                Columns.text("Sharpe", 48, x -> x.sharpe() == null ? "-" : String.format(Locale.ROOT, "%.2f", x.sharpe())),
                Columns.text("Max DD", 62, x -> pct(x.maxDrawdown())),
                Columns.number("Trades", 50, "%.0f", x -> (double) x.trades())));
        results.setPrefWidth(440);
        results.setFixedCellSize(24);
        results.setPrefHeight(36 + 4 * 24);
        results.setMinHeight(USE_PREF_SIZE);
        results.setPlaceholder(new Label("Edit the map and Run"));
    }

    private void buildSwitches() {
        switches.setId("regime-map-switches");
        switches.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        switches.getColumns().setAll(java.util.List.of(
                Columns.text("Date", 96, s -> s.date().toString()),
                Columns.text("Regime", 110, s -> s.regime() == null ? "unclassified" : s.regime()),
                Columns.text("From", 150, StrategySwitch::from),
                Columns.text("To", 150, StrategySwitch::to)));
        switches.setPlaceholder(new Label("No switch yet"));
        switches.setTooltip(new Tooltip("Each switch: the regime known at that close and the strategy it maps to"));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%+.1f %%", 100 * v);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    TableView<RegimeMapViewModel.Result> results() {
        return results;
    }

    TableView<StrategySwitch> switches() {
        return switches;
    }
}
