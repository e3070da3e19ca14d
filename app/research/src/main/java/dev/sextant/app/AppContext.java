package dev.sextant.app;

import dev.sextant.app.plugins.AppPluginContext;
import dev.sextant.app.plugins.PluginHost;
import dev.sextant.app.plugins.PluginPolicy;
import dev.sextant.app.plugins.PluginStateStore;
import dev.sextant.app.plugins.SynchronousJobRunner;
import dev.sextant.app.research.BacktestRegimes;
import dev.sextant.app.research.BacktestService;
import dev.sextant.app.research.DrawingService;
import dev.sextant.app.research.EntryRuleService;
import dev.sextant.app.research.MarketDataService;
import dev.sextant.app.research.MarketLoader;
import dev.sextant.app.research.Optimizer;
import dev.sextant.app.research.PaperService;
import dev.sextant.app.research.RegimeService;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.research.ScanService;
import dev.sextant.app.research.WalkForwardService;
import dev.sextant.app.research.WatchlistService;
import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.bars.JooqLiveBarStore;
import dev.sextant.app.research.live.LiveService;
import dev.sextant.app.research.live.BundledStream;
import dev.sextant.app.research.live.MarketStreams;
import dev.sextant.data.db.DamagedDatabaseException;
import dev.sextant.data.db.Database;
import dev.sextant.data.db.HomeInUseException;
import dev.sextant.data.db.SchemaMismatchException;
import dev.sextant.data.drawing.JooqDrawingRepository;
import dev.sextant.data.importer.BarImportService;
import dev.sextant.data.optimize.JooqStudyStore;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.data.paper.JooqPaperPortfolioRepository;
import dev.sextant.data.regime.JooqRegimeClassificationRepository;
import dev.sextant.data.risk.JooqRiskPolicyRepository;
import dev.sextant.data.preset.JooqPresetRepository;
import dev.sextant.app.research.PresetService;
import dev.sextant.data.regime.JooqRegimeSnapshotRepository;
import dev.sextant.data.run.JooqBacktestRunRepository;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.data.universe.JooqMembershipRepository;
import dev.sextant.data.universe.JooqUniverseRepository;
import dev.sextant.data.actions.JooqCorporateActionRepository;
import dev.sextant.data.update.DataUpdateService;
import dev.sextant.data.walkforward.JooqWalkForwardRepository;
import dev.sextant.data.watchlist.JooqWatchlistRepository;
import dev.sextant.engine.indicator.IndicatorCatalog;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.BarResampler;
import dev.sextant.engine.market.MembershipRepository;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.ResamplingBarRepository;
import dev.sextant.engine.market.UniverseRepository;
import dev.sextant.engine.optimize.StudyRepository;
import dev.sextant.engine.paper.PaperPortfolioRepository;
import dev.sextant.engine.regime.RegimeClassificationRepository;
import dev.sextant.engine.regime.split.RegimeSplitRepository;
import dev.sextant.engine.scan.SignalRepository;
import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.walkforward.WalkForwardRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: one home directory's database, the stores over it and the application services, wired by
 * constructor. It is the only class that constructs a {@code Jooq*} store; everything it hands out is typed by an
 * engine port or a research service, so no {@code dev.sextant.data} type reaches the CLI or the workstation. A first
 * start loads the generated sample market and says so.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final ResamplingBarRepository bars;
    private final UniverseRepository universes;
    private final MembershipRepository memberships;
    private final RegimeSplitRepository runs;
    private final RegimeClassificationRepository regimeClassifications;
    private final SignalRepository signals;
    private final StudyRepository studies;
    private final WalkForwardRepository walkForwards;
    private final PaperPortfolioRepository paperPortfolios;
    private final SettingsStore settings;
    private final BarImportService importer;
    private final PluginHost plugins;
    private final StrategyCatalog strategies;
    private final IndicatorCatalog indicators;
    private final MarketLoader market;
    private final MarketDataService data;
    private final ResearchServices research;
    private final DrawingService drawings;
    private final WatchlistService watchlists;
    private final LiveService live;

    private AppContext(Database database, ProgressSink pluginJobProgress, PluginPolicy pluginPolicy) {
        this.database = database;
        JooqBarRepository storedBars = new JooqBarRepository(database.dsl());
        this.bars = new ResamplingBarRepository(storedBars, new BarResampler(ExchangeCalendars.NYSE));
        this.universes = new JooqUniverseRepository(database.dsl());
        this.memberships = new JooqMembershipRepository(database.dsl());
        this.runs = new JooqBacktestRunRepository(database.dsl());
        this.regimeClassifications = new JooqRegimeClassificationRepository(database.dsl());
        SettingsRepository settingsRepository = new SettingsRepository(database.dsl());
        this.settings = settingsRepository;
        JooqSyncOutbox outbox = new JooqSyncOutbox(database.dsl());
        this.signals = new JooqSignalRepository(database.dsl(), outbox.queuingWriter());
        this.studies = new JooqStudyStore(database.dsl());
        this.walkForwards = new JooqWalkForwardRepository(database.dsl());
        this.paperPortfolios = new JooqPaperPortfolioRepository(database.dsl());
        this.importer = new BarImportService(database.dsl());
        SynchronousJobRunner jobs = new SynchronousJobRunner(pluginJobProgress);
        this.plugins = PluginHost.start(pluginFolder(database.home()), AppContext.class.getClassLoader(),
                new PluginStateStore(settings),
                (plugin, loader) -> new AppPluginContext(plugin, loader, settings, database.dataSource(), jobs, outbox,
                        database.home().resolve("plugin-data")), pluginPolicy);
        this.strategies = new StrategyCatalog(plugins.strategies());
        this.indicators = new IndicatorCatalog(plugins.indicators());
        this.market = new MarketLoader(bars, universes);
        JooqCorporateActionRepository actions = new JooqCorporateActionRepository(database.dsl());
        this.data = new MarketDataService(storedBars, universes, memberships, importer,
                new DataUpdateService(database.dsl(), storedBars, Clock.systemUTC()), settings, plugins, actions);
        BacktestRegimes regimes = new BacktestRegimes(market, settings, regimeClassifications);
        this.research = new ResearchServices(strategies, universes, signals, runs, market, regimes,
                new ScanService(strategies, signals, plugins, market),
                new BacktestService(strategies, bars, market, runs, regimes, actions),
                new RegimeService(market, settings, new JooqRegimeSnapshotRepository(database.dsl())),
                new PaperService(strategies, market, regimes, paperPortfolios),
                new Optimizer(strategies, market, studies),
                new WalkForwardService(strategies, walkForwards, market),
                new EntryRuleService(market, settings, new JooqRiskPolicyRepository(database.dsl()), memberships),
                new PresetService(strategies, new JooqPresetRepository(database.dsl()), plugins.presetPacks()));
        this.drawings = new DrawingService(new JooqDrawingRepository(database.dsl()));
        this.watchlists = new WatchlistService(new JooqWatchlistRepository(database.dsl()), bars, universes);
        this.live = new LiveService(bars, new JooqLiveBarStore(database.dsl(), storedBars),
                new MarketStreams(BundledStream.all(settings), plugins.marketStreams()));
    }

    /**
     * Opens (or, on first start, creates) the home's database and wires the services.
     *
     * @param pluginJobProgress where the plugins' background jobs report progress
     * @throws HomeUnavailableException when another process holds the home, its database is of another version, or
     *         its file is damaged (kept as it is)
     */
    public static AppContext open(Path home, boolean seedSampleData, PrintWriter out, ProgressSink pluginJobProgress) {
        return open(home, seedSampleData, out, pluginJobProgress, PluginPolicy.of(false, System.getenv()));
    }

    /**
     * Opens the home's database as {@link #open(Path, boolean, PrintWriter, ProgressSink)} does, treating the
     * user's plugin jars as {@code pluginPolicy} says, and prints what the plugin host has to tell the user.
     */
    public static AppContext open(Path home, boolean seedSampleData, PrintWriter out, ProgressSink pluginJobProgress,
                                  PluginPolicy pluginPolicy) {
        Database database;
        try {
            database = Database.open(home);
        } catch (HomeInUseException | SchemaMismatchException | DamagedDatabaseException e) {
            throw new HomeUnavailableException(e.getMessage(), e);
        }
        AppContext ctx = new AppContext(database, pluginJobProgress, pluginPolicy);
        ctx.plugins.notices().forEach(out::println);
        out.flush();
        if (ctx.database.isNew() && seedSampleData) {
            new SampleMarketSeeder(ctx.importer, database.dsl()).seed(out);
        }
        return ctx;
    }

    /** Waits for the day's backup that this open started, if it was due, and returns it (see {@link Database#dailyBackup()}). */
    public Optional<HomeStore.BackupMade> dailyBackup() {
        return database.dailyBackup().map(HomeStore::backupMade);
    }

    public Path home() {
        return database.home();
    }

    /** Where user plugin jars go. */
    public Path pluginFolder() {
        return pluginFolder(home());
    }

    private static Path pluginFolder(Path home) {
        return home.resolve("plugins");
    }

    /**
     * Bars in every timeframe the stored ones can build (1w and 1mo from 1d, 5m..1h from 1m, ...),
     * resampled on load; what panels and commands read. Import, update and verify go through
     * {@link #data()}, over the bars as stored.
     */
    public ResamplingBarRepository bars() {
        return bars;
    }

    public UniverseRepository universes() {
        return universes;
    }

    public MembershipRepository memberships() {
        return memberships;
    }

    /** The one market loader: symbols or a universe to daily bars. */
    public MarketLoader market() {
        return market;
    }

    /** Importing, updating, verifying and listing the stored bars. */
    public MarketDataService data() {
        return data;
    }

    public RegimeSplitRepository runs() {
        return runs;
    }

    /** Each day's regime of an index, stored once per index, volatility index, model version and bars. */
    public RegimeClassificationRepository regimeClassifications() {
        return regimeClassifications;
    }

    public SignalRepository signals() {
        return signals;
    }

    public StudyRepository studies() {
        return studies;
    }

    public WalkForwardRepository walkForwards() {
        return walkForwards;
    }

    public PaperPortfolioRepository paperPortfolios() {
        return paperPortfolios;
    }

    public SettingsStore settings() {
        return settings;
    }

    /** The built-in strategies and those of the active plugins. */
    public StrategyCatalog strategies() {
        return strategies;
    }

    /** The built-in indicators and those of the active plugins. */
    public IndicatorCatalog indicators() {
        return indicators;
    }

    /** The plugins found in this start, their states, and what the active ones contributed. */
    public PluginHost plugins() {
        return plugins;
    }

    /** The application services of the research use cases (backtest, scan, regime, paper, optimize, walk-forward). */
    public ResearchServices research() {
        return research;
    }

    /** The chart drawings of each symbol. */
    public DrawingService drawings() {
        return drawings;
    }

    /** Named symbol lists, kept in the home's database like {@code ./sextant watchlist}. */
    /** Live and replayed sessions, and the live bar streams to connect to. */
    public LiveService live() {
        return live;
    }

    public WatchlistService watchlists() {
        return watchlists;
    }

    @Override
    public void close() {
        database.close();
    }
}
