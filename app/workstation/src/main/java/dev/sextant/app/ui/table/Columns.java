package dev.sextant.app.ui.table;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns over row objects (never narrower than their given width, so headers stay legible): text, and numbers that sort as numbers and show a fixed format (blank when undefined). */
public final class Columns {

    private Columns() {
    }

    public static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    /** A numeric column shown with {@code format} (e.g. {@code %.2f}); NaN shows blank and sorts last. */
    public static <R> TableColumn<R, Double> number(String title, double width, String format, Function<R, Double> value) {
        TableColumn<R, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setComparator((a, b) -> {
            boolean na = a == null || a.isNaN();
            boolean nb = b == null || b.isNaN();
            return na || nb ? Boolean.compare(na, nb) : Double.compare(a, b);
        });
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || !Double.isFinite(v) ? "" : String.format(Locale.ROOT, format, v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
