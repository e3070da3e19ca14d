package dev.sextant.app.research;

import dev.sextant.app.AppContext;
import dev.sextant.app.Optimizer;
import dev.sextant.data.run.JooqBacktestRunRepository;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.engine.market.UniverseRepository;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the research panels (scanner, backtest, regime) work with, built once over an open {@link AppContext}. */
public final class ResearchServices {

    private final AppContext ctx;
    private final MarketLoader markets;
    private final ScanService scans;
    private final BacktestService backtests;
    private final RegimeService regimes;
    private final PaperService paper;

    public ResearchServices(AppContext ctx) {
        this.ctx = ctx;
        this.markets = new MarketLoader(ctx.market(), ctx.universes());
        this.scans = new ScanService(ctx);
        this.backtests = new BacktestService(ctx);
        this.regimes = new RegimeService(ctx);
        this.paper = new PaperService(ctx);
    }

    public StrategyCatalog strategies() {
        return ctx.strategies();
    }

    /** {@code all} and the stored universes. */
    public List<String> universes() {
        List<String> names = new ArrayList<>();
        names.add(UniverseRepository.ALL);
        ctx.universes().names().stream().filter(n -> !n.equals(UniverseRepository.ALL)).forEach(names::add);
        return names;
    }

    /** Symbols with daily bars. */
    public Set<String> dailySymbols() {
        return ctx.market().dailySymbols();
    }

    public MarketLoader markets() {
        return markets;
    }

    public ScanService scans() {
        return scans;
    }

    public BacktestService backtests() {
        return backtests;
    }

    /** Optimizer studies, recorded in the home's study store like {@code ./sextant optimize}. */
    public Optimizer optimizer() {
        return new Optimizer(ctx);
    }

    public WalkForwardService walkForwards() {
        return new WalkForwardService(ctx);
    }

    /**
     * Each day's market regime of the default index, as {@code by_regime} splits backtests (the
     * chart's regime shading); empty when no index is stored.
     */
    public Optional<BacktestRegimes.Classified> marketRegimes() {
        return BacktestRegimes.classify(ctx);
    }

    public RegimeService regimes() {
        return regimes;
    }

    /** Paper portfolios, kept in the home's database like {@code ./sextant portfolio}. */
    public PaperService paper() {
        return paper;
    }

    public JooqSignalRepository signals() {
        return ctx.signals();
    }

    public JooqBacktestRunRepository runs() {
        return ctx.runs();
    }
}
