package dev.sextant.app.ui.scan;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sextant.app.ui.form.FormGrid;
import dev.sextant.app.ui.form.ResearchChoicesForm;
import dev.sextant.app.ui.form.JobControls;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.scan.SavedScan;
import dev.sextant.engine.scan.MomentumRank;
import dev.sextant.engine.scan.NearTrigger;
import dev.sextant.engine.spi.Signal;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The scanner panel: the scan form and saved scans on the left; signals (sortable, filtered by
 * symbol, CSV export), approaching symbols and the momentum ranking on the right. Selecting a
 * signal charts its symbol with the signal marked.
 */
public final class ScanPanel extends BorderPane {

    private final ScanViewModel vm;
    private final TableView<Signal> signals = new TableView<>();

    public ScanPanel(ScanViewModel vm) {
        this.vm = vm;
        getStyleClass().add("scan-panel");
        SplitPane split = new SplitPane(form(), results());
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        setCenter(split);
    }

    private Node form() {
        ResearchChoicesForm choices = new ResearchChoicesForm(vm.choices(), "scan");
        FormGrid grid = choices.addStrategy(new FormGrid().addPreset(vm.preset(), "scan-preset"));
        FormGrid market = choices.addMarketAndDates(new FormGrid()).add(vm.approach(), "2", "scan-approach")
                .addRules(vm.rules(), "scan");

        JobControls job = new JobControls("scan-run", "Scan", MaterialDesignP.PLAY, vm::run, vm::cancel, vm.busy(), vm.progress(),
                vm.status(), "scan-status");
        HBox buttons = job.row();
        Label status = job.status();

        ListView<SavedScan> history = new ListView<>(vm.history());
        history.setId("scan-history");
        history.setPrefHeight(120);
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SavedScan s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.date() + "  " + s.strategyId() + "  (" + s.signals() + ")");
            }
        });
        history.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && history.getSelectionModel().getSelectedItem() != null) {
                vm.reopen(history.getSelectionModel().getSelectedItem());
            }
        });
        Label historyTitle = new Label("Saved scans (double click to reopen)");
        historyTitle.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(6, buttons, status, grid, FormGrid.params(vm.params(), "scan-param-"), market, historyTitle, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(260);
        return scroll;
    }

    private Node results() {
        TabPane tabs = new TabPane(signalsTab(), approachingTab(), momentumTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);
        return tabs;
    }

    private Tab signalsTab() {
        signals.setId("scan-signals");
        SortedList<Signal> sorted = new SortedList<>(vm.visibleSignals());
        sorted.comparatorProperty().bind(signals.comparatorProperty());
        signals.setItems(sorted);
        signals.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        signals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        signals.getColumns().setAll(List.of(
                Columns.text("Symbol", 70, Signal::symbol),
                Columns.text("Date", 90, s -> s.date().toString()),
                Columns.text("Strong", 56, s -> s.strong() ? "yes" : ""),
                Columns.number("Price", 64, "%.2f", Signal::price),
                Columns.number("% above", 70, "%.2f", ScanViewModel::pctAboveTrigger),
                Columns.number("Stop", 60, "%.2f", Signal::stop),
                Columns.number("Target", 64, "%.2f", Signal::target),
                Columns.number("Vol ratio", 70, "%.2f", Signal::volumeRatio),
                Columns.number("Rank", 56, "%.3f", Signal::rankScore),
                Columns.wrapped("Indicators", 140, s -> indicators(s.indicators()))));
        Columns.fitContent(signals);
        signals.setPlaceholder(new Label("No signals: run a scan, or reopen a saved one."));
        signals.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now);
            }
        });
        TextField filter = TextFields.createClearableTextField();
        filter.setId("scan-filter");
        filter.setPromptText("Filter symbols");
        filter.textProperty().bindBidirectional(vm.filter());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button export = new Button("CSV", new FontIcon(MaterialDesignF.FILE_DELIMITED_OUTLINE));
        export.setTooltip(new Tooltip("Export the shown signals as CSV"));
        export.setOnAction(e -> exportCsv());
        export.disableProperty().bind(Bindings.isEmpty(vm.visibleSignals()));
        HBox row = new HBox(6, filter, export);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        row.getStyleClass().add("panel-tool-row");
        BorderPane pane = new BorderPane(signals);
        pane.setTop(row);
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.size(vm.signals()).asString("Signals (%d)"));
        tab.setContent(pane);
        return tab;
    }

    private Tab approachingTab() {
        TableView<NearTrigger> table = new TableView<>(vm.approaching());
        table.setId("scan-approaching");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text("Symbol", 80, NearTrigger::symbol),
                Columns.number("Price", 70, "%.2f", NearTrigger::price),
                Columns.number("% below trigger", 110, "%.2f", n -> 100 * n.distance()),
                Columns.wrapped("Indicators", 300, n -> indicators(n.indicators()))));
        Columns.fitContent(table);
        table.setPlaceholder(new Label("No symbol within the approach distance of its trigger."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.show(now.symbol());
            }
        });
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.size(vm.approaching()).asString("Approaching (%d)"));
        tab.setContent(table);
        return tab;
    }

    private Tab momentumTab() {
        TableView<MomentumRank> table = new TableView<>(vm.momentum());
        table.setId("scan-momentum");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.number("Rank", 60, "%.0f", m -> (double) m.rank()),
                Columns.text("Symbol", 90, MomentumRank::symbol),
                Columns.number("Score", 100, "%.4f", MomentumRank::score)));
        Columns.fitContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.show(now.symbol());
            }
        });
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.size(vm.momentum()).asString("Momentum (%d)"));
        tab.setContent(table);
        return tab;
    }

    private static String indicators(Map<String, Double> values) {
        return values.entrySet().stream().filter(e -> Double.isFinite(e.getValue()))
                .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%.2f", e.getValue()))
                .collect(Collectors.joining("  "));
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export signals");
        chooser.setInitialFileName("signals.csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            vm.exportCsv(file.toPath());
        }
    }

    public ScanViewModel viewModel() {
        return vm;
    }

    /** The signals table (for tests). */
    public TableView<Signal> signalsTable() {
        return signals;
    }
}
