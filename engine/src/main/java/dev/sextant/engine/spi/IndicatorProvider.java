package dev.sextant.engine.spi;

import dev.sextant.engine.market.PriceColumns;
import java.util.List;

/**
 * Plugin SPI: an indicator computed on one series, requested by name in indicator specs, e.g.
 * {@code donchian:20} for {@link #name()} {@code donchian} with one argument. Implementations
 * must be stateless and thread-safe, and the value at index {@code i} may use only bars
 * {@code 0..i}.
 */
public interface IndicatorProvider {

    /** The spec name, lower-case, e.g. {@code donchian}; must not clash with a built-in kind. */
    String name();

    String description();

    /** Default arguments as text; a spec may give fewer, the rest take these defaults. */
    List<String> defaultArgs();

    /** Names of the output columns for these arguments, e.g. {@code [donchian_20_upper, donchian_20_lower]}. */
    List<String> outputNames(List<String> args);

    /**
     * One column per {@link #outputNames(List)} entry, each as long as {@code bars}, NaN before warm-up.
     *
     * @throws IllegalArgumentException for arguments it cannot use
     */
    List<double[]> compute(PriceColumns bars, List<String> args);
}
