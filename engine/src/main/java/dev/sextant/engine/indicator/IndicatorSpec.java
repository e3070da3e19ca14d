package dev.sextant.engine.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One requested indicator: a kind and its arguments, parsed from text such as {@code sma:20},
 * {@code macd:12:26:9}, {@code bb:20:2} or {@code vwap}. {@link #parseList} reads a comma
 * separated list. Output column names are {@link #outputNames()}.
 */
public record IndicatorSpec(Kind kind, List<String> args) {

    /** The supported kinds with their argument count and defaults. */
    public enum Kind {
        SMA("sma", "20"), EMA("ema", "20"), RSI("rsi", "14"), MACD("macd", "12", "26", "9"), BB("bb", "20", "2"),
        ATR("atr", "14"), ADX("adx", "14"), RV("rv", "20"), DWAP("dwap", "200"), VWAP("vwap", "America/New_York"),
        VOLRATIO("volratio", "20");

        final String code;
        final List<String> defaults;

        Kind(String code, String... defaults) {
            this.code = code;
            this.defaults = List.of(defaults);
        }

        public String code() {
            return code;
        }
    }

    public IndicatorSpec {
        args = List.copyOf(args);
        if (args.size() != kind.defaults.size()) {
            throw new IllegalArgumentException(kind.code + " takes " + kind.defaults.size() + " argument(s), got " + args);
        }
    }

    /** Parses one spec; missing trailing arguments take their defaults. */
    public static IndicatorSpec parse(String text) {
        String[] parts = text.trim().split(":");
        String code = parts[0].toLowerCase(Locale.ROOT);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + parts[0] + "' (known: "
                        + Arrays.stream(Kind.values()).map(Kind::code).toList() + ")"));
        if (parts.length - 1 > kind.defaults.size()) {
            throw new IllegalArgumentException("indicator '" + text + "' has too many arguments (at most "
                    + kind.defaults.size() + ")");
        }
        List<String> args = new ArrayList<>(kind.defaults);
        for (int i = 1; i < parts.length; i++) {
            args.set(i - 1, parts[i].trim());
        }
        return new IndicatorSpec(kind, args);
    }

    public static List<IndicatorSpec> parseList(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(IndicatorSpec::parse).toList();
    }

    public int intArg(int i) {
        try {
            int v = Integer.parseInt(args.get(i));
            if (v < 1) {
                throw new IllegalArgumentException(kind.code + " argument " + (i + 1) + " must be >= 1, got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind.code + " argument " + (i + 1) + " '" + args.get(i) + "' is not an integer", e);
        }
    }

    public double doubleArg(int i) {
        try {
            return Double.parseDouble(args.get(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind.code + " argument " + (i + 1) + " '" + args.get(i) + "' is not a number", e);
        }
    }

    /** Base name such as {@code sma_20} or {@code macd_12_26_9}; {@code vwap} has no suffix. */
    public String baseName() {
        return kind == Kind.VWAP ? "vwap" : kind.code + "_" + String.join("_", args);
    }

    public List<String> outputNames() {
        String b = baseName();
        return switch (kind) {
            case MACD -> List.of(b + "_line", b + "_signal", b + "_hist");
            case BB -> List.of(b + "_middle", b + "_upper", b + "_lower");
            case ADX -> List.of(b + "_plus_di", b + "_minus_di", b);
            default -> List.of(b);
        };
    }
}
