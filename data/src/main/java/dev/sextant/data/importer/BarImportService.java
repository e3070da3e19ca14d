package dev.sextant.data.importer;

import dev.sextant.engine.market.imports.ImportSource;

import dev.sextant.engine.market.imports.ImportOptions;

import dev.sextant.engine.market.imports.FileOutcome;

import dev.sextant.engine.market.imports.ImportReport;

import dev.sextant.data.csv.BadFileException;
import dev.sextant.data.csv.Excerpt;
import dev.sextant.data.csv.BarFileReader;
import dev.sextant.data.csv.ParsedBarFile;
import dev.sextant.data.csv.ReadOptions;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.job.ProgressSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
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

    public BarImportService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ImportReport importAll(List<ImportSource> sources, ImportOptions options, ProgressSink progress,
                                  Cancellation cancellation) {
        long start = System.nanoTime();
        List<FileOutcome> outcomes = new ArrayList<>();
        boolean cancelled = dsl.connectionResult(c -> {
            try (FileWriter writer = new FileWriter(c)) {
                return importAll(sources, options, progress, cancellation, writer, outcomes);
            }
        });
        return new ImportReport(List.copyOf(outcomes), System.nanoTime() - start, cancelled);
    }

    /** Parses ahead of {@code writer} and writes in the order given; returns whether the import was cancelled. */
    private static boolean importAll(List<ImportSource> sources, ImportOptions options, ProgressSink progress,
                                     Cancellation cancellation, FileWriter writer, List<FileOutcome> outcomes) {
        ReadOptions readOptions = new ReadOptions(options.zone(), options.skipBadRows());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
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
                    return true;
                }
                Parsed parsed = await(pending.removeFirst());
                FileOutcome outcome = parsed.error != null
                        ? FileOutcome.rejected(parsed.source.name(), parsed.error)
                        : write(writer, parsed.file, options);
                outcomes.add(outcome);
                progress.progress(outcomes.size(), sources.size(), parsed.source.name());
            }
        }
        return false;
    }

    private static FileOutcome write(FileWriter writer, ParsedBarFile file, ImportOptions options) {
        try {
            return new FileOutcome(file.sourceName(), file.layout(), writer.write(file, options), file.skipped(), null);
        } catch (SQLException | DataAccessException e) {
            return FileOutcome.rejected(file.sourceName(), file.sourceName() + ": not stored (rolled back): "
                    + Excerpt.of(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
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
