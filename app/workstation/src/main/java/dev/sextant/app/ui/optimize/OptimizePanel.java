package dev.sextant.app.ui.optimize;

import atlantafx.base.theme.Styles;
import dev.sextant.app.ui.form.FormGrid;
import dev.sextant.app.ui.form.ResearchChoicesForm;
import dev.sextant.app.ui.form.ValidatedField;
import dev.sextant.engine.optimize.StoredStudy;
import dev.sextant.app.ui.form.JobControls;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The optimizer panel: the study form with its search ranges and the stored studies on the left; on
 * the right the trials table (filling as trials finish), the objective over trials with the best so
 * far, parameter importance and the objective surface over two chosen parameters (mean objective per
 * cell).
 */
public final class OptimizePanel extends BorderPane {

    private final OptimizeViewModel vm;
    private final TableView<Trial> trialsTable = new TableView<>();
    private final TableView<Map.Entry<String, Double>> importance = new TableView<>();
    private final XYChart.Series<Number, Number> objectives = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> bestSoFar = new XYChart.Series<>();
    private final GridPane surface = new GridPane(2, 2);

    public OptimizePanel(OptimizeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("optimize-panel");
        SplitPane split = new SplitPane(form(), results());
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        setCenter(split);
        vm.trials().addListener((ListChangeListener<Trial>) c -> showTrials());
        vm.result().addListener((obs, old, now) -> showResult(now));
        vm.surfaceX().addListener((obs, old, now) -> showSurface());
        vm.surfaceY().addListener((obs, old, now) -> showSurface());
        showTrials();
        showResult(vm.result().get());
    }

    public OptimizeViewModel viewModel() {
        return vm;
    }

    private Node form() {
        ComboBox<String> sampler = FormGrid.choice("optimize-sampler", OptimizeViewModel.SAMPLERS, vm.sampler());
        ComboBox<String> objective = FormGrid.choice("optimize-objective", vm.objectives(), vm.objective());
        ComboBox<String> direction = FormGrid.choice("optimize-direction", List.of("max", "min"), vm.direction());
        ResearchChoicesForm choices = new ResearchChoicesForm(vm.choices(), "optimize");
        FormGrid top = choices.addStrategy(new FormGrid()).addRunOn(vm.runOn(), "optimize");
        FormGrid grid = choices.addMarketAndDates(new FormGrid().add("Sampler", sampler)
                .add(vm.trialCount(), "100", "optimize-trials")
                .add("Objective", objective)
                .add("Direction", direction)
                .add(vm.seed(), "0", "optimize-seed")).addRules(vm.rules(), "optimize");
        JobControls job = new JobControls("optimize-run", "Run", MaterialDesignP.PLAY, vm::run, vm::cancel, vm.busy(), vm.progress(),
                vm.status(), "optimize-status");
        HBox buttons = job.row();
        Label status = job.status();
        Label rangesTitle = new Label("Search ranges (unticked parameters keep their default; empty step = every value)");
        rangesTitle.getStyleClass().add(Styles.TEXT_SMALL);
        rangesTitle.setWrapText(true);
        rangesTitle.setMinHeight(USE_PREF_SIZE);
        VBox ranges = new VBox();
        Runnable rebuild = () -> ranges.getChildren().setAll(ranges(vm.ranges()));
        vm.ranges().rows().addListener((ListChangeListener<SearchRanges.Row>) c -> rebuild.run());
        rebuild.run();

        ListView<StoredStudy> history = new ListView<>(vm.history());
        history.setId("optimize-history");
        history.setPrefHeight(150);
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StoredStudy st, boolean empty) {
                super.updateItem(st, empty);
                setText(empty || st == null ? null : st.name() + "  " + st.state().label() + "  " + st.recordedTrials() + " trials");
            }
        });
        history.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && history.getSelectionModel().getSelectedItem() != null) {
                vm.open(history.getSelectionModel().getSelectedItem().name());
            }
        });
        Label historyTitle = new Label("Stored studies (double click to reopen)");
        historyTitle.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(8, buttons, status, top, rangesTitle, ranges, grid, historyTitle, history);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** A row per parameter: search tick box, low, high, step, and the first problem of the three under them. */
    private static GridPane ranges(SearchRanges ranges) {
        GridPane g = new GridPane(6, 2);
        g.setId("optimize-ranges");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(USE_PREF_SIZE);
        g.getColumnConstraints().add(name);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints field = new ColumnConstraints();
            field.setHgrow(Priority.ALWAYS);
            field.setFillWidth(true);
            g.getColumnConstraints().add(field);
        }
        g.addRow(0, small(""), small("Low"), small("High"), small("Step"));
        int row = 1;
        for (SearchRanges.Row r : ranges.rows()) {
            String id = r.spec().name();
            CheckBox searched = new CheckBox(id);
            searched.setId("optimize-search-" + id);
            searched.setMinWidth(USE_PREF_SIZE);
            searched.selectedProperty().bindBidirectional(r.searched());
            Tooltip.install(searched, new Tooltip(r.spec().description()));
            g.add(searched, 0, row);
            if (r.low() == null) {
                g.add(small("all choices"), 1, row, 3, 1);
                row++;
                continue;
            }
            g.add(field(r.low(), "optimize-low-" + id, r), 1, row);
            g.add(field(r.high(), "optimize-high-" + id, r), 2, row);
            g.add(field(r.step(), "optimize-step-" + id, r), 3, row);
            row++;
            Label error = new Label();
            error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
            error.setWrapText(true);
            error.textProperty().bind(Bindings.createStringBinding(() -> firstProblem(r), r.low().error(), r.high().error(),
                    r.step().error(), r.searched()));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            g.add(error, 1, row, 3, 1);
            row++;
        }
        return g;
    }

    private static String firstProblem(SearchRanges.Row r) {
        if (!r.searched().get()) {
            return "";
        }
        for (ValidatedField f : List.of(r.low(), r.high(), r.step())) {
            if (!f.valid()) {
                return f.label() + ": " + f.error().get();
            }
        }
        return "";
    }

    private static TextField field(ValidatedField f, String id, SearchRanges.Row r) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(4);
        t.setPromptText(id.startsWith("optimize-step-") ? "every" : "");
        t.textProperty().bindBidirectional(f.text());
        t.disableProperty().bind(r.searched().not());
        return t;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        return l;
    }

    private Node results() {
        trialsTable.setId("optimize-trials-table");
        trialsTable.setPlaceholder(new Label("No study yet: fill in the form and press Run."));
        trialsTable.getColumns().setAll(List.of(
                Columns.number("#", 50, "%.0f", t -> (double) t.number()),
                Columns.text("State", 80, t -> t.state().name().toLowerCase(Locale.ROOT)),
                Columns.number("Objective", 90, "%.4f", t -> t.objectiveValue() == null ? Double.NaN : t.objectiveValue()),
                Columns.number("Trades", 72, "%.0f", t -> metric(t, "trades")),
                Columns.text("Parameters", 320, t -> t.params().entrySet().stream()
                        .map(e -> e.getKey() + "=" + ObjectiveSurface.text(e.getValue())).collect(Collectors.joining(" ")))));
        Columns.fitContent(trialsTable);

        NumberAxis x = new NumberAxis();
        x.setLabel("trial");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("objective");
        y.setForceZeroInRange(false);
        ScatterChart<Number, Number> chart = new ScatterChart<>(x, y);
        chart.setId("optimize-objective-chart");
        chart.setAnimated(false);
        objectives.setName("trial");
        bestSoFar.setName("best so far");
        chart.getData().setAll(List.of(objectives, bestSoFar));
        chart.setMinSize(200, 160);

        importance.setId("optimize-importance");
        importance.setPlaceholder(new Label("After the study"));
        importance.getColumns().setAll(List.of(
                Columns.text("Parameter", 140, Map.Entry::getKey),
                Columns.number("Importance", 90, "%.3f", Map.Entry::getValue)));
        importance.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        ComboBox<String> xParam = new ComboBox<>(vm.searchedNames());
        xParam.setId("optimize-surface-x");
        xParam.valueProperty().bindBidirectional(vm.surfaceX());
        ComboBox<String> yParam = new ComboBox<>(vm.searchedNames());
        yParam.setId("optimize-surface-y");
        yParam.valueProperty().bindBidirectional(vm.surfaceY());
        HBox pick = new HBox(6, new Label("Objective surface: across"), xParam, new Label("down"), yParam);
        pick.setAlignment(Pos.CENTER_LEFT);
        surface.setId("optimize-surface");
        ScrollPane surfaceScroll = new ScrollPane(surface);
        surfaceScroll.setFitToWidth(true);
        VBox surfaceBox = new VBox(4, pick, surfaceScroll);
        VBox.setVgrow(surfaceScroll, Priority.ALWAYS);

        GridPane grid = new GridPane(8, 8);
        grid.setPadding(new Insets(8));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(55);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(45);
        grid.getColumnConstraints().setAll(wide, narrow);
        RowConstraints half = new RowConstraints();
        half.setPercentHeight(50);
        half.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().setAll(half, half);
        grid.add(titled("Trials (as they finish)", trialsTable), 0, 0);
        grid.add(titled("Objective over trials", chart), 1, 0);
        grid.add(surfaceBox, 0, 1);
        grid.add(titled("Parameter importance (share of the objective's variance)", importance), 1, 1);
        return grid;
    }

    private static VBox titled(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(4, l, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static double metric(Trial t, String name) {
        return t.metrics().get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private void showTrials() {
        trialsTable.getItems().setAll(vm.trials());
        List<Trial> byNumber = vm.trials().stream().filter(Trial::isComplete)
                .sorted(java.util.Comparator.comparingInt(Trial::number)).toList();
        objectives.getData().clear();
        bestSoFar.getData().clear();
        boolean max = !"min".equals(vm.direction().get());
        Double best = null;
        for (Trial t : byNumber) {
            double v = t.objectiveValue();
            if (!Double.isFinite(v)) {
                continue;
            }
            objectives.getData().add(new XYChart.Data<>(t.number(), v));
            best = best == null || (max ? v > best : v < best) ? v : best;
            bestSoFar.getData().add(new XYChart.Data<>(t.number(), best));
        }
        showSurface();
    }

    private void showResult(StudyResult r) {
        if (r == null) {
            importance.getItems().clear();
            return;
        }
        importance.getItems().setAll(r.importance().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList());
    }

    private void showSurface() {
        surface.getChildren().clear();
        String xName = vm.surfaceX().get();
        String yName = vm.surfaceY().get();
        if (xName == null || yName == null || vm.trials().isEmpty()) {
            return;
        }
        ObjectiveSurface s = ObjectiveSurface.of(vm.trials(), xName, yName);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : s.mean()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        Label corner = new Label(yName + " \\ " + xName);
        corner.getStyleClass().add("heatmap-head");
        surface.add(corner, 0, 0);
        for (int c = 0; c < s.xLabels().size(); c++) {
            Label head = new Label(s.xLabels().get(c));
            head.getStyleClass().add("heatmap-head");
            GridPane.setHalignment(head, HPos.CENTER);
            surface.add(head, c + 1, 0);
        }
        boolean max = !"min".equals(vm.direction().get());
        for (int r = 0; r < s.yLabels().size(); r++) {
            Label head = new Label(s.yLabels().get(r));
            head.getStyleClass().add("heatmap-head");
            surface.add(head, 0, r + 1);
            for (int c = 0; c < s.xLabels().size(); c++) {
                surface.add(cell(s.mean()[r][c], s.count()[r][c], lo, hi, max), c + 1, r + 1);
            }
        }
    }

    /** The mean objective of one cell: greener the better (by the direction), empty without trials. */
    private static Label cell(double value, int count, double lo, double hi, boolean max) {
        Label l = new Label(Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "");
        l.getStyleClass().add("heatmap-cell");
        l.setMinWidth(60);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        if (Double.isFinite(value)) {
            double share = hi > lo ? (value - lo) / (hi - lo) : 1;
            double good = max ? share : 1 - share;
            l.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(38, 162, 105, %.2f);", 0.12 + 0.78 * good));
            Tooltip.install(l, new Tooltip(String.format(Locale.ROOT, "mean objective %.4f over %d trial(s)", value, count)));
        }
        return l;
    }

    public TableView<Trial> trialsTable() {
        return trialsTable;
    }

    public TableView<Map.Entry<String, Double>> importanceTable() {
        return importance;
    }

    public GridPane surface() {
        return surface;
    }

    /** The objective points drawn (for tests). */
    public int plottedTrials() {
        return objectives.getData().size();
    }
}
