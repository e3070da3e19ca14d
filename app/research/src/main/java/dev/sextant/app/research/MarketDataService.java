package dev.sextant.app.research;

import dev.sextant.app.plugins.PluginHost;
import dev.sextant.data.csv.BarFiles;
import dev.sextant.data.importer.BarImportService;
import dev.sextant.data.provider.MarketDataProviders;
import dev.sextant.data.update.DataUpdateService;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.CorporateActionSource;
import dev.sextant.engine.market.MembershipRepository;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.UniverseMember;
import dev.sextant.engine.market.UniverseRepository;
import dev.sextant.engine.market.imports.ImportOptions;
import dev.sextant.engine.market.imports.ImportReport;
import dev.sextant.engine.market.imports.ImportSource;
import dev.sextant.engine.market.update.UpdateReport;
import dev.sextant.engine.market.verify.BarVerifier;
import dev.sextant.engine.market.verify.Finding;
import dev.sextant.engine.market.verify.VerificationReport;
import dev.sextant.engine.settings.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link DataService} over the home's database, for the data panel and the {@code data} and {@code universe}
 * commands alike: importing bar files, updating from a market-data provider (bundled or a plugin's), verifying the
 * stored bars and listing the series.
 */
public final class MarketDataService implements DataService {

    private final BarRepository bars;
    private final UniverseRepository universes;
    private final MembershipRepository memberships;
    private final BarImportService importer;
    private final DataUpdateService updater;
    private final SettingsStore settings;
    private final PluginHost plugins;
    private final CorporateActionSource actions;

    public MarketDataService(BarRepository bars, UniverseRepository universes, MembershipRepository memberships,
            BarImportService importer, DataUpdateService updater, SettingsStore settings, PluginHost plugins,
            CorporateActionSource actions) {
        this.bars = bars;
        this.universes = universes;
        this.memberships = memberships;
        this.importer = importer;
        this.updater = updater;
        this.settings = settings;
        this.plugins = plugins;
        this.actions = actions;
    }

    @Override
    public List<CorporateAction> actions(String symbol) {
        return actions.actions(symbol);
    }

    @Override
    public UpdateReport update(List<String> symbols, ProgressSink progress, Cancellation cancellation) {
        List<String> wanted = symbols.isEmpty() ? updatable(Timeframe.DAILY) : symbols;
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("nothing to update: only the synthetic sample market (.SX) is stored; "
                    + "import real symbols or select some first");
        }
        return update(null, wanted, Timeframe.DAILY, null, progress, cancellation);
    }

    /**
     * Fetches {@code symbols} from provider {@code providerId} (null: the setting {@code provider.default}, else
     * yahoo; plugins' providers included) from {@code from} (null: after each series' last stored bar).
     */
    public UpdateReport update(String providerId, List<String> symbols, Timeframe timeframe, LocalDate from,
            ProgressSink progress, Cancellation cancellation) {
        var provider = MarketDataProviders.fromSettings(settings).plus(plugins.marketDataProviders()).byId(providerId);
        return updater.update(provider, symbols, timeframe, from, progress, cancellation);
    }

    /** The stored series of {@code timeframe} that a provider can update (not the synthetic sample market). */
    public List<String> updatable(Timeframe timeframe) {
        return DataUpdateService.updatable(bars.listSeries(), timeframe);
    }

    /** The members of universe {@code name} ({@code all}: every instrument), installing a bundled one first. */
    public List<String> universeMembers(String name) {
        if (UniverseRepository.ALL.equalsIgnoreCase(name)) {
            return universes.members(UniverseRepository.ALL);
        }
        memberships.installIfBundled(name);
        return memberships.memberships(name).stream().map(UniverseMember::symbol).toList();
    }

    @Override
    public List<SeriesInfo> listSeries() {
        return bars.listSeries();
    }

    @Override
    public ImportReport importFiles(List<Path> paths, ProgressSink progress, Cancellation cancellation) {
        List<Path> files = barFiles(paths);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no bar files (.csv, .csv.gz, .txt, .txt.gz) in " + paths);
        }
        return importFiles(files, ImportOptions.defaults(), progress, cancellation);
    }

    /** Imports the bar files in {@code paths} (files or folders) with {@code options}, each file atomically. */
    public ImportReport importFiles(List<Path> paths, ImportOptions options, ProgressSink progress,
            Cancellation cancellation) {
        return importer.importAll(barFiles(paths).stream().map(ImportSource::of).toList(), options, progress,
                cancellation);
    }

    private static List<Path> barFiles(List<Path> paths) {
        try {
            return BarFiles.expand(paths);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file or folder: " + e.getFile(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + paths + ": " + e.getMessage(), e);
        }
    }

    @Override
    public VerificationReport verify(List<SeriesInfo> series, ProgressSink progress, Cancellation cancellation) {
        BarVerifier verifier = new BarVerifier();
        List<Finding> findings = new ArrayList<>();
        int done = 0;
        for (SeriesInfo s : series) {
            cancellation.throwIfCancelled();
            progress.progress(done++, series.size(), s.symbol() + " " + s.timeframe().code());
            bars.load(s.symbol(), s.timeframe()).ifPresent(b -> findings.addAll(verifier.verify(b).findings()));
        }
        progress.progress(done, series.size(), "verified");
        return new VerificationReport(findings);
    }
}
