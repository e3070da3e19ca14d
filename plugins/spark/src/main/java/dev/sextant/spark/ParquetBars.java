package dev.sextant.spark;

import dev.sextant.engine.market.DataFingerprint;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Daily or intraday bars as Parquet files in one folder per data set, the folder named by the bars'
 * {@link DataFingerprint}: {@code <root>/bars-<fingerprint>/part-NNNNN.parquet}, one row per bar, columns
 * {@code symbol, timeframe, time, open, high, low, close, adj_close, volume}, each symbol's rows in time order and
 * in one file. Written and read through Hadoop's file systems (Spark's), so the root may be a local folder,
 * {@code hdfs://…} or {@code s3a://…}. A folder that already holds a complete copy (its {@code _SUCCESS} marker) is
 * not written again; a reader checks the fingerprint of what it read against the folder's name.
 */
public final class ParquetBars {

    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message bars {
              required binary symbol (STRING);
              required binary timeframe (STRING);
              required int64 time;
              required double open;
              required double high;
              required double low;
              required double close;
              required double adj_close;
              required double volume;
            }""");
    private static final int SYMBOLS_PER_FILE = 256;
    private static final String SUCCESS = "_SUCCESS";

    private ParquetBars() {
    }

    /** The folder under {@code root} that holds {@code bars}. */
    public static String folder(String root, List<PriceColumns> bars) {
        return root.replaceAll("/+$", "") + "/bars-" + DataFingerprint.ofAll(bars);
    }

    /**
     * Writes {@code bars} under {@code root} unless a complete copy is there.
     *
     * @return the folder holding them
     */
    public static String write(String root, List<PriceColumns> bars, Configuration conf) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("no bars to ship");
        }
        String folder = folder(root, bars);
        try {
            Path dir = new Path(folder);
            FileSystem fs = dir.getFileSystem(conf);
            if (fs.exists(new Path(dir, SUCCESS))) {
                return folder;
            }
            fs.delete(dir, true);
            List<PriceColumns> sorted = bars.stream().sorted(Comparator.comparing(PriceColumns::symbol)).toList();
            SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
            for (int first = 0, part = 0; first < sorted.size(); first += SYMBOLS_PER_FILE, part++) {
                Path file = new Path(dir, String.format("part-%05d.parquet", part));
                try (ParquetWriter<Group> w = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(file, conf))
                        .withType(SCHEMA).withConf(conf).withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
                    for (PriceColumns p : sorted.subList(first, Math.min(sorted.size(), first + SYMBOLS_PER_FILE))) {
                        for (int i = 0; i < p.size(); i++) {
                            w.write(rows.newGroup().append("symbol", p.symbol()).append("timeframe", p.timeframe().code())
                                    .append("time", p.time()[i]).append("open", p.open()[i]).append("high", p.high()[i])
                                    .append("low", p.low()[i]).append("close", p.close()[i])
                                    .append("adj_close", p.adjClose()[i]).append("volume", p.volume()[i]));
                        }
                    }
                }
            }
            fs.create(new Path(dir, SUCCESS), true).close();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bars to " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every series of {@code folder}, in symbol order.
     *
     * @throws IllegalStateException when the folder is incomplete or its content does not match its fingerprint
     */
    public static List<PriceColumns> read(String folder, Configuration conf) {
        Path dir = new Path(folder);
        Map<String, Series> bySymbol = new LinkedHashMap<>();
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.exists(new Path(dir, SUCCESS))) {
                throw new IllegalStateException("bars folder " + folder + " is missing or incomplete (no " + SUCCESS + ")");
            }
            FileStatus[] files = fs.listStatus(dir, p -> p.getName().endsWith(".parquet"));
            Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
            for (FileStatus f : files) {
                try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(), f.getPath()).withConf(conf).build()) {
                    for (Group g = r.read(); g != null; g = r.read()) {
                        String timeframe = g.getString("timeframe", 0);
                        bySymbol.computeIfAbsent(g.getString("symbol", 0), s -> new Series(timeframe)).add(g);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bars from " + folder + ": " + e.getMessage(), e);
        }
        List<PriceColumns> out = new ArrayList<>();
        bySymbol.forEach((symbol, s) -> out.add(s.columns(symbol)));
        String expected = dir.getName().replaceFirst("^bars-", "");
        String actual = DataFingerprint.ofAll(out);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("bars folder " + folder + " holds data with fingerprint " + actual
                    + ", not the " + expected + " its name promises");
        }
        return out;
    }

    /** One symbol's rows as they are read. */
    private static final class Series {
        private final String timeframe;
        private long[] time = new long[256];
        private final double[][] values = new double[6][256];
        private int n;

        Series(String timeframe) {
            this.timeframe = timeframe;
        }

        void add(Group g) {
            if (n == time.length) {
                time = Arrays.copyOf(time, n * 2);
                for (int k = 0; k < values.length; k++) {
                    values[k] = Arrays.copyOf(values[k], n * 2);
                }
            }
            time[n] = g.getLong("time", 0);
            values[0][n] = g.getDouble("open", 0);
            values[1][n] = g.getDouble("high", 0);
            values[2][n] = g.getDouble("low", 0);
            values[3][n] = g.getDouble("close", 0);
            values[4][n] = g.getDouble("adj_close", 0);
            values[5][n] = g.getDouble("volume", 0);
            n++;
        }

        PriceColumns columns(String symbol) {
            return new PriceColumns(symbol, Timeframe.ofCode(timeframe), Arrays.copyOf(time, n),
                    Arrays.copyOf(values[0], n), Arrays.copyOf(values[1], n), Arrays.copyOf(values[2], n),
                    Arrays.copyOf(values[3], n), Arrays.copyOf(values[4], n), Arrays.copyOf(values[5], n));
        }
    }
}
