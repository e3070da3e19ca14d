package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.ResamplingBarRepository;
import dev.sextant.engine.market.Timeframe;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Compute indicators on one symbol's bars, in any timeframe, and write them as CSV.",
                "Columns: 'date' (intraday: 'time', the bar's start in New York time with its UTC offset), then one",
                "per output (MACD: line, signal, hist; Bollinger: middle, upper, lower; ADX: +DI, -DI, ADX).",
                "Cells are empty before an indicator's warm-up. Indicators are computed over the whole stored",
                "history; --from/--to only choose the rows written (by the date a bar is stamped with).",
                "Timeframes other than the stored ones are resampled on the fly: 1w and 1mo from 1d, 5m to 1h from",
                "finer intraday bars, anchored at the 09:30 New York open; nothing resampled is stored.",
                "Kinds: sma:n ema:n rsi:n macd:f:s:k bb:n:k atr:n adx:n rv:n dwap:n volratio:n vwap[:zone]"})
final class IndicatorsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--symbol", required = true, paramLabel = "S", description = "The symbol.")
    String symbol;

    @Option(names = "--ind", required = true, paramLabel = "LIST",
            description = "Comma-separated indicators, e.g. sma:20,ema:20,rsi:14,macd:12:26:9,bb:20:2,atr:14,adx:14,rv:20,dwap:20")
    String indicators;

    @Option(names = "--timeframe", paramLabel = "TF", defaultValue = "1d",
            description = "1m, 5m, 15m, 30m, 1h, 1d, 1w or 1mo (default: ${DEFAULT-VALUE}).")
    String timeframe;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date written (default: the first bar).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date written (default: the last bar).")
    String to;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the CSV.")
    Path outFile;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Timeframe tf = timeframe(timeframe);
        LocalDate first = Times.date("--from", from);
        LocalDate last = Times.date("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new UserError("--from " + first + " is after --to " + last);
        }
        try (AppContext ctx = Root.of(spec).open(out)) {
            PriceColumns bars = load(ctx.bars(), tf);
            Map<String, double[]> columns = ctx.indicators().compute(bars, indicators);
            int start = first == null ? 0 : bars.indexAtOrAfter(Times.key(tf, first));
            int end = last == null ? bars.size() : bars.indexAtOrAfter(Times.key(tf, last.plusDays(1)));
            write(bars, columns, start, end);
            if (!json.toStdout()) {
                out.printf("wrote %d rows x %d indicator columns of %s to %s%n", Math.max(0, end - start), columns.size(),
                        symbol, outFile);
                out.flush();
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("symbol", symbol);
            doc.put("timeframe", tf.code());
            doc.put("file", outFile.toAbsolutePath().toString());
            doc.put("rows", Math.max(0, end - start));
            doc.put("columns", new ArrayList<>(columns.keySet()));
            json.write(doc, out);
        }
        return 0;
    }

    private static Timeframe timeframe(String code) {
        try {
            return Timeframe.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new UserError("--timeframe: " + e.getMessage());
        }
    }

    private PriceColumns load(ResamplingBarRepository bars, Timeframe tf) {
        return bars.load(symbol, tf).orElseThrow(() -> {
            List<String> offered = bars.timeframes(symbol).stream().map(Timeframe::code).toList();
            return new UserError(offered.isEmpty()
                    ? "no bars for " + symbol + " (see ./sextant data list)"
                    : "no " + tf.code() + " bars for " + symbol + ": its stored bars build " + String.join(", ", offered));
        });
    }

    private void write(PriceColumns bars, Map<String, double[]> columns, int start, int end) {
        List<double[]> values = new ArrayList<>(columns.values());
        try {
            Path file = outFile.toAbsolutePath();
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file)) {
                w.write((bars.timeframe().isIntraday() ? "time," : "date,") + String.join(",", columns.keySet()));
                w.newLine();
                StringBuilder line = new StringBuilder();
                for (int i = start; i < end; i++) {
                    line.setLength(0);
                    line.append(Times.offset(bars.timeframe(), bars.time()[i]));
                    for (double[] col : values) {
                        line.append(',');
                        if (Double.isFinite(col[i])) {
                            line.append(BigDecimal.valueOf(col[i]).toPlainString());
                        }
                    }
                    w.write(line.toString());
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outFile + ": " + e.getMessage(), e);
        }
    }
}
