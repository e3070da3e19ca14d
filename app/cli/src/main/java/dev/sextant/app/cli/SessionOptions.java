package dev.sextant.app.cli;

import dev.sextant.engine.live.LiveSessionConfig;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.SmaVwapCrossProvider;
import java.util.List;
import picocli.CommandLine.Option;

/** The cross and paper settings of {@code replay} and {@code live}. */
final class SessionOptions {

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter of sma-vwap-cross (smaPeriod, calendar, vwapPrice, smaScope, hours); repeatable.")
    List<String> params;

    @Option(names = "--capital", defaultValue = "100000", paramLabel = "C",
            description = "The paper portfolio's starting cash (default: ${DEFAULT-VALUE}).")
    double capital;

    @Option(names = "--amount", defaultValue = "10000", paramLabel = "A",
            description = "What each paper entry buys, in whole shares of the signal close (default: ${DEFAULT-VALUE}).")
    double amount;

    LiveSessionConfig config() {
        if (!(capital > 0)) {
            throw new UserError("--capital must be positive, got " + capital);
        }
        if (!(amount > 0)) {
            throw new UserError("--amount must be positive, got " + amount);
        }
        StrategyProvider provider = new SmaVwapCrossProvider();
        var resolved = provider.paramSpace().resolve(ParamOverrides.parse(params, provider));
        return LiveSessionConfig.defaults().withStrategyParams(resolved).withPaper(capital, amount);
    }
}
