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
import java.util.Optional;
import java.util.SortedMap;

/**
 * Moves paper portfolios forward over daily bars with the backtester's own simulation
 * ({@link PortfolioBacktester#step}): the days after the last processed one, up to a date, are
 * simulated from the saved book, so what was decided on earlier days is never decided again.
 * A portfolio switching by score is stepped one day at a time; after each close the rule looks at the
 * candidates' backtests from the portfolio's start on the bars now known ({@link SwitchingDecider})
 * and a switch takes effect from the next day, with the book carried over (the new strategy's
 * exit signals, and the stops set at entry, then manage the positions the old one opened). A
 * portfolio switching by regime ({@link RegimeMapSelector}) follows the same rule, stepped from
 * switch to switch.
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
            acc.add(step, state.active(), state.active(), due);
        } else if (!through.isBefore(p.request().from()) && p.switching() instanceof RegimeMap map) {
            stepByRegime(p, map, bars, through, regimes, due, acc);
        } else if (!through.isBefore(p.request().from())) {
            stepSwitching(p, (SwitchingRule) p.switching(), state, bars, through, regimes, due, acc);
        } else if (!due.isEmpty()) {
            throw new IllegalArgumentException("hand trade " + due.getFirst().symbol() + " on "
                    + LocalDate.ofEpochDay(due.getFirst().time()) + " is before the portfolio's start " + p.request().from());
        }
        PaperState after = new PaperState(acc.book, acc.active, acc.lastSwitch, acc.origins,
                acc.days.isEmpty() ? state.handTrades() : later);
        return new PaperUpdate(List.copyOf(acc.days), List.copyOf(acc.executions), List.copyOf(acc.trips),
                List.copyOf(acc.switches), after);
    }

    private void stepSwitching(PaperPortfolio p, SwitchingRule rule, PaperState state, Collection<PriceColumns> bars,
            LocalDate through, SortedMap<LocalDate, MarketRegime> regimes, List<HandTrade> due, Accumulator acc) {
        List<CandidateCurve> curves = new ArrayList<>();
        for (Candidate c : p.candidates()) {
            BacktestResult r = backtester.run(p.requestFor(c.label()).toBuilder().to(through).build(), bars);
            curves.add(CandidateCurve.of(c.label(), r));
        }
        SwitchingDecider decider = new SwitchingDecider(rule, curves, regimes, p.request().riskFreeRate());
        long[] calendar = decider.calendar();
        checkHandTradeDays(due, calendar);
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
            acc.add(step, acc.active, acc.active, today);
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
     * Regime-driven switching: the label of each day comes from the regime map alone (never from the
     * book), so the days between two switches are stepped as one span with one strategy; a span in
     * cash is stepped with the exits of the last strategy traded and no new entries.
     */
    private void stepByRegime(PaperPortfolio p, RegimeMap map, Collection<PriceColumns> bars, LocalDate through,
            SortedMap<LocalDate, MarketRegime> regimes, List<HandTrade> due, Accumulator acc) {
        long[] calendar = calendar(p, bars, through);
        checkHandTradeDays(due, calendar);
        if (calendar.length == 0) {
            return;
        }
        RegimeMapSelector selector = new RegimeMapSelector(map, calendar, regimes, p.candidates().getFirst().label());
        int t = 0;
        if (acc.book.started()) {
            while (t < calendar.length && calendar[t] <= acc.book.lastTime()) {
                t++;
            }
        } else {
            acc.active = selector.initial();
        }
        while (t < calendar.length) {
            int u = t;
            Optional<StrategySwitch> decision = selector.decide(u, acc.active, -1);
            while (decision.isEmpty() && u + 1 < calendar.length) {
                decision = selector.decide(++u, acc.active, -1);
            }
            long first = calendar[t];
            long last = calendar[u];
            List<HandTrade> span = due.stream().filter(h -> h.time() >= first && h.time() <= last).toList();
            String exits = selector.exitsBy(t, acc.active);
            PortfolioStep step = backtester.step(p.requestFor(exits), bars, acc.book, LocalDate.ofEpochDay(last), span,
                    !acc.active.equals(RegimeMap.CASH));
            acc.add(step, acc.active, exits, span);
            if (decision.isPresent()) {
                acc.switches.add(decision.get());
                acc.active = decision.get().to();
                acc.lastSwitch = decision.get().date();
            }
            t = u + 1;
        }
    }

    /** The trading days of the portfolio's symbols from its start through {@code through}, ascending. */
    private static long[] calendar(PaperPortfolio p, Collection<PriceColumns> bars, LocalDate through) {
        java.util.Set<String> traded = new java.util.HashSet<>(p.request().symbols());
        long from = p.request().from().toEpochDay();
        long to = through.toEpochDay();
        return bars.stream().filter(b -> traded.contains(b.symbol())).flatMapToLong(b -> Arrays.stream(b.time()))
                .filter(x -> x >= from && x <= to).distinct().sorted().toArray();
    }

    private static void checkHandTradeDays(List<HandTrade> due, long[] calendar) {
        for (HandTrade h : due) {
            if (Arrays.binarySearch(calendar, h.time()) < 0) {
                throw new IllegalArgumentException("hand trade " + h.symbol() + " on " + LocalDate.ofEpochDay(h.time())
                        + ": not a trading day of the portfolio");
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

        /**
         * @param label the strategy that traded the step's days
         * @param origin the strategy whose signals its buys (other than by hand) came from
         */
        void add(PortfolioStep step, String label, String origin, List<HandTrade> hand) {
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
                    origins.put(e.symbol(), byHand ? PaperTrip.HAND : origin);
                } else {
                    String opener = origins.remove(e.symbol());
                    trips.add(new PaperTrip(step.closedTrips().get(sold++), opener == null ? origin : opener));
                }
            }
            executions.addAll(step.executions());
            book = step.book();
        }
    }
}
