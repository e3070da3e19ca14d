package dev.sextant.app;

import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.db.Database;
import dev.sextant.data.importer.BarImportService;
import dev.sextant.data.market.UniverseLoader;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.data.optimize.JooqStudyStore;
import dev.sextant.data.paper.JooqPaperPortfolioRepository;
import dev.sextant.data.regime.JooqRegimeSnapshotRepository;
import dev.sextant.data.run.JooqBacktestRunRepository;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.data.universe.JooqMembershipRepository;
import dev.sextant.data.universe.JooqUniverseRepository;
import dev.sextant.data.update.DataUpdateService;
import dev.sextant.app.plugins.AppPluginContext;
import dev.sextant.app.plugins.PluginHost;
import dev.sextant.app.plugins.PluginPolicy;
import dev.sextant.app.plugins.PluginStateStore;
import dev.sextant.app.plugins.SynchronousJobRunner;
import dev.sextant.engine.indicator.IndicatorCatalog;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.BarResampler;
import dev.sextant.engine.market.RegularSession;
import dev.sextant.engine.market.ResamplingBarRepository;
import dev.sextant.data.walkforward.JooqWalkForwardRepository;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: one home directory's database and the services over it, wired by
 * constructor. A first start loads the generated sample market and says so.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final JooqBarRepository storedBars;
    private final ResamplingBarRepository bars;
    private final JooqUniverseRepository universes;
    private final BarImportService importer;
    private final UniverseLoader market;
    private final JooqBacktestRunRepository runs;
    private final JooqSignalRepository signals;
    private final JooqSyncOutbox outbox;
    private final PluginHost plugins;
    private final JooqRegimeSnapshotRepository regimeSnapshots;
    private final StrategyCatalog strategies;
    private final IndicatorCatalog indicators;
    private final SettingsRepository settings;
    private final JooqMembershipRepository memberships;
    private final DataUpdateService updater;
    private final JooqStudyStore studies;
    private final JooqWalkForwardRepository walkForwards;
    private final JooqPaperPortfolioRepository paperPortfolios;

    private AppContext(Database database, ProgressSink pluginJobProgress, PluginPolicy pluginPolicy) {
        this.database = database;
        this.storedBars = new JooqBarRepository(database.dsl());
        this.bars = new ResamplingBarRepository(storedBars, new BarResampler(RegularSession.NEW_YORK));
        this.universes = new JooqUniverseRepository(database.dsl());
        this.importer = new BarImportService(database.dsl(), storedBars);
        this.market = new UniverseLoader(bars, universes);
        this.runs = new JooqBacktestRunRepository(database.dsl());
        this.settings = new SettingsRepository(database.dsl());
        this.outbox = new JooqSyncOutbox(database.dsl());
        this.signals = new JooqSignalRepository(database.dsl(), outbox.queuingWriter());
        this.regimeSnapshots = new JooqRegimeSnapshotRepository(database.dsl());
        SynchronousJobRunner jobs = new SynchronousJobRunner(pluginJobProgress);
        this.plugins = PluginHost.start(pluginFolder(database.home()), AppContext.class.getClassLoader(),
                new PluginStateStore(settings),
                (plugin, loader) -> new AppPluginContext(plugin, loader, settings, database.dataSource(), jobs, outbox,
                        database.home().resolve("plugin-data")), pluginPolicy);
        this.strategies = new StrategyCatalog(plugins.strategies());
        this.indicators = new IndicatorCatalog(plugins.indicators());
        this.memberships = new JooqMembershipRepository(database.dsl());
        this.updater = new DataUpdateService(database.dsl(), storedBars, Clock.systemUTC());
        this.studies = new JooqStudyStore(database.dsl());
        this.walkForwards = new JooqWalkForwardRepository(database.dsl());
        this.paperPortfolios = new JooqPaperPortfolioRepository(database.dsl());
    }

    /**
     * Opens (or, on first start, creates) the home's database and wires the services.
     *
     * @param pluginJobProgress where the plugins' background jobs report progress
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
        AppContext ctx = new AppContext(Database.open(home), pluginJobProgress, pluginPolicy);
        ctx.plugins.notices().forEach(out::println);
        out.flush();
        if (ctx.database.isNew() && seedSampleData) {
            new SampleMarketSeeder(ctx.importer, ctx.database.dsl()).seed(out);
        }
        return ctx;
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
     * resampled on load; what panels and commands read.
     */
    public ResamplingBarRepository bars() {
        return bars;
    }

    /** The bars as stored, for import, update and data management; never holds resampled bars. */
    public JooqBarRepository storedBars() {
        return storedBars;
    }

    public JooqUniverseRepository universes() {
        return universes;
    }

    public BarImportService importer() {
        return importer;
    }

    public UniverseLoader market() {
        return market;
    }

    public JooqBacktestRunRepository runs() {
        return runs;
    }

    public JooqSignalRepository signals() {
        return signals;
    }

    public JooqRegimeSnapshotRepository regimeSnapshots() {
        return regimeSnapshots;
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

    public SettingsRepository settings() {
        return settings;
    }

    public JooqMembershipRepository memberships() {
        return memberships;
    }

    public DataUpdateService updater() {
        return updater;
    }

    public JooqStudyStore studies() {
        return studies;
    }

    public JooqPaperPortfolioRepository paperPortfolios() {
        return paperPortfolios;
    }

    public JooqWalkForwardRepository walkForwards() {
        return walkForwards;
    }

    @Override
    public void close() {
        database.close();
    }
}
