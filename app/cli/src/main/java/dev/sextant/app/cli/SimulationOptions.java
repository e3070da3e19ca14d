package dev.sextant.app.cli;

import dev.sextant.app.research.SimulationChoices;
import picocli.CommandLine.Option;

/**
 * Capital, sizing, fills and costs of a simulation, as options. The texts, defaults and parsing are those of
 * {@link SimulationChoices}, which the backtest panel uses too.
 */
final class SimulationOptions {

    @Option(names = "--capital", defaultValue = SimulationChoices.DEFAULT_CAPITAL, paramLabel = "X", description = "Starting cash (default: ${DEFAULT-VALUE}).")
    String capital;

    @Option(names = "--sizing", defaultValue = SimulationChoices.DEFAULT_SIZING, paramLabel = "RULE",
            description = "all-in | fixed-fraction:F | equal-weight | atr-risk:R | vol-target:V (default: ${DEFAULT-VALUE}).")
    String sizing;

    @Option(names = "--max-positions", defaultValue = SimulationChoices.DEFAULT_MAX_POSITIONS, paramLabel = "N", description = "Most open positions (default: ${DEFAULT-VALUE}).")
    String maxPositions;

    @Option(names = "--fill", defaultValue = SimulationChoices.DEFAULT_FILL, paramLabel = "WHEN", description = "next-open | same-close (default: ${DEFAULT-VALUE}).")
    String fill;

    @Option(names = "--close-only", description = "Check stops and targets on the close only and exit at the next fill, like a close-based system.")
    boolean closeOnly;

    @Option(names = "--commission", defaultValue = SimulationChoices.DEFAULT_COMMISSION, paramLabel = "COST",
            description = "bps:X | per-share:X | per-trade:X ('0' = none; default: ${DEFAULT-VALUE}).")
    String commission;

    @Option(names = "--slippage", defaultValue = SimulationChoices.DEFAULT_SLIPPAGE, paramLabel = "COST", description = "bps:X | range:F (default: ${DEFAULT-VALUE}).")
    String slippage;

    @Option(names = "--rf", defaultValue = SimulationChoices.DEFAULT_RISK_FREE, paramLabel = "RATE", description = "Annual risk-free rate for Sharpe/Sortino (default: ${DEFAULT-VALUE}).")
    String riskFree;

    /** These options with {@code seed}; {@link SimulationChoices#validate()} names a bad value. */
    SimulationChoices choices(String seed) {
        return new SimulationChoices(capital, sizing, maxPositions, fill, closeOnly, commission, slippage, riskFree, seed);
    }
}
