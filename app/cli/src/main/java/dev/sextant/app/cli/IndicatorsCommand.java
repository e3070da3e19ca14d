package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.market.PriceColumns;
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
        description = {"Compute indicators on one symbol's daily bars and write them as CSV: 'date' plus one column per",
                "output (MACD: line, signal, hist; Bollinger: middle, upper, lower; ADX: +DI, -DI, ADX).",
                "Cells are empty before an indicator's warm-up. Indicators are computed over the whole stored",
                "history; --from/--to only choose the rows written.",
                "Kinds: sma:n ema:n rsi:n macd:f:s:k bb:n:k atr:n adx:n rv:n dwap:n volratio:n vwap[:zone]"})
final class IndicatorsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--symbol", required = true, paramLabel = "S", description = "The symbol.")
    String symbol;

    @Option(names = "--ind", required = true, paramLabel = "LIST",
            description = "Comma-separated indicators, e.g. sma:20,ema:20,rsi:14,macd:12:26:9,bb:20:2,atr:14,adx:14,rv:20,dwap:20")
    String indicators;

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
        LocalDate first = Times.date("--from", from);
        LocalDate last = Times.date("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new UserError("--from " + first + " is after --to " + last);
        }
        try (AppContext ctx = Root.of(spec).open(out)) {
            PriceColumns bars = ctx.market().one(symbol);
            Map<String, double[]> columns = ctx.indicators().compute(bars, indicators);
            int start = first == null ? 0 : bars.indexAtOrAfter(first.toEpochDay());
            int end = last == null ? bars.size() : bars.indexAtOrAfter(last.toEpochDay() + 1);
            write(bars, columns, start, end);
            if (!json.toStdout()) {
                out.printf("wrote %d rows x %d indicator columns of %s to %s%n", Math.max(0, end - start), columns.size(),
                        symbol, outFile);
                out.flush();
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("symbol", symbol);
            doc.put("file", outFile.toAbsolutePath().toString());
            doc.put("rows", Math.max(0, end - start));
            doc.put("columns", new ArrayList<>(columns.keySet()));
            json.write(doc, out);
        }
        return 0;
    }

    private void write(PriceColumns bars, Map<String, double[]> columns, int start, int end) {
        List<double[]> values = new ArrayList<>(columns.values());
        try {
            Path file = outFile.toAbsolutePath();
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file)) {
                w.write("date," + String.join(",", columns.keySet()));
                w.newLine();
                StringBuilder line = new StringBuilder();
                for (int i = start; i < end; i++) {
                    line.setLength(0);
                    line.append(bars.date(i));
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
