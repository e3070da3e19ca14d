package dev.sextant.data.paper;

import static dev.sextant.data.jooq.Tables.PAPER_DAY;
import static dev.sextant.data.jooq.Tables.PAPER_EXECUTION;
import static dev.sextant.data.jooq.Tables.PAPER_HAND_TRADE;
import static dev.sextant.data.jooq.Tables.PAPER_PORTFOLIO;
import static dev.sextant.data.jooq.Tables.PAPER_ROUND_TRIP;
import static dev.sextant.data.jooq.Tables.PAPER_SWITCH;

import dev.sextant.data.jooq.tables.records.PaperPortfolioRecord;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.HandTrade;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.ShareCount;
import dev.sextant.engine.paper.PaperDay;
import dev.sextant.engine.paper.PaperHistory;
import dev.sextant.engine.paper.PaperPortfolio;
import dev.sextant.engine.paper.PaperPortfolioRepository;
import dev.sextant.engine.paper.PaperState;
import dev.sextant.engine.paper.PaperTrip;
import dev.sextant.engine.paper.PaperUpdate;
import dev.sextant.engine.paper.StoredPaperPortfolio;
import dev.sextant.engine.paper.StrategySwitch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Paper portfolios in H2 (tables {@code paper_*}, migration V5). Each write is one transaction;
 * history rows are only inserted, never updated, and the current state row is replaced only when
 * it still holds the state the update was computed from.
 */
public final class JooqPaperPortfolioRepository implements PaperPortfolioRepository {

    private final DSLContext dsl;

    public JooqPaperPortfolioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long create(PaperPortfolio p) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(PAPER_PORTFOLIO, PAPER_PORTFOLIO.NAME.eq(p.name()))) {
                throw new IllegalArgumentException("portfolio '" + p.name() + "' already exists");
            }
            if (p.ghostOf() != null && !tx.fetchExists(PAPER_PORTFOLIO, PAPER_PORTFOLIO.NAME.eq(p.ghostOf()))) {
                throw new IllegalArgumentException("ghost-of: no portfolio named '" + p.ghostOf() + "'");
            }
            PaperState initial = PaperState.initial(p);
            return tx.insertInto(PAPER_PORTFOLIO)
                    .set(PAPER_PORTFOLIO.NAME, p.name())
                    .set(PAPER_PORTFOLIO.GHOST_OF, p.ghostOf())
                    .set(PAPER_PORTFOLIO.REQUEST_JSON, PaperJson.write(BacktestRequestMap.of(p.request())))
                    .set(PAPER_PORTFOLIO.CANDIDATES_JSON, p.switches() ? PaperJson.candidates(p.candidates()) : null)
                    .set(PAPER_PORTFOLIO.SWITCHING_JSON, p.switches() ? PaperJson.switching(p.switching()) : null)
                    .set(PAPER_PORTFOLIO.ACTIVE_STRATEGY, initial.active())
                    .set(PAPER_PORTFOLIO.BOOK_JSON, PaperJson.book(initial.book()))
                    .set(PAPER_PORTFOLIO.ORIGINS_JSON, PaperJson.write(initial.origins()))
                    .returning(PAPER_PORTFOLIO.ID)
                    .fetchOne(PAPER_PORTFOLIO.ID);
        });
    }

    @Override
    public Optional<StoredPaperPortfolio> find(String name) {
        PaperPortfolioRecord r = dsl.selectFrom(PAPER_PORTFOLIO).where(PAPER_PORTFOLIO.NAME.eq(name)).fetchOne();
        return r == null ? Optional.empty() : Optional.of(stored(dsl, r));
    }

    @Override
    public List<StoredPaperPortfolio> list() {
        return dsl.selectFrom(PAPER_PORTFOLIO).orderBy(PAPER_PORTFOLIO.NAME).fetch().stream().map(r -> stored(dsl, r)).toList();
    }

    @Override
    public List<String> ghostsOf(String live) {
        return dsl.select(PAPER_PORTFOLIO.NAME).from(PAPER_PORTFOLIO).where(PAPER_PORTFOLIO.GHOST_OF.eq(live))
                .orderBy(PAPER_PORTFOLIO.NAME).fetch(PAPER_PORTFOLIO.NAME);
    }

    @Override
    public void append(String name, PaperState before, PaperUpdate u) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            PaperPortfolioRecord r = tx.selectFrom(PAPER_PORTFOLIO).where(PAPER_PORTFOLIO.NAME.eq(name)).forUpdate().fetchOne();
            if (r == null) {
                throw new IllegalArgumentException("no portfolio named '" + name + "'");
            }
            PaperState stored = state(tx, r);
            if (!stored.book().equals(before.book()) || !stored.active().equals(before.active())) {
                throw new IllegalStateException("portfolio '" + name + "' was updated meanwhile (now through "
                        + stored.lastDay() + "); run the update again");
            }
            long id = r.getId();
            OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
            var days = tx.batch(tx.insertInto(PAPER_DAY, PAPER_DAY.PORTFOLIO_ID, PAPER_DAY.TRADE_DATE, PAPER_DAY.EQUITY,
                    PAPER_DAY.CASH, PAPER_DAY.EXPOSURE, PAPER_DAY.POSITIONS, PAPER_DAY.STRATEGY, PAPER_DAY.RECORDED_AT)
                    .values((Long) null, null, null, null, null, null, null, null));
            for (PaperDay d : u.days()) {
                days.bind(id, d.date(), d.equity(), d.cash(), d.exposure(), d.positions(), d.strategy(), now);
            }
            executeIfAny(days, u.days().size());
            int seq = tx.fetchCount(PAPER_EXECUTION, PAPER_EXECUTION.PORTFOLIO_ID.eq(id));
            var execs = tx.batch(tx.insertInto(PAPER_EXECUTION, PAPER_EXECUTION.PORTFOLIO_ID, PAPER_EXECUTION.SEQ,
                    PAPER_EXECUTION.SYMBOL, PAPER_EXECUTION.TRADE_DATE, PAPER_EXECUTION.SIDE, PAPER_EXECUTION.SHARES,
                    PAPER_EXECUTION.PRICE, PAPER_EXECUTION.COMMISSION, PAPER_EXECUTION.REASON)
                    .values((Long) null, null, null, null, null, null, null, null, null));
            for (Execution e : u.executions()) {
                execs.bind(id, seq++, e.symbol(), LocalDate.ofEpochDay(e.time()), e.side().name().toLowerCase(Locale.ROOT),
                        ShareCount.whole(e.shares()), e.price(), e.fee(), e.reason() == null ? null : e.reason().name());
            }
            executeIfAny(execs, u.executions().size());
            seq = tx.fetchCount(PAPER_ROUND_TRIP, PAPER_ROUND_TRIP.PORTFOLIO_ID.eq(id));
            var trips = tx.batch(tx.insertInto(PAPER_ROUND_TRIP, PAPER_ROUND_TRIP.PORTFOLIO_ID, PAPER_ROUND_TRIP.SEQ,
                    PAPER_ROUND_TRIP.SYMBOL, PAPER_ROUND_TRIP.ORIGIN, PAPER_ROUND_TRIP.ENTRY_DATE, PAPER_ROUND_TRIP.ENTRY_PRICE,
                    PAPER_ROUND_TRIP.SHARES, PAPER_ROUND_TRIP.EXIT_DATE, PAPER_ROUND_TRIP.EXIT_PRICE,
                    PAPER_ROUND_TRIP.EXIT_REASON, PAPER_ROUND_TRIP.PNL, PAPER_ROUND_TRIP.RETURN_PCT,
                    PAPER_ROUND_TRIP.BARS_HELD, PAPER_ROUND_TRIP.MAE, PAPER_ROUND_TRIP.MFE)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            for (PaperTrip pt : u.closedTrips()) {
                RoundTrip t = pt.trip();
                trips.bind(id, seq++, t.symbol(), pt.origin(), LocalDate.ofEpochDay(t.entryTime()), t.entryPrice(),
                        ShareCount.whole(t.shares()), LocalDate.ofEpochDay(t.exitTime()), t.exitPrice(), t.exitReason().name(), t.pnl(),
                        t.returnPct(), t.barsHeld(), t.mae(), t.mfe());
            }
            executeIfAny(trips, u.closedTrips().size());
            seq = tx.fetchCount(PAPER_SWITCH, PAPER_SWITCH.PORTFOLIO_ID.eq(id));
            for (StrategySwitch s : u.switches()) {
                tx.insertInto(PAPER_SWITCH).set(PAPER_SWITCH.PORTFOLIO_ID, id).set(PAPER_SWITCH.SEQ, seq++)
                        .set(PAPER_SWITCH.SWITCH_DATE, s.date()).set(PAPER_SWITCH.FROM_STRATEGY, s.from())
                        .set(PAPER_SWITCH.TO_STRATEGY, s.to()).set(PAPER_SWITCH.FROM_SCORE, s.fromScore())
                        .set(PAPER_SWITCH.TO_SCORE, s.toScore()).set(PAPER_SWITCH.SCORES_JSON, PaperJson.write(s.scores()))
                        .set(PAPER_SWITCH.REGIME, s.regime()).set(PAPER_SWITCH.REASON, s.reason()).execute();
            }
            PaperState after = u.after();
            if (after.lastDay() != null) {
                tx.update(PAPER_HAND_TRADE).set(PAPER_HAND_TRADE.BOOKED, true)
                        .where(PAPER_HAND_TRADE.PORTFOLIO_ID.eq(id)).and(PAPER_HAND_TRADE.TRADE_DATE.le(after.lastDay()))
                        .execute();
            }
            tx.update(PAPER_PORTFOLIO)
                    .set(PAPER_PORTFOLIO.ACTIVE_STRATEGY, after.active())
                    .set(PAPER_PORTFOLIO.LAST_DAY, after.lastDay())
                    .set(PAPER_PORTFOLIO.LAST_SWITCH, after.lastSwitch())
                    .set(PAPER_PORTFOLIO.BOOK_JSON, PaperJson.book(after.book()))
                    .set(PAPER_PORTFOLIO.ORIGINS_JSON, PaperJson.write(after.origins()))
                    .set(PAPER_PORTFOLIO.UPDATED_AT, now)
                    .where(PAPER_PORTFOLIO.ID.eq(id)).execute();
        });
    }

    private static void executeIfAny(org.jooq.BatchBindStep batch, int rows) {
        if (rows > 0) {
            batch.execute();
        }
    }

    @Override
    public void addHandTrade(String name, HandTrade h) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            PaperPortfolioRecord r = tx.selectFrom(PAPER_PORTFOLIO).where(PAPER_PORTFOLIO.NAME.eq(name)).forUpdate().fetchOne();
            if (r == null) {
                throw new IllegalArgumentException("no portfolio named '" + name + "'");
            }
            LocalDate date = LocalDate.ofEpochDay(h.time());
            if (r.getLastDay() != null && !date.isAfter(r.getLastDay())) {
                throw new IllegalArgumentException("date " + date + ": portfolio '" + name + "' is already processed through "
                        + r.getLastDay() + "; a hand trade must be dated after that");
            }
            List<String> traded = portfolio(r).request().symbols();
            if (!traded.contains(h.symbol())) {
                throw new IllegalArgumentException("symbol " + h.symbol() + ": not traded by portfolio '" + name + "' ("
                        + traded.size() + " symbols: " + String.join(", ", traded.subList(0, Math.min(5, traded.size())))
                        + (traded.size() > 5 ? ", ..." : "") + ")");
            }
            int seq = tx.fetchCount(PAPER_HAND_TRADE, PAPER_HAND_TRADE.PORTFOLIO_ID.eq(r.getId()));
            tx.insertInto(PAPER_HAND_TRADE).set(PAPER_HAND_TRADE.PORTFOLIO_ID, r.getId()).set(PAPER_HAND_TRADE.SEQ, seq)
                    .set(PAPER_HAND_TRADE.TRADE_DATE, date).set(PAPER_HAND_TRADE.SYMBOL, h.symbol())
                    .set(PAPER_HAND_TRADE.SIDE, h.side().name().toLowerCase(Locale.ROOT))
                    .set(PAPER_HAND_TRADE.SHARES, h.shares()).set(PAPER_HAND_TRADE.PRICE, h.price())
                    .set(PAPER_HAND_TRADE.COMMISSION, h.fee()).execute();
        });
    }

    @Override
    public PaperHistory history(String name) {
        PaperPortfolioRecord r = dsl.selectFrom(PAPER_PORTFOLIO).where(PAPER_PORTFOLIO.NAME.eq(name)).fetchOne();
        if (r == null) {
            throw new IllegalArgumentException("no portfolio named '" + name + "'");
        }
        long id = r.getId();
        List<PaperDay> days = dsl.selectFrom(PAPER_DAY).where(PAPER_DAY.PORTFOLIO_ID.eq(id)).orderBy(PAPER_DAY.TRADE_DATE)
                .fetch(d -> new PaperDay(d.getTradeDate(), d.getEquity(), d.getCash(), d.getExposure(), d.getPositions(),
                        d.getStrategy()));
        List<Execution> execs = dsl.selectFrom(PAPER_EXECUTION).where(PAPER_EXECUTION.PORTFOLIO_ID.eq(id))
                .orderBy(PAPER_EXECUTION.SEQ)
                .fetch(e -> new Execution(e.getSymbol(), e.getTradeDate().toEpochDay(),
                        Execution.Side.valueOf(e.getSide().toUpperCase(Locale.ROOT)), e.getShares(), e.getPrice(),
                        e.getCommission(), e.getReason() == null ? null : ExitReason.valueOf(e.getReason())));
        List<PaperTrip> trips = dsl.selectFrom(PAPER_ROUND_TRIP).where(PAPER_ROUND_TRIP.PORTFOLIO_ID.eq(id))
                .orderBy(PAPER_ROUND_TRIP.SEQ)
                .fetch(t -> new PaperTrip(new RoundTrip(t.getSymbol(), t.getEntryDate().toEpochDay(), t.getEntryPrice(),
                        t.getShares(), t.getExitDate().toEpochDay(), t.getExitPrice(), ExitReason.valueOf(t.getExitReason()),
                        t.getPnl(), t.getReturnPct(), t.getBarsHeld(), t.getMae(), t.getMfe()), t.getOrigin()));
        List<StrategySwitch> switches = dsl.selectFrom(PAPER_SWITCH).where(PAPER_SWITCH.PORTFOLIO_ID.eq(id))
                .orderBy(PAPER_SWITCH.SEQ)
                .fetch(s -> new StrategySwitch(s.getSwitchDate(), s.getFromStrategy(), s.getToStrategy(), s.getFromScore(),
                        s.getToScore(), scores(s.getScoresJson()), s.getRegime(), s.getReason()));
        return new PaperHistory(days, execs, trips, switches);
    }

    private static Map<String, Double> scores(String json) {
        Map<String, Double> out = new LinkedHashMap<>();
        PaperJson.map(json).forEach((k, v) -> out.put(k, ((Number) v).doubleValue()));
        return out;
    }

    private static StoredPaperPortfolio stored(DSLContext dsl, PaperPortfolioRecord r) {
        return new StoredPaperPortfolio(r.getId(), portfolio(r), state(dsl, r), r.getCreatedAt().toInstant(),
                r.getUpdatedAt() == null ? null : r.getUpdatedAt().toInstant());
    }

    private static PaperPortfolio portfolio(PaperPortfolioRecord r) {
        return new PaperPortfolio(r.getName(), BacktestRequestMap.parse(PaperJson.map(r.getRequestJson())), r.getGhostOf(),
                PaperJson.candidates(r.getCandidatesJson()), PaperJson.switching(r.getSwitchingJson()));
    }

    private static PaperState state(DSLContext dsl, PaperPortfolioRecord r) {
        List<HandTrade> hand = dsl.selectFrom(PAPER_HAND_TRADE).where(PAPER_HAND_TRADE.PORTFOLIO_ID.eq(r.getId()))
                .and(PAPER_HAND_TRADE.BOOKED.isFalse()).orderBy(PAPER_HAND_TRADE.SEQ)
                .fetch(h -> new HandTrade(h.getTradeDate().toEpochDay(), h.getSymbol(),
                        Execution.Side.valueOf(h.getSide().toUpperCase(Locale.ROOT)), h.getShares(), h.getPrice(),
                        h.getCommission()));
        Map<String, String> origins = new TreeMap<>();
        PaperJson.map(r.getOriginsJson()).forEach((k, v) -> origins.put(k, (String) v));
        return new PaperState(PaperJson.book(r.getBookJson()), r.getActiveStrategy(), r.getLastSwitch(), origins, hand);
    }
}
