package dev.sextant.app.ui.chart;

import dev.sextant.engine.indicator.IndicatorSpec.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The study settings dialog: the indicator, its parameters, the price it reads, colour and line
 * width. OK is refused with the error under the fields while a field is bad. It answers the study,
 * or an empty optional when the user removed it (no answer when cancelled).
 */
public final class StudyDialog extends Dialog<Optional<StudySpec>> {

    private static final ButtonType REMOVE = new ButtonType("Remove", ButtonBar.ButtonData.LEFT);

    private final ComboBox<Kind> kind = new ComboBox<>();
    private final ComboBox<PriceSource> source = new ComboBox<>();
    private final ColorPicker colour = new ColorPicker();
    private final Spinner<Double> width = new Spinner<>(StudySpec.MIN_WIDTH, StudySpec.MAX_WIDTH, 1.5, 0.5);
    private final List<TextField> values = new ArrayList<>();
    private final GridPane form = new GridPane(8, 6);
    private final Label error = new Label();
    private final boolean visible;

    /** @param current the study to edit, or null to add one */
    public StudyDialog(Window owner, StudySpec current) {
        initOwner(owner);
        setTitle(current == null ? "Add study" : "Study settings");
        setHeaderText(current == null ? "Add a study to the chart" : current.label());
        StudySpec start = current != null ? current : StudySpec.of("sma:20", "#e0b04c");
        visible = start.visible();
        kind.getItems().setAll(StudyForm.kinds());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kind k) {
                return k == null ? "" : StudyForm.name(k);
            }

            @Override
            public Kind fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        kind.setId("study-kind");
        source.getItems().setAll(PriceSource.values());
        source.setId("study-source");
        colour.setId("study-colour");
        width.setId("study-width");
        width.setEditable(true);
        error.setId("study-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        kind.setValue(start.kind());
        source.setValue(start.source());
        colour.setValue(Color.web(start.colour()));
        width.getValueFactory().setValue(start.width());
        layoutFields(start.parsed().args());
        kind.valueProperty().addListener((obs, old, now) -> layoutFields(StudyForm.defaults(now)));

        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (current != null) {
            getDialogPane().getButtonTypes().add(REMOVE);
        }
        getDialogPane().lookupButton(ButtonType.OK).setId("study-ok");
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (spec().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? spec() : b == REMOVE ? Optional.empty() : null);
    }

    private void layoutFields(List<String> args) {
        form.getChildren().clear();
        values.clear();
        int row = 0;
        form.addRow(row++, new Label("Indicator"), kind);
        List<String> names = StudyForm.parameters(kind.getValue());
        for (int i = 0; i < names.size(); i++) {
            TextField f = new TextField(args.get(i));
            f.setId("study-param-" + i);
            f.setPrefColumnCount(14);
            values.add(f);
            form.addRow(row++, new Label(names.get(i)), f);
        }
        source.setDisable(!StudySpec.readsOnePrice(kind.getValue()));
        form.addRow(row++, new Label("Source"), source);
        form.addRow(row++, new Label("Colour"), colour);
        form.addRow(row++, new Label("Line width"), width);
        form.add(error, 0, row, 2, 1);
        error.setText("");
    }

    /** The study the fields describe; empty (and the error shown) while a field is bad. */
    Optional<StudySpec> spec() {
        try {
            Color c = colour.getValue();
            String hex = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                    Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
            StudySpec s = StudyForm.build(kind.getValue(), values.stream().map(TextField::getText).toList(),
                    source.getValue(), hex, width.getValue(), visible);
            error.setText("");
            return Optional.of(s);
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return Optional.empty();
        }
    }
}
