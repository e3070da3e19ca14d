package dev.sextant.app;

import dev.sextant.data.importer.BarImportService;
import dev.sextant.engine.market.imports.ImportOptions;
import dev.sextant.engine.market.imports.ImportReport;
import dev.sextant.engine.market.imports.ImportSource;
import dev.sextant.data.instrument.JooqInstrumentRepository;
import dev.sextant.data.universe.JooqUniverseRepository;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.sample.Instrument;
import dev.sextant.sample.InstrumentKind;
import dev.sextant.sample.SampleMarket;
import java.io.PrintWriter;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Loads the generated sample market into a new database: all its files, instrument names and
 * kinds, and the universes {@code sample} (every synthetic symbol), {@code sample-stocks} and
 * {@code sample-sectors}.
 */
final class SampleMarketSeeder {

    private final BarImportService importer;
    private final DSLContext dsl;

    SampleMarketSeeder(BarImportService importer, DSLContext dsl) {
        this.importer = importer;
        this.dsl = dsl;
    }

    void seed(PrintWriter out) {
        out.println("First start: loading the synthetic sample market (tickers ending in " + SampleMarket.SUFFIX
                + ") into the new database ...");
        out.flush();
        List<ImportSource> sources = java.util.stream.Stream.concat(SampleMarket.dailyFiles().stream(),
                        SampleMarket.intradayFiles().stream())
                .map(name -> new ImportSource("sample-data/" + name, () -> SampleMarket.open(name)))
                .toList();
        ImportOptions options = new ImportOptions(ImportOptions.NEW_YORK, false, "sample", true);
        ImportReport report = importer.importAll(sources, options, ProgressSink.NONE, Cancellation.NEVER);
        if (!report.rejected().isEmpty()) {
            throw new IllegalStateException("the bundled sample market is damaged: " + report.rejected().getFirst().error());
        }
        List<Instrument> instruments = SampleMarket.instruments();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (Instrument i : instruments) {
                JooqInstrumentRepository.describe(tx, i.symbol(), i.name(), i.kind().label());
            }
            JooqUniverseRepository.addMembers(tx, "sample-stocks", "synthetic sample stocks", symbols(instruments, InstrumentKind.STOCK));
            JooqUniverseRepository.addMembers(tx, "sample-sectors", "synthetic sector ETFs",
                    instruments.stream().filter(i -> i.kind() == InstrumentKind.ETF && i.sector().isPresent())
                            .map(Instrument::symbol).toList());
        });
        out.printf("Loaded %d files, %,d bars of synthetic sample data. Universes: sample, sample-stocks, sample-sectors.%n",
                report.files().size(), report.barsRead());
        out.flush();
    }

    private static List<String> symbols(List<Instrument> instruments, InstrumentKind kind) {
        return instruments.stream().filter(i -> i.kind() == kind).map(Instrument::symbol).toList();
    }
}
