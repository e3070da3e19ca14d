package dev.sextant.app.ui.form;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The controls every analysis panel shows for its background job: the start button (disabled while
 * the job runs), Cancel (enabled only then), a progress bar visible while busy, and a status line.
 */
public final class JobControls {

    private final Button start;
    private final Button cancel;
    private final ProgressBar progress;
    private final Label status;

    public JobControls(String startId, String startText, Ikon startIcon, Runnable onStart, Runnable onCancel,
                       ObservableBooleanValue busy, ObservableValue<? extends Number> progressValue,
                       ObservableValue<String> statusText, String statusId) {
        start = new Button(startText, new FontIcon(startIcon));
        start.setId(startId);
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> onStart.run());
        start.disableProperty().bind(busy);
        start.setMinWidth(Region.USE_PREF_SIZE);
        cancel = new Button("Cancel", new FontIcon(MaterialDesignS.STOP));
        cancel.setOnAction(e -> onCancel.run());
        cancel.disableProperty().bind(Bindings.not(busy));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        progress = new ProgressBar();
        progress.setMinWidth(20);
        progress.progressProperty().bind(progressValue);
        progress.visibleProperty().bind(busy);
        status = new Label();
        status.setId(statusId);
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(statusText);
    }

    public Button start() {
        return start;
    }

    public Button cancel() {
        return cancel;
    }

    public ProgressBar progress() {
        return progress;
    }

    public Label status() {
        return status;
    }

    /** Start, Cancel and a progress bar that takes the rest of the row. */
    public HBox row() {
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox row = new HBox(6, start, cancel, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
