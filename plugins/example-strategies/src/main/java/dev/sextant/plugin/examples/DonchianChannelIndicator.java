package dev.sextant.plugin.examples;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.IndicatorProvider;
import java.util.List;

/**
 * {@code donchian:n}: the highest high and lowest low of the {@code n} bars before each bar (the
 * channels of {@link DonchianBreakoutProvider}), for {@code ./sextant indicators}.
 */
public final class DonchianChannelIndicator implements IndicatorProvider {

    @Override
    public String name() {
        return "donchian";
    }

    @Override
    public String description() {
        return "Donchian channel: highest high and lowest low of the n bars before each bar";
    }

    @Override
    public List<String> defaultArgs() {
        return List.of("20");
    }

    @Override
    public List<String> outputNames(List<String> args) {
        int n = period(args);
        return List.of("donchian_" + n + "_upper", "donchian_" + n + "_lower");
    }

    @Override
    public List<double[]> compute(PriceColumns bars, List<String> args) {
        int n = period(args);
        return List.of(Channels.highestBefore(bars.high(), n), Channels.lowestBefore(bars.low(), n));
    }

    private static int period(List<String> args) {
        try {
            int n = Integer.parseInt(args.getFirst());
            if (n < 1) {
                throw new IllegalArgumentException("donchian period must be >= 1, got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("donchian period '" + args.getFirst() + "' is not an integer", e);
        }
    }
}
