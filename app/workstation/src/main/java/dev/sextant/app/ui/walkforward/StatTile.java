package dev.sextant.app.ui.walkforward;

import dev.sextant.engine.walkforward.SavedWalkForward;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A tile for one walk-forward statistic: its name, value and coloured verdict; the tooltip explains it. */
final class StatTile extends VBox {

    private final String name;
    private final String meaning;
    private final Label value = new Label("-");
    private final Label verdict = new Label("no run yet");
    private final Tooltip tooltip = new Tooltip();

    StatTile(String id, String name, String meaning) {
        super(2);
        this.name = name;
        this.meaning = meaning;
        setId(id);
        getStyleClass().addAll("stat-tile", "verdict-none");
        Label title = new Label(name);
        title.getStyleClass().add("kpi-title");
        value.getStyleClass().add("kpi-value");
        value.setId(id + "-value");
        verdict.getStyleClass().add("stat-verdict");
        verdict.setId(id + "-verdict");
        getChildren().addAll(new HBox(8, title), value, verdict);
        tooltip.setText(name + ": " + meaning);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(this, tooltip);
        setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(this, javafx.scene.layout.Priority.ALWAYS);
    }

    void show(SavedWalkForward.Statistic stat) {
        StatVerdict v = StatVerdict.of(name, stat);
        value.setText(v.value());
        verdict.setText(v.words());
        getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        getStyleClass().add(v.styleClass());
        tooltip.setText(String.join("\n", List.of(name + " " + v.value() + ": " + v.words() + ".", meaning)));
    }

    String valueText() {
        return value.getText();
    }

    String verdictText() {
        return verdict.getText();
    }

    Tooltip tooltip() {
        return tooltip;
    }
}
