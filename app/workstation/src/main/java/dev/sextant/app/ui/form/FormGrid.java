package dev.sextant.app.ui.form;

import atlantafx.base.theme.Styles;
import dev.sextant.engine.spi.ParamSpec;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A form laid out as rows of label and editor, with each field's validation message in red under
 * its editor. Strategy parameters get typed editors: a choice box for categorical ones, a text field
 * (checked against the parameter's type and range) for numbers.
 */
public final class FormGrid extends GridPane {

    private int row;

    public FormGrid() {
        setHgap(8);
        setVgap(2);
        getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        labels.setHgrow(Priority.NEVER);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        getColumnConstraints().setAll(labels, editors);
    }

    /** A row with {@code editor} under {@code label}. */
    public FormGrid add(String label, Node editor) {
        Label l = new Label(label);
        l.setMinWidth(USE_PREF_SIZE);
        add(l, 0, row);
        add(editor, 1, row);
        row++;
        return this;
    }

    /** A "Preset" row: a choice with id {@code id} of the preset names, bound both ways to the chosen one. */
    public FormGrid addPreset(PresetChoice preset, String id) {
        ComboBox<String> box = new ComboBox<>(preset.names());
        box.setId(id);
        box.setPromptText("none");
        box.valueProperty().bindBidirectional(preset.chosen());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new javafx.scene.control.Tooltip(
                "Fill the form from a preset (./sextant preset list); fields changed afterwards override it"));
        return add("Preset", box);
    }

    /** A row with a text field bound to {@code field} and its validation message. */
    public FormGrid add(ValidatedField field, String prompt, String id) {
        TextField text = new TextField();
        text.setId(id);
        text.setPromptText(prompt);
        text.textProperty().bindBidirectional(field.text());
        return add(field, text);
    }

    /** A row with {@code editor} (bound to {@code field} by the caller) and the field's validation message. */
    public FormGrid add(ValidatedField field, Node editor) {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
        error.setWrapText(true);
        error.textProperty().bind(field.error());
        error.managedProperty().bind(field.error().isNotEmpty());
        error.visibleProperty().bind(field.error().isNotEmpty());
        Label l = new Label(field.label());
        l.setMinWidth(USE_PREF_SIZE);
        add(l, 0, row);
        VBox box = new VBox(1, editor, error);
        add(box, 1, row);
        row++;
        return this;
    }

    /** A choice box with id {@code id} offering {@code items}, bound both ways to {@code value}. */
    public static ComboBox<String> choice(String id, List<String> items, ObjectProperty<String> value) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        if (items instanceof ObservableList<String> observed) {
            c.setItems(observed); // follows a list read later
        } else {
            c.getItems().setAll(items);
        }
        c.valueProperty().bindBidirectional(value);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /**
     * Rows for the entry filters and the risk policy, with ids {@code idPrefix-market-filter},
     * {@code -regime-gate}, {@code -vol-ceiling}, {@code -circuit-breaker} and {@code -risk-policy}
     * (an editable choice of the saved policies).
     */
    public FormGrid addRules(EntryRuleFields rules, String idPrefix) {
        add(rules.marketFilter(), "e.g. SPY:sma200 (empty = off)", idPrefix + "-market-filter");
        add(rules.regimeGate(), "e.g. strong_bull,weak_bull", idPrefix + "-regime-gate");
        add(rules.volCeiling(), "e.g. ^VIX:30", idPrefix + "-vol-ceiling");
        add(rules.circuitBreaker(), "e.g. 3:10:trailing", idPrefix + "-circuit-breaker");
        ComboBox<String> policy = new ComboBox<>(rules.policyNames());
        policy.setId(idPrefix + "-risk-policy");
        policy.setEditable(true);
        policy.setPromptText("saved policy (empty = none)");
        policy.getEditor().textProperty().bindBidirectional(rules.riskPolicy().text()); // typed or picked, at once
        policy.setMaxWidth(Double.MAX_VALUE);
        return add(rules.riskPolicy(), policy);
    }

    /**
     * The "Run on" row: radio buttons {@code idPrefix-run-local} (This computer) and {@code idPrefix-run-spark} (Spark
     * cluster), and while Spark is chosen the master URL ({@code idPrefix-cluster-master}) and data folder
     * ({@code idPrefix-cluster-data}) with their messages. Without the Spark module its button is disabled and
     * {@code idPrefix-run-on-note} says how to build it.
     */
    public FormGrid addRunOn(RunOnChoice runOn, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        RadioButton local = new RadioButton("This computer");
        local.setId(idPrefix + "-run-local");
        local.setToggleGroup(group);
        RadioButton spark = new RadioButton("Spark cluster");
        spark.setId(idPrefix + "-run-spark");
        spark.setToggleGroup(group);
        spark.setSelected(runOn.cluster().get());
        local.setSelected(!runOn.cluster().get());
        spark.selectedProperty().bindBidirectional(runOn.cluster());
        runOn.cluster().addListener((obs, old, now) -> local.setSelected(!now));
        HBox choice = new HBox(12, local, spark);
        VBox box = new VBox(4, choice);
        if (!runOn.available()) {
            spark.setDisable(true);
            Tooltip.install(choice, new Tooltip(runOn.unavailableReason()));
            Label note = new Label(runOn.unavailableReason());
            note.setId(idPrefix + "-run-on-note");
            note.getStyleClass().add(Styles.TEXT_SMALL);
            note.setWrapText(true);
            note.setMinHeight(USE_PREF_SIZE);
            box.getChildren().add(note);
        }
        FormGrid cluster = new FormGrid()
                .add(runOn.master(), "local[*], spark://host:7077, yarn, k8s://https://host:port", idPrefix + "-cluster-master")
                .add(runOn.dataRoot(), "hdfs://… or s3a://… (empty for local[*]: <home>/spark-data)", idPrefix + "-cluster-data");
        cluster.visibleProperty().bind(runOn.cluster());
        cluster.managedProperty().bind(runOn.cluster());
        box.getChildren().add(cluster);
        return add("Run on", box);
    }

    /** A sub-grid showing {@code params}, rebuilt whenever the strategy (and so the parameter list) changes. */
    public static Node params(ParamForm params, String idPrefix) {
        VBox box = new VBox();
        Runnable rebuild = () -> {
            FormGrid grid = new FormGrid();
            for (ParamForm.Entry e : params.entries()) {
                grid.add(e.field(), editor(e, idPrefix));
            }
            box.getChildren().setAll(grid);
        };
        params.entries().addListener((ListChangeListener<ParamForm.Entry>) c -> rebuild.run());
        rebuild.run();
        return box;
    }

    private static Node editor(ParamForm.Entry e, String idPrefix) {
        Node editor;
        if (e.spec() instanceof ParamSpec.CategoricalParam c) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(c.choices());
            box.valueProperty().bindBidirectional(e.field().text());
            box.setMaxWidth(Double.MAX_VALUE);
            editor = box;
        } else {
            TextField text = new TextField();
            text.textProperty().bindBidirectional(e.field().text());
            text.setPromptText(range(e.spec()));
            editor = text;
        }
        editor.setId(idPrefix + e.spec().name());
        Tooltip.install(editor, new Tooltip(e.spec().description() + "  " + range(e.spec())));
        return editor;
    }

    private static String range(ParamSpec spec) {
        return switch (spec) {
            case ParamSpec.IntParam p -> "integer " + p.min() + " .. " + p.max();
            case ParamSpec.FloatParam p -> "number " + p.min() + " .. " + p.max();
            case ParamSpec.CategoricalParam p -> String.join(" | ", p.choices());
        };
    }
}
