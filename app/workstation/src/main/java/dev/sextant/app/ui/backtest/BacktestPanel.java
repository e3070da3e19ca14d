package dev.sextant.app.ui.backtest;

import dev.sextant.app.research.report.MonthlyReturns;
import dev.sextant.app.research.report.KpiText;
import dev.sextant.app.research.report.Tearsheet;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sextant.app.research.SimulationChoices;
import dev.sextant.app.ui.form.FormGrid;
import dev.sextant.app.ui.form.ResearchChoicesForm;
import dev.sextant.app.ui.form.JobControls;
import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.backtest.ConstraintReport;
import dev.sextant.engine.backtest.EquityCurve;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.RunSummary;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.backtest.ShareCount;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The backtest panel: the request form and saved runs on the left; on the right the run's KPI
 * tiles, equity against the benchmark (and a compared run), the underwater curve, monthly returns,
 * round trips (selecting one charts it), a side-by-side comparison and the HTML tearsheet.
 */
public final class BacktestPanel extends BorderPane {

    private final BacktestViewModel vm;
    private final KpiTiles tiles = new KpiTiles();
    private final CurveChart equity = new CurveChart("equity-chart", "%.0f %%", false);
    private final CurveChart underwater = new CurveChart("underwater-chart", "%.0f %%", true);
    private final MonthlyHeatmap monthly = new MonthlyHeatmap();
    private final TableView<RoundTrip> trips = new TableView<>();
    private final TableView<String[]> comparison = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Label title = new Label("No run yet: fill in the form and press Run, or open a saved run.");

    public BacktestPanel(BacktestViewModel vm) {
        this.vm = vm;
        getStyleClass().add("backtest-panel");
        SplitPane split = new SplitPane(form(), results());
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        setCenter(split);
        vm.run().addListener((obs, old, now) -> showRun());
        vm.compare().addListener((obs, old, now) -> showRun());
        showRun();
    }

    private Node form() {
        ComboBox<String> fill = new ComboBox<>();
        fill.setId("backtest-fill");
        fill.getItems().setAll(BacktestViewModel.FILLS);
        fill.valueProperty().bindBidirectional(vm.fill());
        fill.setMaxWidth(Double.MAX_VALUE);
        fill.setTooltip(new Tooltip("next-open: decided on a close, filled at the next open; same-close is optimistic"));
        CheckBox closeOnly = new CheckBox("close only");
        closeOnly.setId("backtest-close-only");
        closeOnly.setTooltip(new Tooltip("Check stops and targets on closes only; exit at the next fill"));
        closeOnly.selectedProperty().bindBidirectional(vm.closeOnly());
        CheckBox fractional = new CheckBox("fractional");
        fractional.setId("backtest-fractional");
        fractional.setTooltip(new Tooltip("Hold fractional shares (else whole shares, rounded down)"));
        fractional.selectedProperty().bindBidirectional(vm.fractional());
        ComboBox<String> reentry = choice("backtest-reentry", BacktestViewModel.REENTRIES, vm.reentry(),
                "same-close: a symbol sold at a close may be bought again at that close (needs same-close fills)");
        ComboBox<String> returns = choice("backtest-returns", BacktestViewModel.RETURNS, vm.returns(),
                "total: cash dividends are credited on the ex-date; price: price moves only");

        ResearchChoicesForm choices = new ResearchChoicesForm(vm.choices(), "backtest");
        FormGrid top = choices.addStrategy(new FormGrid().addPreset(vm.preset(), "backtest-preset"));
        FormGrid market = choices.addMarketAndDates(new FormGrid())
                .add(vm.capital(), SimulationChoices.DEFAULT_CAPITAL, "backtest-capital")
                .add(vm.sizing(), presets(vm.sizing(), "backtest-sizing", "equal-weight", "all-in", "fixed-fraction:0.1",
                        "atr-risk:0.01", "vol-target:0.15", "fixed-amount:15000", "initial-fraction:0.15"))
                .add("Shares", fractional)
                .add(vm.leverage(), "1 = cash account, up to 10", "backtest-leverage")
                .add(vm.maxPositions(), SimulationChoices.DEFAULT_MAX_POSITIONS, "backtest-max-positions")
                .add("Fill", fill)
                .add("Exits", closeOnly)
                .add("Re-entry", reentry)
                .add("Returns", returns)
                .add(vm.commission(), presets(vm.commission(), "backtest-commission", "bps:0", "bps:5", "per-share:0.005", "per-trade:1"))
                .add(vm.slippage(), presets(vm.slippage(), "backtest-slippage", "bps:0", "bps:5", "range:0.1"))
                .add(vm.benchmark(), "SPY or IDX.SX; none", "backtest-benchmark")
                .add(vm.riskFree(), "annual, e.g. 0.02", "backtest-risk-free")
                .add(vm.seed(), "recorded with the run", "backtest-seed")
                .addRules(vm.rules(), "backtest");

        JobControls job = new JobControls("backtest-run", "Run", MaterialDesignP.PLAY, vm::runBacktest, vm::cancel, vm.busy(), vm.progress(),
                vm.status(), "backtest-status");
        HBox buttons = job.row();
        Label status = job.status();

        ListView<RunSummary> history = new ListView<>(vm.history());
        history.setId("backtest-history");
        history.setPrefHeight(140);
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RunSummary r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : label(r));
            }
        });
        history.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && history.getSelectionModel().getSelectedItem() != null) {
                vm.open(history.getSelectionModel().getSelectedItem().id());
            }
        });
        Label historyTitle = new Label("Saved runs (double click to open)");
        historyTitle.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(6, buttons, status, top, FormGrid.params(vm.params(), "backtest-param-"), market, historyTitle, history);
        box.setPadding(new Insets(6));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(280);
        return scroll;
    }

    private static ComboBox<String> choice(String id, List<String> values,
            javafx.beans.property.ObjectProperty<String> value, String tip) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip(tip));
        return box;
    }

    private static ComboBox<String> presets(ValidatedField field, String id, String... values) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(field.text());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static String label(RunSummary r) {
        return String.format(Locale.ROOT, "#%d %s  %d sym  %+.1f %%  %d trades", r.id(), r.strategyId(), r.symbols(),
                100 * r.totalReturn(), r.trades());
    }

    private Node results() {
        title.setId("backtest-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        ComboBox<RunSummary> compare = new ComboBox<>();
        compare.setId("backtest-compare");
        compare.setPromptText("Compare with a saved run");
        compare.setItems(vm.history());
        compare.setButtonCell(summaryCell());
        compare.setCellFactory(l -> summaryCell());
        compare.valueProperty().addListener((obs, old, now) -> vm.compareWith(now == null ? -1 : now.id()));
        vm.history().addListener((ListChangeListener<RunSummary>) c -> {
            if (vm.compare().get() == null) {
                compare.setValue(null);
            }
        });
        compare.setPrefWidth(250);
        compare.setMinWidth(160);
        Button clear = new Button("Clear");
        clear.setMinWidth(USE_PREF_SIZE);
        clear.setOnAction(e -> compare.setValue(null));
        Button tearsheet = new Button("Tearsheet", new FontIcon(MaterialDesignF.FILE_CHART_OUTLINE));
        tearsheet.setId("backtest-tearsheet");
        tearsheet.setTooltip(new Tooltip("Export the run as one HTML file with its charts"));
        tearsheet.setOnAction(e -> exportTearsheet());
        tearsheet.disableProperty().bind(vm.run().isNull());
        tearsheet.setMinWidth(USE_PREF_SIZE);
        title.setMinWidth(120);
        HBox header = new HBox(6, title, compare, clear, tearsheet);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 6, 4, 6));
        header.getStyleClass().add("panel-tool-row");

        VBox performance = new VBox(2, equity, underwater);
        VBox.setVgrow(equity, Priority.ALWAYS);
        equity.setMinHeight(120);
        underwater.setPrefHeight(110);
        underwater.setMinHeight(80);
        underwater.setMaxHeight(130);
        ScrollPane monthlyScroll = new ScrollPane(monthly);
        monthlyScroll.setFitToWidth(true);
        monthly.setPadding(new Insets(6));
        tabs.getTabs().setAll(new Tab("Equity and drawdown", performance), new Tab("Monthly returns", monthlyScroll),
                tripsTab(), constraintsTab(), new Tab("Compare", comparisonTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);
        tiles.setPadding(new Insets(4, 6, 2, 6));
        VBox box = new VBox(header, tiles, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    private static ListCell<RunSummary> summaryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(RunSummary r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : label(r));
            }
        };
    }

    private Tab tripsTab() {
        trips.setId("backtest-trips");
        trips.setItems(vm.trips());
        trips.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        trips.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        trips.getColumns().setAll(List.of(
                Columns.text("Symbol", 80, RoundTrip::symbol),
                Columns.text("Entry", 86, t -> LocalDate.ofEpochDay(t.entryTime()).toString()),
                Columns.number("Entry price", 80, "%.2f", RoundTrip::entryPrice),
                Columns.text("Exit", 86, t -> t.isOpen() ? "open" : LocalDate.ofEpochDay(t.exitTime()).toString()),
                Columns.number("Exit price", 80, "%.2f", t -> t.isOpen() ? Double.NaN : t.exitPrice()),
                Columns.number("Shares", 70, ShareCount::text, RoundTrip::shares),
                Columns.number("P&L", 90, "%,.2f", RoundTrip::pnl),
                Columns.number("Return %", 75, "%.2f", t -> 100 * t.returnPct()),
                Columns.number("Bars", 55, "%.0f", t -> (double) t.barsHeld()),
                Columns.text("Exit reason", 100, t -> t.exitReason() == null ? "" : t.exitReason().name().toLowerCase(Locale.ROOT))));
        Columns.fitContent(trips);
        trips.setPlaceholder(new Label("No round trips."));
        trips.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now);
            }
        });
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.size(vm.trips()).asString("Round trips (%d)"));
        tab.setContent(trips);
        return tab;
    }

    /** What bound: each entry filter and limit of the run, whether it bound and the entries it blocked or cut. */
    private Tab constraintsTab() {
        TableView<ConstraintReport> table = new TableView<>(vm.constraints());
        table.setId("backtest-constraints");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text("Constraint", 260, ConstraintReport::name),
                Columns.text("Binds", 60, c -> c.binds() ? "yes" : "no"),
                Columns.number("Blocked entries", 110, "%.0f", c -> (double) c.blockedEntries()),
                Columns.number("Reduced entries", 110, "%.0f", c -> (double) c.reducedEntries())));
        table.setPlaceholder(new Label("Not recorded for this run."));
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.createStringBinding(() -> "What bound ("
                + vm.constraints().stream().filter(ConstraintReport::binds).count() + ")", vm.constraints()));
        tab.setContent(table);
        return tab;
    }

    private Node comparisonTable() {
        comparison.setId("backtest-comparison");
        comparison.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        comparison.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        comparison.setPlaceholder(new Label("Pick a saved run in 'Compare with' to see both runs side by side."));
        return comparison;
    }

    private void showRun() {
        SavedRun run = vm.run().get();
        SavedRun other = vm.compare().get();
        tiles.show(run == null ? null : run.result().metrics());
        if (run == null) {
            equity.show(List.of(), false);
            underwater.show(List.of(), true);
            monthly.show(null);
            return;
        }
        var req = run.result().request();
        title.setText(String.format(Locale.ROOT, "Run %d: %s, %d symbols, %s .. %s", run.id(), req.strategyId(),
                req.symbols().size(), day(run.result().curve(), 0), day(run.result().curve(), run.result().curve().size() - 1)));
        EquityCurve c = run.result().curve();
        List<CurveChart.Curve> curves = new ArrayList<>();
        curves.add(new CurveChart.Curve("run " + run.id(), c.time(), growth(c.equity()), "equity"));
        if (c.benchmark() != null) {
            curves.add(new CurveChart.Curve("benchmark " + req.benchmark(), c.time(), growth(c.benchmark()), "benchmark"));
        }
        if (other != null) {
            curves.add(new CurveChart.Curve("run " + other.id(), other.result().curve().time(),
                    growth(other.result().curve().equity()), "compare"));
        }
        equity.show(curves, true);
        double[] dd = new double[c.size()];
        for (int i = 0; i < dd.length; i++) {
            dd[i] = 100 * c.drawdown()[i];
        }
        underwater.show(List.of(new CurveChart.Curve("drawdown", c.time(), dd, "drawdown")), true);
        monthly.show(MonthlyReturns.of(c));
        showComparison(run, other);
    }

    private static String day(EquityCurve c, int i) {
        return c.size() == 0 ? "-" : LocalDate.ofEpochDay(c.time()[i]).toString();
    }

    /** Equity as % growth from its first value, so runs of any capital and the benchmark share one axis. */
    private static double[] growth(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = 100 * (values[i] / values[0] - 1);
        }
        return out;
    }

    private void showComparison(SavedRun run, SavedRun other) {
        comparison.getColumns().clear();
        comparison.getItems().clear();
        if (other == null) {
            return;
        }
        comparison.getColumns().setAll(List.of(column("Metric", 0), column("Run " + run.id() + " " + run.result().request().strategyId(), 1),
                column("Run " + other.id() + " " + other.result().request().strategyId(), 2)));
        Map<String, String> a = KpiText.all(run.result().metrics());
        Map<String, String> b = KpiText.all(other.result().metrics());
        a.forEach((k, v) -> comparison.getItems().add(new String[] {k, v, b.get(k)}));
    }

    private static javafx.scene.control.TableColumn<String[], String> column(String name, int index) {
        return Columns.text(name, 150, row -> row[index]);
    }

    private void exportTearsheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export tearsheet");
        chooser.setInitialFileName("run-" + vm.run().get().id() + ".html");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            vm.exportTearsheet(file.toPath(), chartImages());
        }
    }

    /** PNG snapshots of the equity and underwater charts and the monthly heatmap, by caption. */
    public Map<String, byte[]> chartImages() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        Map<String, byte[]> images = new LinkedHashMap<>();
        tabs.getSelectionModel().select(0);
        applyCss();
        layout();
        images.put("Equity vs benchmark (% growth)", NodeImages.png(equity));
        images.put("Underwater (drawdown %)", NodeImages.png(underwater));
        tabs.getSelectionModel().select(1);
        applyCss();
        layout();
        images.put("Monthly returns (%)", NodeImages.png(monthly));
        tabs.getSelectionModel().select(shown);
        return images;
    }

    public BacktestViewModel viewModel() {
        return vm;
    }

    public KpiTiles tiles() {
        return tiles;
    }

    public TableView<RoundTrip> tripsTable() {
        return trips;
    }

    public TabPane tabs() {
        return tabs;
    }
}
