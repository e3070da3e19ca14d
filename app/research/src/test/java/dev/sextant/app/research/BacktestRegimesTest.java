package dev.sextant.app.research;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.regime.RegimeModel;
import dev.sextant.engine.regime.RegimeParameters;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split by regime classifies the index once per (index, volatility index, model version, data fingerprint). */
class BacktestRegimesTest {

    @Test
    void theModelRunsOncePerKeyAndItsDaysEqualAFreshRunOfTheModel(@TempDir Path home) {
        try (AppContext ctx = AppContext.open(home, true, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            BacktestRegimes regimes = new BacktestRegimes(ctx.market(), ctx.settings());

            BacktestRegimes.Classified first = regimes.classify().orElseThrow();
            BacktestRegimes.Classified again = regimes.classify().orElseThrow();

            assertThat(regimes.modelRuns()).isEqualTo(1);
            assertThat(again).isSameAs(first);
            assertThat(first.symbols().index()).isEqualTo("IDX.SX");
            var fresh = new RegimeModel(RegimeParameters.defaults()).run(ctx.market().one("IDX.SX"),
                    first.symbols().volatility() == null ? null : ctx.market().one(first.symbols().volatility()),
                    List.of(), ProgressSink.NONE, Cancellation.NEVER).classification().byDate();
            assertThat(first.byDate()).isNotEmpty().isEqualTo(fresh);

            ctx.settings().set(RegimeSymbols.VOL_SETTING, "none");
            BacktestRegimes.Classified withoutVolatility = regimes.classify().orElseThrow();
            assertThat(regimes.modelRuns()).as("another volatility index is another key").isEqualTo(2);
            assertThat(withoutVolatility.symbols().volatility()).isNull();
            regimes.classify();
            assertThat(regimes.modelRuns()).isEqualTo(2);
        }
    }
}
