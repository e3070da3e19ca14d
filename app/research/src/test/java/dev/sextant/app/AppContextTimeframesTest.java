package dev.sextant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.BarResampler;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root hands out bars in every derivable timeframe over the sample market, and stores none of them. */
class AppContextTimeframesTest {

    @TempDir
    Path home;

    @Test
    void panelsAndCommandsGetResampledBarsWhileTheStoreKeepsOnlyWhatWasImported() {
        try (AppContext ctx = AppContext.open(home, true, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            String minute = firstSymbol(ctx, Timeframe.MINUTE_1);
            String daily = firstDailyOnlySymbol(ctx);

            assertThat(ctx.bars().timeframes(daily)).containsExactly(Timeframe.DAILY, Timeframe.WEEKLY, Timeframe.MONTHLY);
            // the sample's minute symbols also have daily bars: every timeframe is offered
            assertThat(ctx.bars().timeframes(minute)).extracting(Timeframe::code).isEqualTo(Timeframe.codes());
            assertThat(ctx.bars().source(minute, Timeframe.HOUR_1)).contains(Timeframe.MINUTE_1);
            assertThat(ctx.bars().source(minute, Timeframe.MONTHLY)).contains(Timeframe.DAILY);

            PriceColumns weeks = ctx.bars().load(daily, Timeframe.WEEKLY).orElseThrow();
            PriceColumns days = ctx.bars().load(daily, Timeframe.DAILY).orElseThrow();
            assertThat(weeks.volume()).containsExactly(
                    new BarResampler(ExchangeCalendars.NYSE).resample(days, Timeframe.WEEKLY).volume());
            assertThat(weeks.size()).isBetween(days.size() / 5, days.size() / 4);

            PriceColumns hours = ctx.bars().load(minute, Timeframe.HOUR_1).orElseThrow();
            assertThat(IntStream.range(0, hours.size())
                    .mapToObj(i -> LocalTime.ofInstant(Instant.ofEpochSecond(hours.time()[i]), ExchangeCalendars.NYSE.zone()))
                    .distinct().sorted())
                    .isSubsetOf(LocalTime.of(9, 30), LocalTime.of(10, 30), LocalTime.of(11, 30), LocalTime.of(12, 30),
                            LocalTime.of(13, 30), LocalTime.of(14, 30), LocalTime.of(15, 30))
                    .contains(LocalTime.of(9, 30), LocalTime.of(15, 30));

            // the store holds only what was imported: nothing resampled is written back
            assertThat(ctx.data().listSeries()).extracting(SeriesInfo::timeframe)
                    .containsOnly(Timeframe.DAILY, Timeframe.MINUTE_1);
        }
    }

    private static String firstDailyOnlySymbol(AppContext ctx) {
        List<String> withMinutes = ctx.data().listSeries().stream().filter(s -> s.timeframe() == Timeframe.MINUTE_1)
                .map(SeriesInfo::symbol).toList();
        return ctx.data().listSeries().stream()
                .filter(s -> s.timeframe() == Timeframe.DAILY && !withMinutes.contains(s.symbol()))
                .map(SeriesInfo::symbol).findFirst().orElseThrow();
    }

    private static String firstSymbol(AppContext ctx, Timeframe tf) {
        return ctx.data().listSeries().stream().filter(s -> s.timeframe() == tf).map(SeriesInfo::symbol)
                .findFirst().orElseThrow();
    }
}
