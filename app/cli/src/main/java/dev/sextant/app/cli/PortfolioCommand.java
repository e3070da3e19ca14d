package dev.sextant.app.cli;

import picocli.CommandLine.Command;

@Command(name = "portfolio", mixinStandardHelpOptions = true,
        description = {"Paper portfolios: follow a strategy (or switch between candidates) forward as new bars arrive,",
                "with the backtest's fill rules. Each update simulates only the days after the last processed one",
                "and appends them; saved days are never recomputed, even when old bars are revised."},
        subcommands = {PortfolioCreateCommand.class, PortfolioUpdateCommand.class, PortfolioShowCommand.class,
                PortfolioSwitchesCommand.class, PortfolioTradeCommand.class, PortfolioWhatIfCommand.class})
final class PortfolioCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
