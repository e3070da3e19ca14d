package dev.sextant.data.update;

import dev.sextant.engine.market.update.UpdateStatus;

import dev.sextant.engine.market.update.SymbolUpdate;

import dev.sextant.engine.market.update.UpdateReport;

import dev.sextant.data.actions.JooqCorporateActionRepository;
import dev.sextant.engine.market.imports.BarUpsert;
import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.instrument.JooqInstrumentRepository;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SplitDividendAdjuster;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.MarketDataResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Brings stored series up to date from a {@link MarketDataProvider}, one symbol after another.
 *
 * <ul>
 *   <li>Only what is missing is asked for: daily bars from the day after the last stored bar,
 *       intraday bars from the date of the last stored bar (the last day may have been partial),
 *       or from {@code from} when given; a symbol without bars from {@link #FIRST_DAILY_DATE}
 *       (daily) or the last {@link #INTRADAY_DAYS} days (intraday).</li>
 *   <li>Today's daily bar is only asked for after {@link #SESSION_CLOSED} New York time, so an
 *       unfinished session is never stored as a daily bar.</li>
 *   <li>Splits and dividends are recorded and the daily series is re-adjusted as
 *       {@link SplitDividendAdjuster} describes.</li>
 *   <li>Each symbol is one transaction: bars, instrument and corporate actions are written
 *       together or not at all; a failing symbol is reported and the others go on.</li>
 *   <li>When the network is unreachable the report carries one notice, and the remaining
 *       symbols are not attempted.</li>
 * </ul>
 */
public final class DataUpdateService {

    public static final LocalDate FIRST_DAILY_DATE = LocalDate.of(2000, 1, 1);
    public static final int INTRADAY_DAYS = 7;
    public static final LocalTime SESSION_CLOSED = LocalTime.of(16, 30);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DSLContext dsl;
    private final JooqBarRepository bars;
    private final Clock clock;

    public DataUpdateService(DSLContext dsl, JooqBarRepository bars, Clock clock) {
        this.dsl = dsl;
        this.bars = bars;
        this.clock = clock;
    }

    /**
     * The symbols an update without a named selection covers: every stored series of {@code timeframe}
     * except the synthetic sample market ({@code .SX} tickers), which exists at no provider.
     */
    public static List<String> updatable(List<dev.sextant.engine.market.SeriesInfo> stored, Timeframe timeframe) {
        return stored.stream().filter(s -> s.timeframe() == timeframe).map(dev.sextant.engine.market.SeriesInfo::symbol)
                .filter(s -> !s.endsWith(".SX")).distinct().toList();
    }

    /**
     * @param from the first date to fetch for every symbol, or {@code null} for "what is missing"
     */
    public UpdateReport update(MarketDataProvider provider, List<String> symbols, Timeframe timeframe, LocalDate from,
                               ProgressSink progress, Cancellation cancellation) {
        long started = System.nanoTime();
        if (!provider.capabilities().supports(timeframe)) {
            throw new IllegalArgumentException("provider " + provider.id() + " does not offer " + timeframe.code() + " bars");
        }
        List<SymbolUpdate> outcomes = new ArrayList<>();
        String offlineNotice = "";
        boolean cancelled = false;
        for (String symbol : symbols) {
            if (cancellation.isCancelled()) {
                cancelled = true;
                break;
            }
            progress.progress(outcomes.size(), symbols.size(), symbol);
            Optional<PriceColumns> stored = bars.load(symbol, timeframe);
            if (!offlineNotice.isEmpty()) {
                outcomes.add(SymbolUpdate.offline(symbol, lastBar(stored)));
                continue;
            }
            try {
                outcomes.add(updateOne(provider, symbol, timeframe, from, stored));
            } catch (MarketDataException e) {
                if (e.problem() == MarketDataException.Problem.UNREACHABLE) {
                    offlineNotice = "Network unreachable (" + e.getMessage() + "): working from the local database;"
                            + " nothing was changed.";
                    outcomes.add(SymbolUpdate.offline(symbol, lastBar(stored)));
                } else {
                    outcomes.add(SymbolUpdate.failed(symbol, "", lastBar(stored), e.getMessage()));
                }
            }
        }
        progress.progress(outcomes.size(), symbols.size(), "done");
        return new UpdateReport(provider.id(), timeframe.code(), outcomes, offlineNotice, cancelled,
                (System.nanoTime() - started) / 1_000_000);
    }

    private SymbolUpdate updateOne(MarketDataProvider provider, String symbol, Timeframe timeframe, LocalDate from,
                                   Optional<PriceColumns> stored) {
        LocalDate start = from != null ? from : stored.map(DataUpdateService::nextStart).orElseGet(() -> firstStart(timeframe));
        LocalDate end = lastEnd(timeframe);
        String last = lastBar(stored);
        if (start.isAfter(end)) {
            return new SymbolUpdate(symbol, UpdateStatus.UP_TO_DATE, "", 0, 0, 0, 0, last, "");
        }
        MarketDataResponse response = provider.fetch(new MarketDataRequest(symbol, timeframe, start, end));
        if (response.bars().isEmpty() && stored.isEmpty()) {
            return SymbolUpdate.failed(symbol, start.toString(), last,
                    provider.id() + ": " + symbol + ": no bars from " + start + " to " + end);
        }
        PriceColumns series;
        try {
            series = timeframe.isIntraday() ? response.bars()
                    : SplitDividendAdjuster.merge(stored.orElse(PriceColumns.empty(symbol, timeframe)), response.bars(),
                    response.actions());
        } catch (IllegalArgumentException e) {
            return SymbolUpdate.failed(symbol, start.toString(), last, provider.id() + ": " + symbol + ": " + e.getMessage());
        }
        BarUpsert written;
        try {
            written = dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                long id = JooqInstrumentRepository.ensure(tx, symbol, false);
                JooqCorporateActionRepository.record(tx, id, response.actions());
                return bars.upsert(tx, id, series);
            });
        } catch (DataAccessException e) {
            return SymbolUpdate.failed(symbol, start.toString(), last, symbol + ": not stored (rolled back): " + e.getMessage());
        }
        int splits = (int) response.actions().stream().filter(CorporateAction::isSplit).count();
        int dividends = response.actions().size() - splits;
        UpdateStatus status = written.written() > 0 ? UpdateStatus.UPDATED : UpdateStatus.UP_TO_DATE;
        return new SymbolUpdate(symbol, status, start.toString(), written.added(), written.changed(), splits, dividends,
                lastBar(bars.load(symbol, timeframe)), "");
    }

    private static LocalDate nextStart(PriceColumns stored) {
        long last = stored.time()[stored.size() - 1];
        return stored.timeframe().isIntraday()
                ? Instant.ofEpochSecond(last).atZone(NEW_YORK).toLocalDate()
                : LocalDate.ofEpochDay(last).plusDays(1);
    }

    private LocalDate firstStart(Timeframe timeframe) {
        return timeframe.isIntraday() ? LocalDate.now(clock.withZone(NEW_YORK)).minusDays(INTRADAY_DAYS) : FIRST_DAILY_DATE;
    }

    /** Today for intraday bars; for daily bars today only once the session has closed. */
    private LocalDate lastEnd(Timeframe timeframe) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(NEW_YORK));
        boolean sessionOpen = now.toLocalTime().isBefore(SESSION_CLOSED);
        return !timeframe.isIntraday() && sessionOpen ? now.toLocalDate().minusDays(1) : now.toLocalDate();
    }

    private static String lastBar(Optional<PriceColumns> series) {
        if (series.isEmpty() || series.get().isEmpty()) {
            return "";
        }
        PriceColumns s = series.get();
        long t = s.time()[s.size() - 1];
        return s.timeframe().isIntraday() ? MINUTE.format(Instant.ofEpochSecond(t).atZone(NEW_YORK))
                : LocalDate.ofEpochDay(t).toString();
    }
}
