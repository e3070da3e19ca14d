package dev.sextant.app.ui.chart;

import dev.sextant.engine.indicator.IndicatorSpec;
import dev.sextant.engine.indicator.IndicatorSpec.Kind;
import java.util.List;

/**
 * What the study settings dialog asks for each indicator of the catalog, and how its fields become a
 * {@link StudySpec}: a bad field gives an error naming the field and the value.
 */
public final class StudyForm {

    private StudyForm() {
    }

    /** The indicators the dialog offers, with a readable name. */
    public static List<Kind> kinds() {
        return List.of(Kind.values());
    }

    public static String name(Kind kind) {
        return switch (kind) {
            case SMA -> "Simple moving average (SMA)";
            case EMA -> "Exponential moving average (EMA)";
            case RSI -> "Relative strength index (RSI)";
            case MACD -> "MACD";
            case BB -> "Bollinger bands (BB)";
            case ATR -> "Average true range (ATR)";
            case ADX -> "Average directional index (ADX)";
            case RV -> "Realised volatility (RV)";
            case DWAP -> "Volume-weighted average price over days (DWAP)";
            case VWAP -> "Session VWAP (intraday)";
            case VOLRATIO -> "Volume ratio";
        };
    }

    /** The names of the indicator's parameters, in spec order. */
    public static List<String> parameters(Kind kind) {
        return switch (kind) {
            case MACD -> List.of("Fast period", "Slow period", "Signal period");
            case BB -> List.of("Period", "Multiplier");
            case VWAP -> List.of("Session zone");
            default -> List.of("Period");
        };
    }

    /** The default parameter values of {@code kind}. */
    public static List<String> defaults(Kind kind) {
        return IndicatorSpec.parse(kind.code()).args();
    }

    /**
     * The study the fields describe.
     *
     * @throws IllegalArgumentException naming the first bad field and its value
     */
    public static StudySpec build(Kind kind, List<String> values, PriceSource source, String colour, double width,
                                  boolean visible) {
        List<String> names = parameters(kind);
        for (int i = 0; i < names.size(); i++) {
            String v = values.get(i).trim();
            boolean ok = switch (kind) {
                case VWAP -> zone(v);
                case BB -> i == 1 ? positiveNumber(v) : wholeNumber(v);
                default -> wholeNumber(v);
            };
            if (!ok) {
                String expected = kind == Kind.VWAP ? "a time zone such as America/New_York"
                        : kind == Kind.BB && i == 1 ? "a number > 0" : "a whole number >= 1";
                throw new IllegalArgumentException(names.get(i) + " '" + v + "' is not " + expected);
            }
        }
        String indicator = kind.code() + values.stream().map(v -> ":" + v.trim()).reduce("", String::concat);
        return new StudySpec(indicator, StudySpec.readsOnePrice(kind) ? source : PriceSource.CLOSE, colour, width, visible);
    }

    private static boolean zone(String v) {
        try {
            java.time.ZoneId.of(v);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static boolean wholeNumber(String v) {
        try {
            return Integer.parseInt(v) >= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean positiveNumber(String v) {
        try {
            return Double.parseDouble(v) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
