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
        return choices(seed, returns, null);
    }

    /**
     * These options over {@code preset}'s simulation choices: an option the user gave wins, else the preset's value
     * (the return mode {@code returns} is the {@code --returns} option's value).
     */
    SimulationChoices choices(String seed, String returns, PresetOverlay preset) {
        if (preset == null || preset.preset() == null) {
            return new SimulationChoices(capital, sizing, maxPositions, fill, closeOnly, commission, slippage, riskFree,
                    seed, fractional, leverage, reentry, returns);
        }
        return new SimulationChoices(preset.pick("--capital", capital, p -> p.simulation().capital()),
                preset.pick("--sizing", sizing, p -> p.simulation().sizing()),
                preset.pick("--max-positions", maxPositions, p -> p.simulation().maxPositions()),
                preset.pick("--fill", fill, p -> p.simulation().fill()),
                preset.pick("--close-only", closeOnly, p -> p.simulation().closeOnly()),
                preset.pick("--commission", commission, p -> p.simulation().commission()),
                preset.pick("--slippage", slippage, p -> p.simulation().slippage()),
                riskFree, seed,
                preset.pick("--fractional", fractional, p -> p.simulation().fractional()),
                preset.pick("--leverage", leverage, p -> p.simulation().leverage()),
                preset.pick("--reentry", reentry, p -> p.simulation().reentry()),
                preset.pick("--returns", returns, p -> p.simulation().returns()));
    }
}
