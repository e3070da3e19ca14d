package dev.sextant.app.ui.chart.drawing;

import atlantafx.base.theme.Styles;
import dev.sextant.engine.drawing.Drawing;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The side list of the chart's drawings: kind, anchor dates and prices. Choosing a row selects the drawing on the
 * chart; Delete (the button or the key) deletes it; a check box hides all drawings.
 */
final class DrawingList extends VBox {

    private final ListView<Drawing> list = new ListView<>();
    private boolean syncing;

    DrawingList(DrawingsViewModel vm) {
        setId("chart-drawing-list");
        getStyleClass().add("chart-drawing-list");
        setPadding(new Insets(4, 6, 6, 6));
        setSpacing(4);
        setPrefWidth(300);
        Label title = new Label("Drawings");
        title.getStyleClass().add(Styles.TITLE_4);
        list.setItems(vm.drawings());
        list.setId("chart-drawing-rows");
        list.setPlaceholder(new Label("No drawings on this chart.\nChoose a tool from Draw."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Drawing d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : DrawingsViewModel.describe(d));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                vm.selected().set(now);
            }
        });
        vm.selected().addListener((obs, old, now) -> {
            syncing = true;
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
            syncing = false;
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && vm.deleteSelected()) {
                e.consume();
            }
        });
        Button delete = new Button("Delete");
        delete.setId("chart-drawing-delete");
        delete.disableProperty().bind(vm.selected().isNull());
        delete.setOnAction(e -> vm.deleteSelected());
        CheckBox hide = new CheckBox("Hide all");
        hide.setId("chart-drawings-hide-all");
        hide.selectedProperty().bindBidirectional(vm.hidden());
        HBox buttons = new HBox(8, delete, hide);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problem());
        problem.visibleProperty().bind(vm.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(title, list, buttons, problem);
        visibleProperty().bind(vm.listShown());
        managedProperty().bind(visibleProperty());
    }
}
