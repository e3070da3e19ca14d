package dev.sextant.app.research;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeClassificationKey;
import dev.sextant.engine.regime.RegimeModel;
import dev.sextant.engine.regime.RegimeParameters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split by regime classifies the index once per (index, volatility index, model version, data fingerprint),
 * stores the classification in the home and reuses it in later sessions.
 */
class BacktestRegimesTest {

    private static AppContext open(Path home) {
        return AppContext.open(home, true, new PrintWriter(new StringWriter()), ProgressSink.NONE);
    }

    private static SortedMap<LocalDate, MarketRegime> fresh(AppContext ctx, BacktestRegimes.Classified c) {
        return new RegimeModel(RegimeParameters.defaults()).run(ctx.market().one(c.symbols().index()),
                c.symbols().volatility() == null ? null : ctx.market().one(c.symbols().volatility()),
                List.of(), ProgressSink.NONE, Cancellation.NEVER).classification().byDate();
    }

    @Test
    void aLaterSessionReusesTheStoredClassificationAndNewBarsClassifyAgain(@TempDir Path home, @TempDir Path files)
            throws IOException {
        BacktestRegimes.Classified first;
        try (AppContext ctx = open(home)) {
            BacktestRegimes regimes = new BacktestRegimes(ctx.market(), ctx.settings(), ctx.regimeClassifications());
            first = regimes.classify().orElseThrow();
            assertThat(regimes.modelRuns()).isEqualTo(1);
        }
        try (AppContext ctx = open(home)) {
            BacktestRegimes regimes = new BacktestRegimes(ctx.market(), ctx.settings(), ctx.regimeClassifications());
            BacktestRegimes.Classified reopened = regimes.classify().orElseThrow();
            assertThat(regimes.modelRuns()).as("the stored classification is reused").isZero();
            assertThat(reopened.symbols()).isEqualTo(first.symbols());
            assertThat(reopened.byDate()).isNotEmpty().isEqualTo(first.byDate()).isEqualTo(fresh(ctx, reopened));

            // a revised bar of the index changes the data fingerprint: the stored classification is not reused
            String index = reopened.symbols().index();
            PriceColumns bars = ctx.market().one(index);
            int last = bars.size() - 1;
            Path csv = files.resolve(index + ".csv");
            Files.writeString(csv, "Date,Open,High,Low,Close,Volume\n" + String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s%n",
                    LocalDate.ofEpochDay(bars.time()[last]), bars.open()[last], bars.high()[last] * 1.05,
                    bars.low()[last], bars.high()[last] * 1.04, (long) bars.volume()[last]));
            ctx.data().importFiles(List.of(csv), ProgressSink.NONE, Cancellation.NEVER);
            assertThat(ctx.market().one(index).close()[last]).isEqualTo(bars.high()[last] * 1.04);

            BacktestRegimes.Classified revised = regimes.classify().orElseThrow();
            assertThat(regimes.modelRuns()).as("new bars are a new key").isEqualTo(1);
            assertThat(revised.byDate()).isEqualTo(fresh(ctx, revised));
        }
        try (AppContext ctx = open(home)) {
            BacktestRegimes regimes = new BacktestRegimes(ctx.market(), ctx.settings(), ctx.regimeClassifications());
            BacktestRegimes.Classified c = regimes.classify().orElseThrow();
            assertThat(regimes.modelRuns()).as("the revised bars' classification was stored too").isZero();
            assertThat(c.byDate()).isEqualTo(fresh(ctx, c));
        }
    }

    @Test
    void theStoredLabelsEqualAFreshClassification(@TempDir Path home) {
        try (AppContext ctx = open(home)) {
            BacktestRegimes.Classified c = new BacktestRegimes(ctx.market(), ctx.settings(), ctx.regimeClassifications())
                    .classify().orElseThrow();
            String vol = c.symbols().volatility();
            List<PriceColumns> inputs = vol == null ? List.of(ctx.market().one(c.symbols().index()))
                    : List.of(ctx.market().one(c.symbols().index()), ctx.market().one(vol));
            var key = new RegimeClassificationKey(c.symbols().index(), vol, RegimeModel.VERSION,
                    dev.sextant.engine.market.DataFingerprint.ofAll(inputs));
            assertThat(ctx.regimeClassifications().load(key)).hasValueSatisfying(stored ->
                    assertThat(stored).isNotEmpty().isEqualTo(fresh(ctx, c)));
        }
    }

    @Test
    void theModelRunsOncePerKeyAndItsDaysEqualAFreshRunOfTheModel(@TempDir Path home) {
        try (AppContext ctx = AppContext.open(home, true, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            BacktestRegimes regimes = new BacktestRegimes(ctx.market(), ctx.settings(), ctx.regimeClassifications());

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
