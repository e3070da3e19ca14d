package dev.sextant.app.ui.chart.drawing;

import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.drawing.DrawingStyle;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/** Edits a drawing's colour, line width, extension left and right, and a text note's text. */
final class DrawingEditDialog extends Dialog<Drawing> {

    DrawingEditDialog(Window owner, Drawing d) {
        initOwner(owner);
        setTitle("Edit " + d.kind().label().toLowerCase(Locale.ROOT));
        ColorPicker colour = new ColorPicker(Color.web(d.style().colour()));
        colour.setId("drawing-colour");
        Spinner<Double> width = new Spinner<>(DrawingStyle.MIN_WIDTH, DrawingStyle.MAX_WIDTH, d.style().width(), 0.5);
        width.setId("drawing-width");
        width.setEditable(true);
        CheckBox left = new CheckBox("Extend left");
        left.setId("drawing-extend-left");
        left.setSelected(d.style().extendLeft());
        CheckBox right = new CheckBox("Extend right");
        right.setId("drawing-extend-right");
        right.setSelected(d.style().extendRight());
        TextField text = new TextField(d.text());
        text.setId("drawing-text");
        text.setPrefColumnCount(24);
        GridPane grid = new GridPane(10, 8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Colour"), colour);
        grid.addRow(1, new Label("Width (px)"), width);
        boolean extendable = d.kind() != DrawingKind.VERTICAL_LINE && d.kind() != DrawingKind.TEXT_NOTE;
        if (extendable) {
            grid.addRow(2, left, right);
        }
        if (d.kind() == DrawingKind.TEXT_NOTE) {
            grid.addRow(3, new Label("Text"), text);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button != ButtonType.OK ? null
                : d.withStyle(new DrawingStyle(hex(colour.getValue()), width.getValue(), left.isSelected(), right.isSelected()),
                        text.getText()));
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
