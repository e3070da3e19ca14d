package dev.sextant.app.ui.scan;

import dev.sextant.engine.spi.Signal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes scanner signals as CSV: fixed columns, then one column per indicator the signals carry. Undefined values are empty. */
public final class SignalCsv {

    private SignalCsv() {
    }

    public static String of(List<Signal> signals) {
        Set<String> indicators = new LinkedHashSet<>();
        signals.forEach(s -> indicators.addAll(s.indicators().keySet()));
        List<String> header = new ArrayList<>(List.of("id", "strategy", "symbol", "date", "price", "strong",
                "pct_above_trigger", "stop", "target", "volume_ratio", "rank_score"));
        header.addAll(indicators);
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (Signal s : signals) {
            List<String> row = new ArrayList<>(List.of(s.id(), s.strategyId(), s.symbol(), s.date().toString(),
                    num(s.price()), String.valueOf(s.strong()), num(ScanViewModel.pctAboveTrigger(s)), num(s.stop()),
                    num(s.target()), num(s.volumeRatio()), num(s.rankScore())));
            indicators.forEach(name -> row.add(num(s.indicators().getOrDefault(name, Double.NaN))));
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    public static void write(List<Signal> signals, Path file) {
        try {
            Files.writeString(file, of(signals), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }
}
