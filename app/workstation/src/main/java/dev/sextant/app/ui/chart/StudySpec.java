package dev.sextant.app.ui.chart;

import dev.sextant.engine.indicator.IndicatorSpec;
import dev.sextant.engine.indicator.IndicatorSpec.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One study on the chart: an indicator of the engine's catalog with its arguments ({@code sma:200},
 * {@code macd:12:26:9}), the price it reads, its colour and line width, and whether it is shown.
 * Oscillators get a pane below the price; averages, bands and VWAP are drawn over the candles.
 */
public record StudySpec(String indicator, PriceSource source, String colour, double width, boolean visible) {

    public static final double MIN_WIDTH = 0.5;
    public static final double MAX_WIDTH = 6;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Set<Kind> PANE_KINDS = EnumSet.of(Kind.RSI, Kind.MACD, Kind.ATR, Kind.ADX, Kind.RV, Kind.VOLRATIO);
    private static final Set<Kind> SOURCE_KINDS = EnumSet.of(Kind.SMA, Kind.EMA, Kind.RSI, Kind.MACD, Kind.BB, Kind.RV,
            Kind.DWAP);

    public StudySpec {
        if (indicator == null || indicator.isBlank()) {
            throw new IllegalArgumentException("study indicator is empty");
        }
        IndicatorSpec parsed = IndicatorSpec.parse(indicator);
        for (int i = 0; i < parsed.args().size(); i++) {
            if (parsed.kind() == Kind.BB && i == 1) {
                if (!(parsed.doubleArg(i) > 0)) {
                    throw new IllegalArgumentException("bb multiplier must be > 0, got " + parsed.args().get(i));
                }
            } else if (parsed.kind() != Kind.VWAP) {
                parsed.intArg(i);
            }
        }
        indicator = canonical(parsed);
        if (source == null) {
            source = PriceSource.CLOSE;
        }
        if (source != PriceSource.CLOSE && !SOURCE_KINDS.contains(parsed.kind())) {
            throw new IllegalArgumentException("study " + indicator + " reads high, low and close: source must be close, got "
                    + source.code());
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("study colour must be #RRGGBB, got '" + colour + "'");
        }
        if (!(width >= MIN_WIDTH && width <= MAX_WIDTH)) {
            throw new IllegalArgumentException("study line width must be " + MIN_WIDTH + ".." + MAX_WIDTH + ", got " + width);
        }
    }

    /** A shown study reading the close, 1.5 px wide. */
    public static StudySpec of(String indicator, String colour) {
        return new StudySpec(indicator, PriceSource.CLOSE, colour, 1.5, true);
    }

    private static String canonical(IndicatorSpec spec) {
        return spec.args().isEmpty() ? spec.kind().code() : spec.kind().code() + ":" + String.join(":", spec.args());
    }

    public IndicatorSpec parsed() {
        return IndicatorSpec.parse(indicator);
    }

    public Kind kind() {
        return parsed().kind();
    }

    /** Drawn in its own pane below the price, not over the candles. */
    public boolean isPane() {
        return PANE_KINDS.contains(kind());
    }

    /** Whether the source can be chosen (the indicator reads one price per bar). */
    public static boolean readsOnePrice(Kind kind) {
        return SOURCE_KINDS.contains(kind);
    }

    /** Session VWAP only means something on intraday bars. */
    public boolean appliesTo(boolean intraday) {
        return kind() != Kind.VWAP || intraday;
    }

    /** The name and parameters as a legend shows them: "SMA 200", "MACD 12 26 9 hl2", "VWAP". */
    public String label() {
        IndicatorSpec p = parsed();
        String name = p.kind() == Kind.VOLRATIO ? "Vol ratio" : p.kind().code().toUpperCase(Locale.ROOT);
        String args = p.kind() == Kind.VWAP ? "" : " " + String.join(" ", p.args());
        return name + args + (source == PriceSource.CLOSE ? "" : " " + source.code());
    }

    public StudySpec withVisible(boolean shown) {
        return new StudySpec(indicator, source, colour, width, shown);
    }

    /** The studies a new workspace shows: two averages and RSI on daily bars, SMA 9 and VWAP on intraday bars. */
    public static List<StudySpec> defaults(boolean intraday) {
        return intraday
                ? List.of(of("sma:9", "#e0b04c"), of("vwap", "#4c9be0"))
                : List.of(of("sma:50", "#4c9be0"), of("sma:200", "#c35ee0"), of("rsi:14", "#b07ce8"));
    }
}
