package dev.sextant.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the CLI in-process against one home, capturing stdout and stderr, and writes small bar files to import. */
final class CliRunner {

    record Outcome(int exit, String out, String err) {
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path home;

    CliRunner(Path home) {
        this.home = home;
    }

    Path home() {
        return home;
    }

    Outcome run(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--no-sample-data"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        return new Outcome(run.exitCode(), run.out(), run.err());
    }

    /** Runs a command that must succeed. */
    Outcome ok(String... args) {
        Outcome o = run(args);
        if (o.exit() != 0) {
            throw new AssertionError("exit " + o.exit() + " for " + List.of(args) + "\n" + o.out() + o.err());
        }
        return o;
    }

    static JsonNode readJson(Path file) {
        return JSON.readTree(file.toFile());
    }

    /**
     * A Yahoo-style daily file of {@code days} weekdays from 2020-01-02 with closes {@code close(i)},
     * opens at the previous close, high/low 1 % around, volume 1 000 000.
     */
    static Path writeDaily(Path dir, String symbol, int days, IntToDoubleFunction close) {
        Path file = dir.resolve(symbol + ".csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("Date,Open,High,Low,Close,Adj Close,Volume\n");
            LocalDate d = LocalDate.of(2020, 1, 2);
            double prev = close.applyAsDouble(0);
            for (int i = 0; i < days; i++) {
                while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    d = d.plusDays(1);
                }
                double c = close.applyAsDouble(i);
                double hi = Math.max(prev, c) * 1.01;
                double lo = Math.min(prev, c) * 0.99;
                w.write(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%.4f,1000000%n", d, prev, hi, lo, c, c));
                prev = c;
                d = d.plusDays(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The weekday {@code i} bars after 2020-01-02, matching {@link #writeDaily}. */
    static LocalDate dayOf(int i) {
        LocalDate d = LocalDate.of(2020, 1, 2);
        int k = 0;
        while (true) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                if (k == i) {
                    return d;
                }
                k++;
            }
            d = d.plusDays(1);
        }
    }

    /** Imports a small market: AAA rising steadily, BBB and CCC oscillating, SPY drifting up; universe 'small'. */
    void importSmallMarket(Path dir) {
        writeDaily(dir, "AAA", 400, i -> 20 + 0.1 * i);
        writeDaily(dir, "BBB", 400, i -> 50 + 10 * Math.sin(i / 12.0) + 0.02 * i);
        writeDaily(dir, "CCC", 400, i -> 80 + 15 * Math.sin(i / 20.0 + 1));
        writeDaily(dir, "SPY", 400, i -> 300 + 0.2 * i + 5 * Math.sin(i / 30.0));
        ok("data", "import", dir.toString(), "--universe", "small");
    }
}
