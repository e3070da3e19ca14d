package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.HandTrade;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.PortfolioBook;
import dev.sextant.engine.backtest.PortfolioStep;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Moves paper portfolios forward over daily bars with the backtester's own simulation
 * ({@link PortfolioBacktester#step}): the days after the last processed one, up to a date, are
 * simulated from the saved book, so what was decided on earlier days is never decided again.
 * A switching portfolio is stepped one day at a time; after each close the rule looks at the
 * candidates' backtests from the portfolio's start on the bars now known ({@link SwitchingDecider})
 * and a switch takes effect from the next day, with the book carried over (the new strategy's
 * exit signals, and the stops set at entry, then manage the positions the old one opened).
 */
public final class PaperTrader {

    private final PortfolioBacktester backtester;

    public PaperTrader(PortfolioBacktester backtester) {
        this.backtester = backtester;
    }

    /**
     * @param bars daily bars of at least the portfolio's symbols and benchmark, as known now
     * @param through last day to process, inclusive
     * @param regimes market regime by date, for per-regime switching (may be empty otherwise)
     * @throws IllegalArgumentException for non-daily bars, a hand trade that cannot be booked, or missing symbols
     */
    public PaperUpdate update(PaperPortfolio p, PaperState state, Collection<PriceColumns> bars, LocalDate through,
            SortedMap<LocalDate, MarketRegime> regimes) {
        if (bars.stream().anyMatch(b -> b.timeframe() != Timeframe.DAILY)) {
            throw new IllegalArgumentException("paper portfolios follow daily bars only");
        }
        List<HandTrade> due = state.handTrades().stream().filter(h -> h.time() <= through.toEpochDay()).toList();
        List<HandTrade> later = state.handTrades().stream().filter(h -> h.time() > through.toEpochDay()).toList();
        Accumulator acc = new Accumulator(state);
        if (!p.switches()) {
            PortfolioStep step = backtester.step(p.requestFor(state.active()), bars, state.book(), through, due);
            acc.add(step, state.active(), due);
        } else if (!through.isBefore(p.request().from())) {
            stepSwitching(p, state, bars, through, regimes, due, acc);
        } else if (!due.isEmpty()) {
            throw new IllegalArgumentException("hand trade " + due.getFirst().symbol() + " on "
                    + LocalDate.ofEpochDay(due.getFirst().time()) + " is before the portfolio's start " + p.request().from());
        }
        PaperState after = new PaperState(acc.book, acc.active, acc.lastSwitch, acc.origins,
                acc.days.isEmpty() ? state.handTrades() : later);
        return new PaperUpdate(List.copyOf(acc.days), List.copyOf(acc.executions), List.copyOf(acc.trips),
                List.copyOf(acc.switches), after);
    }

    private void stepSwitching(PaperPortfolio p, PaperState state, Collection<PriceColumns> bars, LocalDate through,
            SortedMap<LocalDate, MarketRegime> regimes, List<HandTrade> due, Accumulator acc) {
        List<CandidateCurve> curves = new ArrayList<>();
        for (Candidate c : p.candidates()) {
            BacktestResult r = backtester.run(p.requestFor(c.label()).toBuilder().to(through).build(), bars);
            curves.add(CandidateCurve.of(c.label(), r));
        }
        SwitchingDecider decider = new SwitchingDecider(p.switching(), curves, regimes, p.request().riskFreeRate());
        long[] calendar = decider.calendar();
        for (HandTrade h : due) {
            if (decider.dayOf(h.time()) < 0) {
                throw new IllegalArgumentException("hand trade " + h.symbol() + " on " + LocalDate.ofEpochDay(h.time())
                        + ": not a trading day of the portfolio");
            }
        }
        int lastSwitch = -1;
        if (state.lastSwitch() != null) {
            int i = Arrays.binarySearch(calendar, state.lastSwitch().toEpochDay());
            lastSwitch = i >= 0 ? i : -i - 2;
        }
        for (int t = 0; t < calendar.length; t++) {
            if (acc.book.started() && calendar[t] <= acc.book.lastTime()) {
                continue;
            }
            long day = calendar[t];
            List<HandTrade> today = due.stream().filter(h -> h.time() == day).toList();
            PortfolioStep step = backtester.step(p.requestFor(acc.active), bars, acc.book, LocalDate.ofEpochDay(day), today);
            acc.add(step, acc.active, today);
            var decision = decider.decide(t, acc.active, lastSwitch);
            if (decision.isPresent()) {
                acc.switches.add(decision.get());
                acc.active = decision.get().to();
                acc.lastSwitch = decision.get().date();
                lastSwitch = t;
            }
        }
    }

    /**
     * "What if I had followed every signal of {@code label} since {@code since}": the backtest of
     * that strategy with the portfolio's settings from {@code since} through {@code through}.
     */
    public BacktestResult whatIf(PaperPortfolio p, String label, LocalDate since, LocalDate through,
            Collection<PriceColumns> bars) {
        return backtester.run(p.requestFor(label).toBuilder().from(since).to(through).build(), bars);
    }

    /** Collects the steps of one update and follows where each open position came from. */
    private static final class Accumulator {
        final List<PaperDay> days = new ArrayList<>();
        final List<Execution> executions = new ArrayList<>();
        final List<PaperTrip> trips = new ArrayList<>();
        final List<StrategySwitch> switches = new ArrayList<>();
        final Map<String, String> origins;
        PortfolioBook book;
        String active;
        LocalDate lastSwitch;

        Accumulator(PaperState state) {
            this.origins = new HashMap<>(state.origins());
            this.book = state.book();
            this.active = state.active();
            this.lastSwitch = state.lastSwitch();
        }

        void add(PortfolioStep step, String label, List<HandTrade> hand) {
            for (int d = 0; d < step.days(); d++) {
                double eq = step.equity()[d];
                days.add(new PaperDay(LocalDate.ofEpochDay(step.time()[d]), eq, eq * (1 - step.exposure()[d]),
                        step.exposure()[d], step.positions()[d], label));
            }
            int sold = 0;
            for (Execution e : step.executions()) {
                if (e.side() == Execution.Side.BUY) {
                    boolean byHand = hand.stream().anyMatch(h -> h.side() == Execution.Side.BUY
                            && h.symbol().equals(e.symbol()) && h.time() == e.time() && h.shares() == e.shares());
                    origins.put(e.symbol(), byHand ? PaperTrip.HAND : label);
                } else {
                    String origin = origins.remove(e.symbol());
                    trips.add(new PaperTrip(step.closedTrips().get(sold++), origin == null ? label : origin));
                }
            }
            executions.addAll(step.executions());
            book = step.book();
        }
    }
}
