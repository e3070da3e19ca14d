package dev.sextant.app.cli;

import dev.sextant.app.research.SimulationChoices;
import picocli.CommandLine.Option;

/**
 * Capital, sizing, fills, costs and the account (fractional shares, leverage, re-entry) of a simulation, as options. The texts, defaults and parsing are those of
 * {@link SimulationChoices}, which the backtest panel uses too.
 */
final class SimulationOptions {

    @Option(names = "--capital", defaultValue = SimulationChoices.DEFAULT_CAPITAL, paramLabel = "X", description = "Starting cash (default: ${DEFAULT-VALUE}).")
    String capital;

    @Option(names = "--sizing", defaultValue = SimulationChoices.DEFAULT_SIZING, paramLabel = "RULE",
            description = "all-in | fixed-fraction:F | equal-weight | atr-risk:R | vol-target:V | fixed-amount:A"
                    + " | initial-fraction:F (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--fractional", description = "Hold fractional shares (default: whole shares, rounded down).")
    boolean fractional;

    @Option(names = "--leverage", defaultValue = SimulationChoices.DEFAULT_LEVERAGE, paramLabel = "X",
            description = "Gross exposure up to X × equity, 1..10; fractions of equity may then go up to X and cash"
                    + " below 0, without interest (default: ${DEFAULT-VALUE}, a cash account).")
    String leverage;

    @Option(names = "--reentry", defaultValue = SimulationChoices.DEFAULT_REENTRY, paramLabel = "WHEN",
            description = "none | same-close: a symbol sold at a close may be bought again at that close (needs"
                    + " --fill same-close; default: ${DEFAULT-VALUE}).")
    String reentry;

    /**
     * These options with {@code seed} and the return mode {@code returns}; {@link SimulationChoices#validate()}
     * names a bad value.
     */
    SimulationChoices choices(String seed, String returns) {
        return new SimulationChoices(capital, sizing, maxPositions, fill, closeOnly, commission, slippage, riskFree, seed,
                fractional, leverage, reentry, returns);
    }
}
