package dev.sextant.app.ui.data;

import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.csv.BarFiles;
import dev.sextant.data.importer.BarImportService;
import dev.sextant.data.importer.ImportOptions;
import dev.sextant.data.importer.ImportReport;
import dev.sextant.data.importer.ImportSource;
import dev.sextant.data.provider.MarketDataProviders;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.data.update.DataUpdateService;
import dev.sextant.data.update.UpdateReport;
import dev.sextant.data.verify.BarVerifier;
import dev.sextant.data.verify.Finding;
import dev.sextant.data.verify.VerificationReport;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@link DataService} over the home's database: the importer and the verifier of the data module. */
public final class StoreDataService implements DataService {

    private final JooqBarRepository bars;
    private final BarImportService importer;
    private final DataUpdateService updater;
    private final SettingsRepository settings;

    public StoreDataService(JooqBarRepository bars, BarImportService importer, DataUpdateService updater,
            SettingsRepository settings) {
        this.bars = bars;
        this.importer = importer;
        this.updater = updater;
        this.settings = settings;
    }

    @Override
    public UpdateReport update(List<String> symbols, ProgressSink progress, Cancellation cancellation) {
        List<String> wanted = symbols.isEmpty() ? DataUpdateService.updatable(bars.listSeries(), Timeframe.DAILY) : symbols;
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("nothing to update: only the synthetic sample market (.SX) is stored; "
                    + "import real symbols or select some first");
        }
        var provider = MarketDataProviders.fromSettings(settings).byId(null);
        return updater.update(provider, wanted, Timeframe.DAILY, null, progress, cancellation);
    }

    @Override
    public List<SeriesInfo> listSeries() {
        return bars.listSeries();
    }

    @Override
    public ImportReport importFiles(List<Path> paths, ProgressSink progress, Cancellation cancellation) {
        List<Path> files;
        try {
            files = BarFiles.expand(paths);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file or folder: " + e.getFile(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + paths + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no bar files (.csv, .csv.gz, .txt, .txt.gz) in " + paths);
        }
        return importer.importAll(files.stream().map(ImportSource::of).toList(), ImportOptions.defaults(),
                progress, cancellation);
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
