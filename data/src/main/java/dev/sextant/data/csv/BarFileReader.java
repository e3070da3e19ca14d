package dev.sextant.data.csv;

import dev.sextant.engine.market.PriceColumns;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a file of OHLCV bars into {@link PriceColumns}, one series per symbol.
 *
 * <h2>Formats</h2>
 * Comma-separated with a header; columns are found by header name, case-insensitively, in any order: Yahoo
 * ({@code Date,Open,High,Low,Close,Adj Close,Volume}), Stooq daily CSV
 * ({@code Date,Open,High,Low,Close,Volume}), Stooq bulk {@code .txt}
 * ({@code <TICKER>,<PER>,<DATE>,<TIME>,...}) and any file with a date column and open, high, low
 * and close; Polygon flat files ({@code window_start} in epoch nanoseconds), Databento OHLCV
 * ({@code ts_event}); files without a header ({@code datetime,o,h,l,c[,v]} as FirstRate Data,
 * {@code MM/DD/YYYY,HH:mm,o,h,l,c[,v]} as Kibot). The layout found is reported in
 * {@link ParsedBarFile#layout()}. Volume is optional (0 when the column is absent); adjusted close is optional (equal
 * to close when absent). Gzip data is recognised by its magic bytes and decompressed. Timestamps
 * may be epoch seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude
 * ({@link TimestampParser}); a stamp is the bar's start.
 *
 * <h2>Symbol</h2>
 * From the {@code symbol}/{@code ticker} column when present, otherwise from the file name (see
 * {@link BarFiles#symbolOf}); upper-cased, a {@code .US} suffix removed.
 *
 * <h2>Time and timeframe</h2>
 * When every row is a plain date (or a date at midnight) the file is {@code DAILY} and
 * {@code time} is the epoch day of the date as written. Otherwise {@code time} is the UTC epoch
 * second of the bar start, read with the row's offset ({@code Z}, {@code +HH:mm}) when given, or
 * in {@link ReadOptions#exchangeZone()}. The timeframe is inferred per symbol from the most
 * common spacing between bars less than a day apart (overnight and weekend gaps separate
 * sessions and do not count; ties go to the shorter spacing); a spacing that matches no intraday
 * {@code Timeframe}, or no two bars less than a day apart, rejects the file.
 *
 * <h2>Rows</h2>
 * Blank lines are ignored. A row is malformed when: its field count differs from the header's; a
 * required field is empty; a number or date does not parse; a price (open, high, low, close, adj
 * close) is NaN, infinite, zero or negative; volume is NaN, infinite or negative; high is below
 * low, open or close; low is above open or close; or it repeats an earlier row's time with
 * different values. Zero volume is accepted. Rows out of time order are sorted; a row repeating
 * an earlier one exactly is dropped silently.
 *
 * <h2>Errors</h2>
 * Without {@link ReadOptions#skipBadRows()} the first malformed row (rows in file order first,
 * then duplicate times) rejects the file with a {@link BadFileException} whose message is
 * {@code <file>:<line>: <reason>}, the header being line 1, e.g. {@code x.csv:7: high 10.5 is
 * below low 11.0} or {@code x.csv:3: cannot parse close 'abc'}. With it, malformed rows are
 * left out and listed in {@link ParsedBarFile#skipped()}. Always rejected (line 1): an empty
 * file, a header without data rows, a missing or repeated column, a name ending in {@code .gz} on data that is not
 * gzip, damaged gzip data. A row dated after {@link ReadOptions#latestDate()} is malformed. Messages quote at most 200 characters of a bad value ({@link Excerpt}).
 */
public final class BarFileReader {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int GZIP_TRAILER = 8;
    private static final int MAX_RATIO = 32;
    private static final int MIN_BUFFER = 8 * 1024;

    /** Reads a file; {@code file.toString()} names it in error messages. */
    public ParsedBarFile read(Path file, ReadOptions options) throws IOException {
        return parse(file.toString(), Files.readAllBytes(file), options);
    }

    /**
     * Reads a stream, for example a jar resource; {@code sourceName} names it in error messages
     * and gives the symbol when the data has no symbol column. The stream is read to its end but
     * not closed.
     */
    public ParsedBarFile read(String sourceName, InputStream in, ReadOptions options) throws IOException {
        return parse(sourceName, in.readAllBytes(), options);
    }

    private static ParsedBarFile parse(String sourceName, byte[] raw, ReadOptions options) throws IOException {
        RowRejections rejections = new RowRejections(sourceName, options.skipBadRows());
        ParsedRows parsed = new BarFileParser(gunzipIfNeeded(sourceName, raw, rejections),
                SymbolNames.fromFileName(sourceName), options.latestDate(), rejections).parse();
        SeriesAssembler assembler = new SeriesAssembler(parsed, options.exchangeZone(), rejections);
        List<String> symbols = parsed.symbols();
        List<Integer> bySymbol = IntStream.range(0, symbols.size()).boxed()
                .sorted(Comparator.comparing(symbols::get))
                .toList();
        List<PriceColumns> series = new ArrayList<>();
        for (int symbolIndex : bySymbol) {
            int[] rows = parsed.rowsOf(symbolIndex);
            if (rows.length > 0) {
                series.add(assembler.assemble(symbols.get(symbolIndex), rows));
            }
        }
        return new ParsedBarFile(sourceName, series, rejections.skippedByLine(), parsed.layout());
    }

    private static byte[] gunzipIfNeeded(String sourceName, byte[] raw, RowRejections rejections) throws IOException {
        boolean gzip = raw.length >= 2 && (raw[0] & 0xff) == GZIP_MAGIC_1 && (raw[1] & 0xff) == GZIP_MAGIC_2;
        if (!gzip) {
            if (sourceName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                throw rejections.fileError(1, "not a gzip file (the name ends in .gz but the data is not gzip)");
            }
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 64 * 1024)) {
            return readAll(in, raw.length >= GZIP_TRAILER ? sizeGuess(raw) : 0);
        } catch (ZipException | EOFException e) {
            throw rejections.fileError(1, "damaged gzip data (" + Excerpt.of(String.valueOf(e.getMessage())) + ")");
        }
    }

    /**
     * The uncompressed size the gzip trailer declares (modulo 2<sup>32</sup>, and only that of the last member), as a
     * first guess of the size so that the data is inflated into one array instead of growing copies; at most
     * {@link #MAX_RATIO} times the compressed size, so that a damaged trailer cannot ask for a huge array.
     */
    private static int sizeGuess(byte[] gzip) {
        int n = gzip.length;
        long declared = (gzip[n - 4] & 0xffL) | (gzip[n - 3] & 0xffL) << 8 | (gzip[n - 2] & 0xffL) << 16
                | (gzip[n - 1] & 0xffL) << 24;
        return (int) Math.min(declared, Math.min((long) MAX_RATIO * n, Integer.MAX_VALUE - 16));
    }

    /** Reads {@code in} to its end into an array first sized {@code guess}, doubled whenever the data is longer. */
    private static byte[] readAll(InputStream in, int guess) throws IOException {
        byte[] buffer = new byte[Math.max(guess, MIN_BUFFER)];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                int next = in.read();
                if (next < 0) {
                    return buffer;
                }
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                buffer[size++] = (byte) next;
            }
            int read = in.read(buffer, size, buffer.length - size);
            if (read < 0) {
                return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
            }
            size += read;
        }
    }
}
