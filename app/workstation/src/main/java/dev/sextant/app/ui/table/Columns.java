package dev.sextant.app.ui.table;

import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Table columns over row objects (never narrower than their given width, so headers stay legible): text, and
 * numbers that sort as numbers and show a fixed format (blank when undefined). {@link #fitContent} widens a
 * table's columns to their longest text, so no value is cut off with an ellipsis.
 */
public final class Columns {

    /** Key of the column property holding the function from a row to the text the column shows. */
    private static final String SHOWN_TEXT = "sextant.shownText";
    /** Cell padding and a little air, in pixels, added to a text's measured width. */
    private static final double CELL_PADDING = 16;
    /** Rows measured at most, so a long table does not stall the FX thread. */
    private static final int MEASURED_ROWS = 2_000;

    private Columns() {
    }

    public static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.getProperties().put(SHOWN_TEXT, value);
        return c;
    }

    /**
     * A text column whose long values wrap onto more lines (the row grows) instead of being cut off; it keeps its
     * width, so give it the table's spare width (last column with {@code CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN}).
     */
    public static <R> TableColumn<R, String> wrapped(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                // a Text with a wrapping width gives the row its height; a wrapping Labeled cell does not grow the row
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(CELL_PADDING));
                text.getStyleClass().add("wrapped-cell-text");
            }

            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                text.setText(empty || v == null ? "" : v);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }

    /** A numeric column shown with {@code format} (e.g. {@code %.2f}); NaN shows blank and sorts last. */
    public static <R> TableColumn<R, Double> number(String title, double width, String format, Function<R, Double> value) {
        return numeric(title, width, v -> formatted(format, v), value);
    }

    /** A numeric column whose finite values {@code show} writes; NaN shows blank and sorts last. */
    public static <R> TableColumn<R, Double> number(String title, double width, Function<Double, String> show,
            Function<R, Double> value) {
        return numeric(title, width, v -> Double.isFinite(v) ? show.apply(v) : "", value);
    }

    private static <R> TableColumn<R, Double> numeric(String title, double width, Function<Double, String> shown,
            Function<R, Double> value) {
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
                setText(empty || v == null ? "" : shown.apply(v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.getProperties().put(SHOWN_TEXT, (Function<R, String>) row -> {
            Double v = value.apply(row);
            return v == null ? "" : shown.apply(v);
        });
        return c;
    }

    private static String formatted(String format, double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "";
    }

    /**
     * Keeps every column of {@code table} made here at least as wide as its header and its longest value
     * (of the first {@value #MEASURED_ROWS} rows), measured in the font the cells are drawn with.
     */
    public static <R> void fitContent(TableView<R> table) {
        Runnable fit = () -> Platform.runLater(() -> fit(table));
        table.itemsProperty().addListener((obs, old, now) -> {
            fit.run();
            now.addListener((ListChangeListener<R>) c -> fit.run());
        });
        table.getItems().addListener((ListChangeListener<R>) c -> fit.run());
        table.skinProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
    }

    @SuppressWarnings("unchecked")
    private static <R> void fit(TableView<R> table) {
        Font font = cellFont(table);
        for (TableColumn<R, ?> column : table.getVisibleLeafColumns()) {
            Object shown = column.getProperties().get(SHOWN_TEXT);
            if (!(shown instanceof Function<?, ?>)) {
                continue;
            }
            Function<R, String> text = (Function<R, String>) shown;
            double widest = width(column.getText(), font);
            int rows = Math.min(table.getItems().size(), MEASURED_ROWS);
            for (int i = 0; i < rows; i++) {
                widest = Math.max(widest, width(text.apply(table.getItems().get(i)), font));
            }
            double needed = Math.ceil(widest + CELL_PADDING);
            if (column.getMinWidth() < needed) {
                column.setMinWidth(needed);
                column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
            }
        }
    }

    /** The font of a drawn cell of {@code table}, or of its column headers before any row is drawn. */
    private static Font cellFont(TableView<?> table) {
        for (String selector : new String[] {".table-row-cell .table-cell", ".column-header .label"}) {
            Node n = table.lookup(selector);
            if (n instanceof Labeled l) {
                return l.getFont();
            }
        }
        return Font.getDefault();
    }

    private static double width(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
