package dev.sextant.data.importer;

import dev.sextant.engine.market.imports.ImportSource;

import dev.sextant.engine.market.imports.ImportOptions;

import dev.sextant.engine.market.imports.FileOutcome;

import dev.sextant.engine.market.imports.ImportReport;

import dev.sextant.engine.market.imports.BarUpsert;
import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.csv.BadFileException;
import dev.sextant.data.csv.Excerpt;
import dev.sextant.data.csv.BarFileReader;
import dev.sextant.data.csv.ParsedBarFile;
import dev.sextant.data.csv.ReadOptions;
import dev.sextant.data.instrument.JooqInstrumentRepository;
import dev.sextant.data.universe.JooqUniverseRepository;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Imports bar files into the store. Each file is one transaction: a malformed file is rejected
 * whole with {@code file:line: reason} and nothing of it is written, while the other files
 * are still imported. Files are parsed in parallel ahead of a single writer, which writes
 * them in the order given.
 */
public final class BarImportService {

    private static final int PARSE_AHEAD = 8;

    private final DSLContext dsl;
    private final JooqBarRepository bars;

    public BarImportService(DSLContext dsl, JooqBarRepository bars) {
        this.dsl = dsl;
        this.bars = bars;
    }

    public ImportReport importAll(List<ImportSource> sources, ImportOptions options, ProgressSink progress,
                                  Cancellation cancellation) {
        long start = System.nanoTime();
        List<FileOutcome> outcomes = new ArrayList<>();
        ReadOptions readOptions = new ReadOptions(options.zone(), options.skipBadRows());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        boolean cancelled = false;
        try (ExecutorService parsers = Executors.newFixedThreadPool(threads)) {
            Deque<Future<Parsed>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < sources.size() || !pending.isEmpty()) {
                while (next < sources.size() && pending.size() < PARSE_AHEAD) {
                    ImportSource source = sources.get(next++);
                    pending.add(parsers.submit(() -> parse(source, readOptions)));
                }
                if (cancellation.isCancelled()) {
                    pending.forEach(f -> f.cancel(true));
                    cancelled = true;
                    break;
                }
                Parsed parsed = await(pending.removeFirst());
                FileOutcome outcome = parsed.error != null
                        ? FileOutcome.rejected(parsed.source.name(), parsed.error)
                        : write(parsed.file, options);
                outcomes.add(outcome);
                progress.progress(outcomes.size(), sources.size(), parsed.source.name());
            }
        }
        return new ImportReport(List.copyOf(outcomes), System.nanoTime() - start, cancelled);
    }

    private FileOutcome write(ParsedBarFile file, ImportOptions options) {
        try {
            return new FileOutcome(file.sourceName(), file.layout(), writeInOneTransaction(file, options), file.skipped(), null);
        } catch (DataAccessException e) {
            return FileOutcome.rejected(file.sourceName(), file.sourceName() + ": not stored (rolled back): "
                    + Excerpt.of(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    private List<BarUpsert> writeInOneTransaction(ParsedBarFile file, ImportOptions options) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<BarUpsert> result = new ArrayList<>();
            for (PriceColumns series : file.series()) {
                long id = JooqInstrumentRepository.ensure(tx, series.symbol(), options.synthetic());
                result.add(bars.upsert(tx, id, series));
            }
            if (options.universe() != null) {
                JooqUniverseRepository.addMembers(tx, options.universe(), "imported",
                        file.series().stream().map(PriceColumns::symbol).toList());
            }
            return result;
        });
    }

    private static Parsed parse(ImportSource source, ReadOptions options) {
        try (InputStream in = source.opener().open()) {
            return new Parsed(source, new BarFileReader().read(source.name(), in, options), null);
        } catch (BadFileException e) {
            return new Parsed(source, null, e.getMessage());
        } catch (IOException e) {
            return new Parsed(source, null, source.name() + ": cannot read: " + e.getMessage());
        }
    }

    private static Parsed await(Future<Parsed> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io;
            }
            throw new IllegalStateException("parsing failed: " + cause, cause);
        }
    }

    private record Parsed(ImportSource source, ParsedBarFile file, String error) {
    }
}
