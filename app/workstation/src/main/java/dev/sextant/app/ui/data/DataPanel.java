package dev.sextant.app.ui.data;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sextant.app.research.CorporateActionRow;
import dev.sextant.app.ui.chart.BarTimeFormat;
import dev.sextant.engine.market.update.SymbolUpdate;
import dev.sextant.engine.market.verify.Finding;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The data panel: stored series (filter by text and timeframe; double click or Enter charts one),
 * import of files and folders by button or drag and drop with progress and cancel, the files an
 * import rejected, the verify report, and the splits and dividends of the selected series (Actions tab).
 */
public final class DataPanel extends BorderPane {

    private final DataViewModel vm;
    private final TableView<SeriesInfo> table = new TableView<>();
    private final TabPane reports = new TabPane();

    public DataPanel(DataViewModel vm) {
        this.vm = vm;
        getStyleClass().add("data-panel");
        setTop(toolRow());
        Node seriesTable = seriesTable();
        Node reports = reports();
        SplitPane split = new SplitPane(seriesTable);
        split.setOrientation(Orientation.VERTICAL);
        showReports(split, reports, vm.hasReport().get());
        vm.hasReport().addListener((obs, was, now) -> showReports(split, reports, now));
        setCenter(split);
        setBottom(progressRow());
        acceptDroppedFiles();
    }

    /** The reports below the series when they have something to say; the series alone take the height otherwise. */
    private static void showReports(SplitPane split, Node reports, boolean shown) {
        if (shown && !split.getItems().contains(reports)) {
            split.getItems().add(reports);
            split.setDividerPositions(0.62);
        } else if (!shown) {
            split.getItems().remove(reports);
        }
    }

    /** Whether the import, verify and update reports are on screen. */
    public boolean reportsShown() {
        return reports.getParent() != null && reports.isVisible();
    }

    private Node toolRow() {
        TextField filter = TextFields.createClearableTextField();
        filter.setId("data-filter");
        filter.setPromptText("Filter symbols");
        filter.textProperty().bindBidirectional(vm.filter());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<Timeframe> tf = new ComboBox<>();
        tf.getItems().addAll(null, Timeframe.DAILY, Timeframe.MINUTE_1, Timeframe.MINUTE_5, Timeframe.HOUR_1);
        tf.setConverter(new StringConverter<>() {
            @Override
            public String toString(Timeframe t) {
                return t == null ? "All" : t.code();
            }

            @Override
            public Timeframe fromString(String s) {
                return s.equals("All") ? null : Timeframe.ofCode(s);
            }
        });
        tf.valueProperty().bindBidirectional(vm.timeframeFilter());
        tf.setPrefWidth(80);
        tf.setPromptText("All");
        Button files = iconButton(new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE), "Import files (Ctrl+I)", e -> chooseFiles());
        files.setId("data-import-files");
        Button folder = iconButton(new FontIcon(MaterialDesignF.FOLDER_DOWNLOAD_OUTLINE), "Import a folder", e -> chooseFolder());
        Button verify = iconButton(new FontIcon(MaterialDesignC.CHECK_DECAGRAM_OUTLINE), "Verify the selected series (all when none is selected)",
                e -> vm.verify(List.copyOf(table.getSelectionModel().getSelectedItems())));
        verify.setId("data-verify");
        Button update = iconButton(new FontIcon(MaterialDesignC.CLOUD_DOWNLOAD_OUTLINE),
                "Update data: fetch the missing bars of the selected symbols (all when none is selected)",
                e -> vm.update(List.copyOf(table.getSelectionModel().getSelectedItems())));
        update.setId("data-update");
        update.disableProperty().bind(vm.busy());
        files.disableProperty().bind(vm.busy());
        folder.disableProperty().bind(vm.busy());
        verify.disableProperty().bind(vm.busy());
        HBox row = new HBox(6, filter, tf, files, folder, verify, update);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        row.getStyleClass().add("panel-tool-row");
        return row;
    }

    private static Button iconButton(FontIcon icon, String tip, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(null, icon);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(action);
        return b;
    }

    private Node seriesTable() {
        table.setId("data-series");
        table.setItems(vm.visibleSeries());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                column("Symbol", 88, SeriesInfo::symbol),
                column("TF", 34, s -> s.timeframe().code()),
                column("First", 104, s -> date(s, s.firstTime())),
                column("Last", 104, s -> date(s, s.lastTime())),
                column("Bars", 66, s -> String.format(Locale.ROOT, "%,d", s.bars()))));
        table.getColumns().getLast().setStyle("-fx-alignment: CENTER-RIGHT;");
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<SeriesInfo>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.showActions(now.symbol());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        Label placeholder = new Label("No bars stored. Import CSV files with the buttons above or drop them here.");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        return table;
    }

    /** The date part of a series' first or last bar time. */
    private static String date(SeriesInfo s, long time) {
        return BarTimeFormat.format(s.timeframe(), time).substring(0, 10);
    }

    /** A column never narrower than {@code width}, so its values are not cut (the table scrolls instead). */
    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        return c;
    }

    private static ObservableValue<String> constant(String s) {
        return new ReadOnlyObjectWrapper<>(s);
    }

    private Node reports() {
        ListView<String> errors = new ListView<>(vm.errors());
        errors.setId("data-errors");
        errors.getStyleClass().add("error-list");
        errors.setPlaceholder(new Label("No problems in the last import."));
        Label status = new Label();
        status.setId("data-status");
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        VBox importBox = new VBox(4, status, errors);
        VBox.setVgrow(errors, Priority.ALWAYS);
        importBox.setPadding(new Insets(4));
        Tab importTab = new Tab("Import", importBox);
        importTab.setId("tab-import");

        TableView<Finding> findings = new TableView<>(vm.findings());
        findings.setId("data-findings");
        findings.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        findings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        findings.getColumns().setAll(List.of(
                column("Symbol", 80, Finding::symbol),
                column("At", 120, Finding::at),
                column("Kind", 110, f -> f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
                column("Detail", 200, Finding::detail)));
        findings.setPlaceholder(new Label("Verify checks gaps, zero volume, OHLC violations and jumps."));
        Label summary = new Label();
        summary.setId("data-verify-summary");
        summary.textProperty().bind(vm.verifySummary());
        summary.setWrapText(true);
        VBox verifyBox = new VBox(4, summary, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        verifyBox.setPadding(new Insets(4));
        Tab verifyTab = new Tab("Verify report", verifyBox);
        verifyTab.setId("tab-verify");

        TableView<SymbolUpdate> updates = new TableView<>(vm.updates());
        updates.setId("data-updates");
        updates.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        updates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        updates.getColumns().setAll(List.of(
                column("Symbol", 70, SymbolUpdate::symbol),
                column("Status", 80, u -> u.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
                column("New", 44, u -> Integer.toString(u.added())),
                column("Last bar", 84, SymbolUpdate::lastBar),
                column("Problem", 160, SymbolUpdate::message)));
        updates.setPlaceholder(new Label("No update run yet."));
        Label updateSummary = new Label();
        updateSummary.setId("data-update-summary");
        updateSummary.textProperty().bind(vm.updateSummary());
        updateSummary.setWrapText(true);
        VBox updateBox = new VBox(4, updateSummary, updates);
        VBox.setVgrow(updates, Priority.ALWAYS);
        updateBox.setPadding(new Insets(4));
        Tab updateTab = new Tab("Update", updateBox);
        updateTab.setId("tab-update");
        vm.updates().addListener((javafx.collections.ListChangeListener<SymbolUpdate>) c -> reports.getSelectionModel().select(updateTab));
        vm.updateSummary().addListener((obs, old, now) -> reports.getSelectionModel().select(updateTab));

        TableView<CorporateActionRow> actions = new TableView<>(vm.actions());
        actions.setId("data-actions");
        actions.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        actions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        actions.getColumns().setAll(List.of(
                column("Ex-date", 84, CorporateActionRow::exDate),
                column("Type", 62, CorporateActionRow::type),
                column("Amount", 64, CorporateActionRow::amountText),
                column("Per share today", 110, CorporateActionRow::perShareTodayText)));
        actions.setTooltip(new Tooltip("Amount: split ratio new/old, dividend cash per share as paid. Per share today:"
                + " the dividend divided by the later splits, what total-return backtests credit per share."));
        actions.getColumns().subList(2, 4).forEach(c -> c.setStyle("-fx-alignment: CENTER-RIGHT;"));
        actions.setPlaceholder(new Label("No splits or dividends recorded."));
        Label actionsSummary = new Label();
        actionsSummary.setId("data-actions-summary");
        actionsSummary.textProperty().bind(vm.actionsSummary());
        actionsSummary.setWrapText(true);
        VBox actionsBox = new VBox(4, actionsSummary, actions);
        VBox.setVgrow(actions, Priority.ALWAYS);
        actionsBox.setPadding(new Insets(4));
        Tab actionsTab = new Tab("Actions", actionsBox);
        actionsTab.setId("tab-actions");
        vm.actionsSymbol().addListener((obs, old, now) -> {
            if (!vm.hasJobReport()) {
                reports.getSelectionModel().select(actionsTab);
            }
        });

        reports.getTabs().setAll(importTab, verifyTab, updateTab, actionsTab);
        reports.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        reports.getStyleClass().add(Styles.DENSE);
        vm.errors().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!vm.errors().isEmpty()) {
                reports.getSelectionModel().select(importTab);
            }
        });
        vm.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> reports.getSelectionModel().select(verifyTab));
        return reports;
    }

    private Node progressRow() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("data-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> vm.cancel());
        HBox row = new HBox(6, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        row.visibleProperty().bind(vm.busy());
        row.managedProperty().bind(vm.busy());
        return row;
    }

    /** Opens the file chooser and imports the chosen files. */
    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import bar files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Bar files", "*.csv", "*.csv.gz", "*.txt", "*.txt.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            vm.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of bar files");
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            vm.importPaths(List.of(dir.toPath()));
        }
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.busy().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                vm.importPaths(paths);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public TableView<SeriesInfo> storedSeriesTable() {
        return table;
    }

    public DataViewModel viewModel() {
        return vm;
    }
}
