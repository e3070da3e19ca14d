package dev.sextant.app.research;

import dev.sextant.engine.market.UniverseRepository;
import dev.sextant.engine.regime.split.RegimeSplitRepository;
import dev.sextant.engine.scan.SignalRepository;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the research panels (scanner, backtest, regime, paper, optimizer, walk-forward) work with; built by the composition root. */
public final class ResearchServices {

    private final StrategyCatalog strategies;
    private final UniverseRepository universes;
    private final SignalRepository signals;
    private final RegimeSplitRepository runs;
    private final MarketLoader markets;
    private final BacktestRegimes marketRegimes;
    private final ScanService scans;
    private final BacktestService backtests;
    private final RegimeService regimes;
    private final PaperService paper;
    private final Optimizer optimizer;
    private final WalkForwardService walkForwards;
    private final EntryRuleService rules;
    private final PresetService presets;

    public ResearchServices(StrategyCatalog strategies, UniverseRepository universes, SignalRepository signals,
            RegimeSplitRepository runs, MarketLoader markets, BacktestRegimes marketRegimes, ScanService scans,
            BacktestService backtests, RegimeService regimes, PaperService paper, Optimizer optimizer,
            WalkForwardService walkForwards, EntryRuleService rules, PresetService presets) {
        this.strategies = strategies;
        this.universes = universes;
        this.signals = signals;
        this.runs = runs;
        this.markets = markets;
        this.marketRegimes = marketRegimes;
        this.scans = scans;
        this.backtests = backtests;
        this.regimes = regimes;
        this.paper = paper;
        this.optimizer = optimizer;
        this.walkForwards = walkForwards;
        this.rules = rules;
        this.presets = presets;
    }

    /** Built-in, plugin and saved presets by name. */
    public PresetService presets() {
        return presets;
    }

    /** Entry filters and saved risk policies. */
    public EntryRuleService rules() {
        return rules;
    }

    public StrategyCatalog strategies() {
        return strategies;
    }

    /** {@code all} and the stored universes. */
    public List<String> universes() {
        List<String> names = new ArrayList<>();
        names.add(UniverseRepository.ALL);
        universes.names().stream().filter(n -> !n.equals(UniverseRepository.ALL)).forEach(names::add);
        return names;
    }

    /** Symbols with daily bars. */
    public Set<String> dailySymbols() {
        return markets.dailySymbols();
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

    /** Batches of backtests, each run saved like {@code ./sextant backtest}'s. */
    public BatchService batches() {
        return new BatchService(strategies, backtests);
    }

    /** Optimizer studies, recorded in the home's study store like {@code ./sextant optimize}. */
    public Optimizer optimizer() {
        return optimizer;
    }

    public WalkForwardService walkForwards() {
        return walkForwards;
    }

    /**
     * Each day's market regime of the default index, as {@code by_regime} splits backtests (the
     * chart's regime shading); empty when no index is stored.
     */
    public Optional<BacktestRegimes.Classified> marketRegimes() {
        return marketRegimes.classify();
    }

    public RegimeService regimes() {
        return regimes;
    }

    /** Paper portfolios, kept in the home's database like {@code ./sextant portfolio}. */
    public PaperService paper() {
        return paper;
    }

    public SignalRepository signals() {
        return signals;
    }

    public RegimeSplitRepository runs() {
        return runs;
    }
}
