package dev.sextant.app.ui.plugins;

import atlantafx.base.theme.Styles;
import dev.sextant.app.plugins.PluginHost;
import dev.sextant.app.ui.plugins.PluginsViewModel.Row;
import dev.sextant.app.ui.table.Columns;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The Plugins panel ({@code plugins}): what was found, its state and problem, and enable / disable. */
public final class PluginsPanel extends BorderPane {

    public PluginsPanel(PluginsViewModel model) {
        TableView<Row> table = new TableView<>(model.rows());
        table.setId("plugins-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label("No plugins found."));
        table.getColumns().addAll(
                Columns.text("Name", 170, (Row r) -> r.status().name()),
                Columns.text("Id", 110, (Row r) -> r.status().id()),
                Columns.text("Version", 70, (Row r) -> r.status().version()),
                Columns.text("API", 50, (Row r) -> r.status().apiVersion()),
                Columns.text("State", 150, (Row r) -> r.status().state().label()),
                Columns.text("Next start", 90, Row::nextStart),
                Columns.text("Problem", 90, (Row r) -> r.status().problem()),
                Columns.text("Source", 140, (Row r) -> r.status().source()));
        // the source (jar path or "bundled") is the one column worth the spare width; a problem is usually blank
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.fitContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.selected().set(row));

        Button enable = new Button("Enable", new FontIcon(MaterialDesignT.TOGGLE_SWITCH));
        enable.setId("plugin-enable");
        enable.setOnAction(e -> model.enable());
        Button disable = new Button("Disable", new FontIcon(MaterialDesignT.TOGGLE_SWITCH_OFF_OUTLINE));
        disable.setId("plugin-disable");
        disable.setOnAction(e -> model.disable());
        enable.disableProperty().bind(model.selected().map(r -> !PluginsViewModel.switchable(r)).orElse(true));
        disable.disableProperty().bind(enable.disableProperty());
        Label message = new Label();
        message.setId("plugins-message");
        message.textProperty().bind(model.message());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, enable, disable, message, gap);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label trust = new Label(PluginHost.TRUSTED_CODE_NOTICE + " Put plugin jars in " + model.folder()
                + "; a new or changed jar is not opened until you select it, Enable it and restart.");
        trust.setWrapText(true);
        trust.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox top = new VBox(4, bar, trust);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(table);
    }
}
