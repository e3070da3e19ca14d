package dev.sextant.app.cli;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.ExitMode;
import dev.sextant.engine.backtest.FeeModel;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.backtest.SlippageModel;
import picocli.CommandLine.Option;

/** Capital, sizing, fills and costs of a simulation, as options; the same texts and defaults as {@code backtest}. */
final class SimulationOptions {

    @Option(names = "--capital", defaultValue = "100000", paramLabel = "X", description = "Starting cash (default: ${DEFAULT-VALUE}).")
    double capital;

    @Option(names = "--sizing", defaultValue = "equal-weight", paramLabel = "RULE",
            description = "all-in | fixed-fraction:F | equal-weight | atr-risk:R | vol-target:V (default: ${DEFAULT-VALUE}).")
    String sizing;

    @Option(names = "--max-positions", defaultValue = "10", paramLabel = "N", description = "Most open positions (default: ${DEFAULT-VALUE}).")
    int maxPositions;

    @Option(names = "--fill", defaultValue = "next-open", paramLabel = "WHEN", description = "next-open | same-close (default: ${DEFAULT-VALUE}).")
    String fill;

    @Option(names = "--close-only", description = "Check stops and targets on the close only and exit at the next fill, like a close-based system.")
    boolean closeOnly;

    @Option(names = "--commission", defaultValue = "bps:0", paramLabel = "COST",
            description = "bps:X | per-share:X | per-trade:X ('0' = none; default: ${DEFAULT-VALUE}).")
    String commission;

    @Option(names = "--slippage", defaultValue = "bps:0", paramLabel = "COST", description = "bps:X | range:F (default: ${DEFAULT-VALUE}).")
    String slippage;

    @Option(names = "--rf", defaultValue = "0.0", paramLabel = "RATE", description = "Annual risk-free rate for Sharpe/Sortino (default: ${DEFAULT-VALUE}).")
    double riskFree;

    /** Parses the option texts; a bad one fails naming its value. Call before any slow work. */
    void validate() {
        sizingRule();
        fees();
        slip();
        BacktestRequestMap.parseFill(fill);
    }

    /** Sets these options on {@code b}; bad texts fail naming the option's value. */
    BacktestRequest.Builder applyTo(BacktestRequest.Builder b) {
        return b.capital(capital).sizing(sizingRule()).maxPositions(maxPositions)
                .fill(BacktestRequestMap.parseFill(fill)).exitMode(closeOnly ? ExitMode.CLOSE_ONLY : ExitMode.INTRABAR)
                .commission(fees()).slippage(slip()).riskFreeRate(riskFree);
    }

    private SizingRule sizingRule() {
        return SizingRule.parse(sizing);
    }

    private FeeModel fees() {
        return "0".equals(commission.trim()) ? FeeModel.none() : FeeModel.parse(commission);
    }

    private SlippageModel slip() {
        return "0".equals(slippage.trim()) ? SlippageModel.none() : SlippageModel.parse(slippage);
    }
}
