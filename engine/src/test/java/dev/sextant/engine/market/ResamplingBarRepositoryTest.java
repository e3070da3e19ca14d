package dev.sextant.engine.market;

import dev.sextant.engine.market.calendar.ExchangeCalendars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResamplingBarRepositoryTest {

    private static final PriceColumns DAYS = new BarRows("DLY", Timeframe.DAILY)
            .on("2024-01-12", 10, 11, 9, 10.5, 100)
            .on("2024-01-16", 10.5, 12, 10, 11.5, 200)
            .on("2024-02-01", 11.5, 11.8, 10.2, 10.8, 300)
            .build();
    private static final PriceColumns MINUTES = new BarRows("MIN", Timeframe.MINUTE_1)
            .at("2024-03-05T09:30", 20, 22, 19, 21, 10)
            .at("2024-03-05T09:31", 21, 25, 20, 24, 20)
            .at("2024-03-05T10:31", 24, 24, 18, 19, 30)
            .build();
    /** Five-minute bars of MIN that disagree with its minutes, to see which one a load used. */
    private static final PriceColumns FIVES = new BarRows("MIN", Timeframe.MINUTE_5)
            .at("2024-03-05T09:30", 1, 1, 1, 1, 1)
            .build();

    private final BarResampler resampler = new BarResampler(ExchangeCalendars.NYSE);
    private final StoredBars stored = new StoredBars(List.of(DAYS, MINUTES, FIVES));
    private final ResamplingBarRepository repo = new ResamplingBarRepository(stored, resampler);

    @Test
    void aStoredTimeframeIsLoadedAsStored() {
        assertThat(repo.load("MIN", Timeframe.MINUTE_5)).containsSame(FIVES);
        assertThat(repo.load("DLY", Timeframe.DAILY)).containsSame(DAYS);
        assertThat(repo.source("MIN", Timeframe.MINUTE_5)).contains(Timeframe.MINUTE_5);
    }

    @Test
    void otherTimeframesAreResampledFromTheFinestStoredOne() {
        PriceColumns hours = repo.load("MIN", Timeframe.HOUR_1).orElseThrow();
        assertThat(repo.source("MIN", Timeframe.HOUR_1)).contains(Timeframe.MINUTE_1);
        assertThat(hours.timeframe()).isEqualTo(Timeframe.HOUR_1);
        assertThat(hours.time()).containsExactly(BarRows.newYork("2024-03-05T09:30"), BarRows.newYork("2024-03-05T10:30"));
        assertThat(hours.volume()).containsExactly(30, 30);

        PriceColumns months = repo.load("DLY", Timeframe.MONTHLY).orElseThrow();
        assertThat(months.close()).containsExactly(11.5, 10.8);
        assertThat(repo.load("DLY", Timeframe.WEEKLY).orElseThrow().size()).isEqualTo(3);
    }

    @Test
    void resampledBarsAreNeverWrittenOrListedAsStored() {
        repo.load("DLY", Timeframe.WEEKLY);
        assertThat(repo.listSeries()).extracting(SeriesInfo::timeframe)
                .containsExactly(Timeframe.DAILY, Timeframe.MINUTE_1, Timeframe.MINUTE_5);
        assertThat(stored.loads).containsExactly("DLY 1d");
    }

    @Test
    void timeframesListsEveryLoadableOneFinestFirst() {
        assertThat(repo.timeframes("DLY")).containsExactly(Timeframe.DAILY, Timeframe.WEEKLY, Timeframe.MONTHLY);
        assertThat(repo.timeframes("MIN")).containsExactly(Timeframe.MINUTE_1, Timeframe.MINUTE_5, Timeframe.MINUTE_15,
                Timeframe.MINUTE_30, Timeframe.HOUR_1);
        assertThat(repo.timeframes("NONE")).isEmpty();
    }

    @Test
    void aTimeframeThatCannotBeBuiltLoadsNothing() {
        assertThat(repo.load("MIN", Timeframe.DAILY)).isEmpty();
        assertThat(repo.load("DLY", Timeframe.HOUR_1)).isEmpty();
        assertThat(repo.load("NONE", Timeframe.WEEKLY)).isEmpty();
        assertThat(stored.loads).as("only the direct tries of storable timeframes, nothing to resample from")
                .containsExactly("MIN 1d", "DLY 1h");
    }

    @Test
    void aStoredSeriesIsReadWithoutListingTheStore() {
        assertThat(repo.load("DLY", Timeframe.DAILY)).containsSame(DAYS);
        assertThat(stored.listings).isZero();
    }

    /** An in-memory store that records what was loaded from it. */
    private static final class StoredBars implements BarRepository {
        private final List<PriceColumns> series;
        final List<String> loads = new ArrayList<>();
        int listings;

        StoredBars(List<PriceColumns> series) {
            this.series = series;
        }

        @Override
        public List<SeriesInfo> listSeries() {
            listings++;
            return series.stream().map(p -> new SeriesInfo(p.symbol(), p.timeframe(), p.time()[0],
                    p.time()[p.size() - 1], p.size())).toList();
        }

        @Override
        public Optional<PriceColumns> load(String symbol, Timeframe timeframe) {
            loads.add(symbol + " " + timeframe.code());
            return series.stream().filter(p -> p.symbol().equals(symbol) && p.timeframe() == timeframe).findFirst();
        }
    }
}
