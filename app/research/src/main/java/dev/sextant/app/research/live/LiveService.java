package dev.sextant.app.research.live;

import dev.sextant.engine.live.LiveBarStore;
import dev.sextant.engine.live.LiveSession;
import dev.sextant.engine.live.LiveSessionConfig;
import dev.sextant.engine.live.ReplayStream;
import dev.sextant.engine.live.Sleeper;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens live and replayed sessions over the store: a session is seeded with each symbol's stored 1m bars before its
 * first streamed minute, so that the SMA and the cross state continue from the stored history exactly as the
 * intraday backtest computes them, and writes its final bars back through the store's upsert.
 */
public final class LiveService {

    private final BarRepository bars;
    private final LiveBarStore store;
    private final MarketStreams streams;

    public LiveService(BarRepository bars, LiveBarStore store, MarketStreams streams) {
        this.bars = bars;
        this.store = store;
        this.streams = streams;
    }

    public MarketStreams streams() {
        return streams;
    }

    /**
     * A session for a live stream, seeded with the stored bars of {@code symbols} before {@code now} (symbols
     * without stored 1m bars start without history).
     */
    public LiveSession live(LiveSessionConfig config, List<String> symbols, Clock clock) {
        LiveSession session = new LiveSession(config, store, clock, Sleeper.REAL);
        long now = clock.instant().getEpochSecond();
        for (String symbol : symbols) {
            bars.load(symbol, Timeframe.MINUTE_1).ifPresent(p -> session.seed(before(p, now)));
        }
        return session;
    }

    /**
     * A replay of the stored 1m bars of {@code symbols} on the exchange-local dates {@code first..last} (pre-market
     * and after-hours bars included, traded only with extended hours), into a session seeded with the bars before.
     *
     * @param speed 1 to 1000, or {@link ReplayStream#AS_FAST_AS_POSSIBLE}
     * @throws IllegalArgumentException for a date that is not a trading session, or a symbol without 1m bars in the span
     */
    public ReplaySession replay(LiveSessionConfig config, List<String> symbols, LocalDate first, LocalDate last,
            double speed, Sleeper sleeper) {
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("symbols: name at least one symbol to replay");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("session range " + first + ".." + last + " ends before it starts");
        }
        if (config.calendar().session(first).isEmpty()) {
            throw new IllegalArgumentException("session " + first + " is not a trading day of " + config.calendar().id());
        }
        List<PriceColumns> series = new ArrayList<>();
        for (String symbol : symbols) {
            series.add(bars.load(symbol, Timeframe.MINUTE_1).orElseThrow(() ->
                    new IllegalArgumentException("symbol " + symbol + " has no stored 1m bars")));
        }
        return replaySeries(config, series, first, last, speed, sleeper);
    }

    /**
     * A replay of {@code series} (1m bars from anywhere, e.g. another home or generated) on the dates
     * {@code first..last} into this service's store, seeded with the bars of each series before {@code first}.
     *
     * @throws IllegalArgumentException for a series without bars in the span
     */
    public ReplaySession replaySeries(LiveSessionConfig config, List<PriceColumns> series, LocalDate first, LocalDate last,
            double speed, Sleeper sleeper) {
        Instant from = first.atStartOfDay(config.calendar().zone()).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(config.calendar().zone()).toInstant();
        for (PriceColumns p : series) {
            long a = from.getEpochSecond();
            long b = to.getEpochSecond();
            boolean any = false;
            for (long t : p.time()) {
                if (t >= a && t < b) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                throw new IllegalArgumentException("symbol " + p.symbol() + " has no 1m bars in " + first
                        + (last.equals(first) ? "" : ".." + last));
            }
        }
        ReplayStream stream = new ReplayStream(series, from, to, speed, sleeper);
        LiveSession session = new LiveSession(config, store, stream.clock(), Sleeper.REAL);
        for (PriceColumns p : series) {
            session.seed(before(p, from.getEpochSecond()));
        }
        return new ReplaySession(stream, session, series.stream().map(PriceColumns::symbol).toList());
    }

    /** The bars of {@code p} that start before {@code time}. */
    private static PriceColumns before(PriceColumns p, long time) {
        int n = 0;
        while (n < p.size() && p.time()[n] < time) {
            n++;
        }
        return n == p.size() ? p : p.slice(0, n);
    }
}
