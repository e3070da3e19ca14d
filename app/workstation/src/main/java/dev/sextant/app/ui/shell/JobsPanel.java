package dev.sextant.app.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The jobs panel ({@code jobs}): running background jobs with progress and cancel, and the notices. */
public final class JobsPanel extends SplitPane {

    public JobsPanel(ObservableList<Worker<?>> running, Notices notices) {
        ListView<Worker<?>> jobs = new ListView<>(running);
        jobs.setId("jobs-list");
        jobs.setPlaceholder(new Label("No background jobs running."));
        jobs.getStyleClass().add(Styles.DENSE);
        jobs.setCellFactory(v -> new JobCell());
        ListView<String> log = new ListView<>(notices.all());
        log.setId("notices-list");
        log.getStyleClass().add(Styles.DENSE);
        log.setPlaceholder(new Label("No notices."));
        notices.all().addListener((javafx.collections.ListChangeListener<String>) c -> log.scrollTo(notices.all().size() - 1));
        VBox left = titled("Jobs", jobs);
        VBox right = titled("Notices", log);
        getItems().addAll(left, right);
        setOrientation(Orientation.HORIZONTAL);
        setDividerPositions(0.5);
    }

    private static VBox titled(String title, javafx.scene.Node content) {
        Label label = new Label(title);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(2, label, content);
        box.setPadding(new Insets(4));
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static final class JobCell extends ListCell<Worker<?>> {
        @Override
        protected void updateItem(Worker<?> job, boolean empty) {
            super.updateItem(job, empty);
            if (empty || job == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label();
            title.textProperty().bind(Bindings.concat(job.titleProperty(), "  ", job.messageProperty()));
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(job.progressProperty());
            bar.setPrefWidth(120);
            Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            cancel.setOnAction(e -> job.cancel());
            HBox row = new HBox(6, title, bar, cancel);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
