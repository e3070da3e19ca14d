package dev.sextant.app.ui.walkforward;

import dev.sextant.engine.metrics.MetricKey;
import atlantafx.base.theme.Styles;
import dev.sextant.app.research.WalkForwardService;
import dev.sextant.app.ui.backtest.CurveChart;
import dev.sextant.app.ui.form.FormGrid;
import dev.sextant.app.ui.form.ResearchChoicesForm;
import dev.sextant.app.ui.form.JobControls;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.walkforward.SavedWalkForward;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The walk-forward panel: the plan and per-fold study and the saved runs on the left; on the right
 * WFE, Deflated Sharpe and PBO each with what it means, the per-fold table and the stitched
 * out-of-sample equity against its in-sample pace.
 */
public final class WalkForwardPanel extends BorderPane {

    public static final String OUT_OF_SAMPLE = "out-of-sample equity";
    public static final String IN_SAMPLE_PACE = "in-sample pace";

    private final WalkForwardViewModel vm;
    private final StatTile wfe = new StatTile("wf-wfe", "WFE", WalkForwardService.WFE_MEANING);
    private final StatTile dsr = new StatTile("wf-dsr", "DSR", WalkForwardService.DSR_MEANING);
    private final StatTile pbo = new StatTile("wf-pbo", "PBO", WalkForwardService.PBO_MEANING);
    private final TableView<SavedWalkForward.Fold> folds = new TableView<>();
    private final CurveChart chart = new CurveChart("wf-equity-chart", "%,.0f", false);
    private final ListView<SavedWalkForward> history;

    public WalkForwardPanel(WalkForwardViewModel vm) {
        this.vm = vm;
        this.history = new ListView<>(vm.history());
        SplitPane split = new SplitPane(form(), results());
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        setCenter(split);
        vm.run().addListener((obs, old, now) -> show(now));
        vm.curves().addListener((obs, old, now) -> plot(now));
        show(vm.run().get());
        plot(vm.curves().get());
    }

    public WalkForwardViewModel viewModel() {
        return vm;
    }

    private Node form() {
        CheckBox anchored = new CheckBox("anchored");
        anchored.setTooltip(new javafx.scene.control.Tooltip("In-sample windows all start at the first bar (default: rolling)"));
        anchored.selectedProperty().bindBidirectional(vm.anchored());
        FormGrid grid = new ResearchChoicesForm(vm.choices(), "wf").addAll(new FormGrid())
                .add(vm.inSample(), "250b, 30d, 6m, 2y", "wf-is")
                .add(vm.outOfSample(), "250b, 30d, 6m, 2y", "wf-oos")
                .add(vm.step(), "= out-of-sample", "wf-step")
                .add("Windows", anchored)
                .add(vm.purge(), "0", "wf-purge")
                .add(vm.embargo(), "0", "wf-embargo")
                .add("Sampler", FormGrid.choice("wf-sampler", WalkForwardViewModel.SAMPLERS, vm.sampler()))
                .add(vm.trials(), "20", "wf-trials")
                .add("Objective", FormGrid.choice("wf-objective", vm.objectives(), vm.objective()))
                .add(vm.seed(), "0", "wf-seed")
                .addRunOn(vm.runOn(), "wf");
        JobControls job = new JobControls("wf-run", "Run", MaterialDesignP.PLAY, vm::start, vm::cancel, vm.busy(), vm.progress(),
                vm.status(), "wf-status");
        HBox buttons = job.row();
        Label status = job.status();
        history.setId("wf-history");
        history.setPrefHeight(150);
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SavedWalkForward r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : label(r));
            }
        });
        history.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && history.getSelectionModel().getSelectedItem() != null) {
                vm.open(history.getSelectionModel().getSelectedItem().id());
            }
        });
        Label historyTitle = new Label("Saved runs (double click to reopen)");
        historyTitle.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(8, grid, buttons, status, historyTitle, history);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** "12  sma-cross  IS 2y / OOS 1y  2026-01-05": id, strategy, windows and when it finished. */
    static String label(SavedWalkForward r) {
        return r.id() + "  " + r.strategyId() + "  IS " + r.plan().inSample() + " / OOS " + r.plan().outOfSample() + "  "
                + r.finishedAt().toString().substring(0, 10);
    }

    private Node results() {
        folds.setId("wf-folds");
        folds.setPlaceholder(new Label("No run yet: fill in the plan and press Run."));
        folds.getColumns().setAll(List.of(
                Columns.text("Fold", 44, f -> String.valueOf(f.index())),
                Columns.text("In-sample", 80, f -> f.isFrom() + " – " + f.isTo()),
                Columns.text("Out-of-sample", 100, f -> f.oosFrom() + " – " + f.oosTo()),
                Columns.number("IS Sharpe", 70, "%.2f", f -> f.isMetric(MetricKey.SHARPE)),
                Columns.number("OOS Sharpe", 80, "%.2f", f -> f.oosMetric(MetricKey.SHARPE)),
                Columns.number("OOS ret %", 76, "%.2f", f -> 100 * f.oosMetric(MetricKey.TOTAL_RETURN)),
                Columns.number("WFE", 50, "%.2f", f -> f.wfe().value() == null ? Double.NaN : f.wfe().value()),
                Columns.text("Trades", 56, f -> String.valueOf(f.oosRoundTrips())),
                Columns.text("Parameters", 100, f -> f.params() == null ? "(no complete trial: cash)"
                        : parameters(f.params()))));
        folds.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.fitContent(folds);

        chart.setId("wf-equity");
        chart.setMinHeight(160);
        chart.visibleProperty().bind(vm.run().isNotNull());

        HBox stats = new HBox(6, wfe, dsr, pbo);
        Label foldsTitle = muted("Folds: the in-sample study chooses the parameters, the out-of-sample window trades them");
        Label equityTitle = muted("Did it hold up? Blue: stitched out-of-sample equity as traded. Grey: in-sample pace (each"
                + " window grown at its fold's in-sample annual return). Blue below grey: less than the tuning promised.");
        equityTitle.setWrapText(true);
        equityTitle.setMinHeight(USE_PREF_SIZE);
        foldsTitle.setWrapText(true);
        foldsTitle.setMinHeight(USE_PREF_SIZE);
        VBox foldsBox = new VBox(4, foldsTitle, folds);
        VBox.setVgrow(folds, Priority.ALWAYS);
        VBox equityBox = new VBox(4, equityTitle, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        SplitPane tables = new SplitPane(foldsBox, equityBox);
        tables.setOrientation(javafx.geometry.Orientation.VERTICAL);
        tables.setDividerPositions(0.45);
        VBox box = new VBox(6, stats, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** "fast=10, slow=50": the chosen parameters by name. */
    static String parameters(Map<?, ?> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void show(SavedWalkForward run) {
        if (run == null) {
            return;
        }
        SavedWalkForward.Summary s = run.summary();
        wfe.show(s.wfe());
        dsr.show(s.dsr().statistic());
        pbo.show(s.pbo().statistic());
        folds.getItems().setAll(run.folds());
    }

    private void plot(StitchedCurves curves) {
        chart.show(curves == null ? List.of() : List.of(
                new CurveChart.Curve(OUT_OF_SAMPLE, curves.days(), curves.outOfSample(), "equity"),
                new CurveChart.Curve(IN_SAMPLE_PACE, curves.days(), curves.inSamplePace(), "benchmark")), false);
    }

    public TableView<SavedWalkForward.Fold> foldsTable() {
        return folds;
    }

    /** Points of the charted curve named {@code name} ({@link #OUT_OF_SAMPLE} or {@link #IN_SAMPLE_PACE}), 0 when not charted. */
    public int chartedPoints(String name) {
        return chart.getAllDatasets().stream().filter(d -> d.getName().equals(name)).mapToInt(d -> d.getDataCount()).sum();
    }

    /** The value, verdict and tooltip text of the tile of statistic {@code name} ("WFE", "DSR" or "PBO"), for tests. */
    public List<String> tile(String name) {
        StatTile t = switch (name) {
            case "WFE" -> wfe;
            case "DSR" -> dsr;
            case "PBO" -> pbo;
            default -> throw new IllegalArgumentException("no tile '" + name + "'");
        };
        return List.of(t.valueText(), t.verdictText(), t.tooltip().getText());
    }

    public ListView<SavedWalkForward> historyList() {
        return history;
    }
}
