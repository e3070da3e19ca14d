package dev.sextant.app.ui.watchlist;

import dev.sextant.engine.watchlist.WatchlistRow;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Polyline;

/**
 * A table cell drawing a row's last closes as a line: lowest close at the bottom, highest at the top, green when
 * the last close is above the first, red when below (the theme's success and danger colours, so it reads in both
 * themes).
 */
final class SparklineCell extends TableCell<WatchlistRow, WatchlistRow> {

    static final double WIDTH = 80;
    static final double HEIGHT = 18;

    private final Polyline line = new Polyline();

    SparklineCell() {
        line.setStrokeWidth(1.4);
        line.getStyleClass().add("watchlist-sparkline");
        setText(null);
    }

    @Override
    protected void updateItem(WatchlistRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null || row.spark().length < 2) {
            setGraphic(null);
            return;
        }
        line.getPoints().setAll(points(row.spark(), WIDTH, HEIGHT));
        double[] s = row.spark();
        line.setStyle("-fx-stroke: " + (s[s.length - 1] >= s[0] ? "-color-success-fg" : "-color-danger-fg") + ";");
        setGraphic(line);
    }

    /** x, y pairs of {@code closes} spread over {@code width}, scaled into {@code height} (y down), flat when all equal. */
    static Double[] points(double[] closes, double width, double height) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double c : closes) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        double span = max - min;
        Double[] xy = new Double[2 * closes.length];
        for (int i = 0; i < closes.length; i++) {
            xy[2 * i] = width * i / (closes.length - 1);
            xy[2 * i + 1] = span == 0 ? height / 2 : height * (max - closes[i]) / span;
        }
        return xy;
    }
}
