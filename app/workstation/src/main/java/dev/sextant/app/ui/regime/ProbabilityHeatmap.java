package dev.sextant.app.ui.regime;

import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeSnapshot;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.utils.ColorGradient;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleGridDataSet;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Stop;

/**
 * The regime probabilities of consecutive days as a ChartFX heatmap: x the days (oldest left, date
 * labels), y the seven regimes (first on top, their names as labels), the colour the probability
 * from 0 (dark) to 1 (bright blue) with the scale on the right; a dot marks the day's classified
 * regime. Under the chart a readout shows the date, regime and probability under the mouse.
 */
public final class ProbabilityHeatmap extends VBox {

    static final String HINT = "Hover a cell for its date, regime and probability";
    private static final int MAX_DATE_LABELS = 7;
    private static final double DATE_LABEL_HALF_WIDTH = 40;
    private static final int QUANTISATION_LEVELS = 200;

    private final IndexAxis dayAxis = new IndexAxis(MAX_DATE_LABELS);
    private final IndexAxis regimeAxis = new IndexAxis(MarketRegime.COUNT);
    private final DefaultNumericAxis probabilityAxis = new DefaultNumericAxis("probability", 0, 1, 0.25) {
        @Override
        protected void calculateMajorTickValues(AxisRange range, DoubleArrayList values) {
            values.clear(); // 0, 0.25, .., 1 inclusive: ChartFX's own ticks leave out the upper bound
            for (int i = 0; i <= 4; i++) {
                values.add(i / 4.0);
            }
        }
    };
    private final ContourDataSetRenderer cells = new ContourDataSetRenderer();
    private final ErrorDataSetRenderer classified = new ErrorDataSetRenderer();
    private final XYChart chart = new XYChart(dayAxis, regimeAxis);
    private final Label readout = new Label(HINT);
    private List<RegimeSnapshot> days = List.of();
    private DoubleGridDataSet grid;

    public ProbabilityHeatmap() {
        setId("regime-heatmap");
        getStyleClass().add("regime-heatmap");
        setSpacing(2);
        dayAxis.setSide(Side.BOTTOM);
        dayAxis.setEdgeRoom(DATE_LABEL_HALF_WIDTH);
        regimeAxis.setSide(Side.LEFT);
        regimeAxis.invertAxis(true); // the first regime on top, as in the transition matrix
        regimeAxis.show(MarketRegime.COUNT, r -> MarketRegime.values()[r].label());
        probabilityAxis.setSide(Side.RIGHT);
        probabilityAxis.setDimIndex(DataSet.DIM_Z);
        probabilityAxis.setAutoRanging(false);
        probabilityAxis.setAutoRangeRounding(false);
        probabilityAxis.setMinorTickCount(0);
        probabilityAxis.setAnimated(false);
        probabilityAxis.setMaxMajorTickLabelCount(5);
        cells.setContourType(ContourType.HEATMAP);
        cells.setColorGradient(gradient());
        cells.setNumberQuantisationLevels(QUANTISATION_LEVELS);
        cells.setSmooth(false);
        cells.setPointReduction(false);
        cells.setComputeLocalRange(false);
        classified.setPolyLineStyle(LineStyle.NONE);
        classified.setErrorStyle(ErrorStyle.NONE);
        classified.setDrawMarker(true);
        chart.getAxes().add(probabilityAxis);
        chart.getRenderers().setAll(cells, classified);
        chart.getGridRenderer().getHorizontalMajorGrid().setVisible(false);
        chart.getGridRenderer().getVerticalMajorGrid().setVisible(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getStyleClass().addAll("curve-chart", "regime-heatmap-chart");
        chart.setPadding(new Insets(8, 0, 0, 0)); // room for the colour scale's top label, 1.00
        chart.setMinSize(300, 160);
        chart.setPrefSize(900, 7 * 26 + 40);
        setVgrow(chart, Priority.ALWAYS);
        readout.setId("regime-heatmap-readout");
        readout.getStyleClass().add("text-muted");
        chart.addEventFilter(MouseEvent.MOUSE_MOVED, e -> readout.setText(readoutAt(e.getSceneX(), e.getSceneY())));
        chart.addEventFilter(MouseEvent.MOUSE_EXITED, e -> readout.setText(HINT));
        getChildren().addAll(chart, readout);
    }

    /** Shows {@code days}, oldest first; an empty list clears the heatmap. */
    public void show(List<RegimeSnapshot> days) {
        this.days = List.copyOf(days);
        dayAxis.show(this.days.size(), i -> this.days.get(i).date().toString());
        cells.getDatasets().clear();
        classified.getDatasets().clear();
        readout.setText(HINT);
        if (this.days.isEmpty()) {
            grid = null;
            return;
        }
        grid = grid(this.days);
        cells.getDatasets().add(grid);
        DoubleDataSet dots = new DoubleDataSet("classified regime");
        for (int i = 0; i < this.days.size(); i++) {
            dots.add(i, this.days.get(i).regime().ordinal());
        }
        dots.setStyle("-fx-marker-color: #e6edf3; -fx-stroke: #e6edf3; -fx-marker-size: 2.5;");
        classified.getDatasets().add(dots);
    }

    /**
     * The heatmap's grid: z at (column i, row r) is day i's probability of regime r (row r = the
     * regime's ordinal). ChartFX stretches the image from the first to the last grid value, so the
     * grid values run from -0.5 to n-0.5 in n even steps: column i then covers [i-0.5, i+0.5] and
     * sits on the axis tick of day i (likewise the rows). A single day is drawn as two equal columns.
     */
    static DoubleGridDataSet grid(List<RegimeSnapshot> days) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("days: at least one day is needed for a heatmap");
        }
        int columns = Math.max(2, days.size());
        int rows = MarketRegime.COUNT;
        double[] z = new double[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double p = days.get(Math.min(c, days.size() - 1)).probabilities()[r];
                z[r * columns + c] = Double.isFinite(p) ? p : 0;
            }
        }
        return new DoubleGridDataSet("regime probabilities", false,
                new double[][] {edgeSpaced(columns, days.size()), edgeSpaced(rows, rows)}, z);
    }

    /** {@code points} values from -0.5 to {@code extent}-0.5, evenly spaced. */
    private static double[] edgeSpaced(int points, int extent) {
        double[] v = new double[points];
        for (int i = 0; i < points; i++) {
            v[i] = -0.5 + i * extent / (double) (points - 1);
        }
        return v;
    }

    /** The gradient of {@link #colour}, sampled finely enough that ChartFX's linear interpolation follows its square root. */
    static ColorGradient gradient() {
        List<Stop> stops = new ArrayList<>();
        int samples = 20;
        for (int i = 0; i <= samples; i++) {
            double t = i / (double) samples;
            stops.add(new Stop(t, colour(t)));
        }
        return new ColorGradient("regime probability", stops);
    }

    /** Probability 0 = dark, 1 = bright blue; by the square root, so that 0.1 and 0.3 differ visibly. */
    static Color colour(double p) {
        double a = Math.sqrt(Math.clamp(Double.isFinite(p) ? p : 0, 0, 1));
        return Color.web("#2d333b").interpolate(Color.web("#6cb6ff"), a);
    }

    /** What the readout says for the point at scene coordinates (x, y): date, regime, probability; the hint off the cells. */
    String readoutAt(double sceneX, double sceneY) {
        Point2D p = chart.getCanvas().sceneToLocal(sceneX, sceneY);
        int day = dayAxis.indexAt(dayAxis.getValueForDisplay(p.getX()));
        int regime = regimeAxis.indexAt(regimeAxis.getValueForDisplay(p.getY()));
        if (day < 0 || regime < 0) {
            return HINT;
        }
        RegimeSnapshot d = days.get(day);
        MarketRegime r = MarketRegime.values()[regime];
        return String.format(Locale.ROOT, "%s  %s  p %.2f%s", d.date(), r.label(), d.probability(r),
                r == d.regime() ? "  (the day's regime)" : "  (the day's regime: " + d.regime().label() + ")");
    }

    /** Number of days shown (for tests). */
    public int shownDays() {
        return days.size();
    }

    /** The grid the heatmap draws, null when empty (for tests). */
    public DoubleGridDataSet shownGrid() {
        return grid;
    }

    /** The ChartFX chart (for tests and snapshots). */
    public XYChart chart() {
        return chart;
    }

    public Label readout() {
        return readout;
    }
}
