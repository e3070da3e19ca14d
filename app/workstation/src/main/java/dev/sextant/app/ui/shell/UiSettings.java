package dev.sextant.app.ui.shell;

import dev.sextant.engine.market.Timeframe;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Small settings kept between sessions in {@code <home>/ui/settings.properties}: theme, last symbol
 * and timeframe. Unreadable or unknown values fall back to the defaults.
 */
public final class UiSettings {

    public static final String DEFAULT_SYMBOL = "IDX.SX";

    private final Path file;
    private Theme theme = Theme.DARK;
    private String symbol = DEFAULT_SYMBOL;
    private Timeframe timeframe = Timeframe.DAILY;

    private UiSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings; a missing or damaged file gives the defaults and {@link #problem()} says why. */
    public static UiSettings load(Path home) {
        UiSettings s = new UiSettings(home.resolve("ui").resolve("settings.properties"));
        if (Files.exists(s.file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                p.load(in);
                s.theme = Theme.valueOf(p.getProperty("theme", "DARK").toUpperCase(Locale.ROOT));
                s.symbol = p.getProperty("symbol", DEFAULT_SYMBOL);
                s.timeframe = Timeframe.ofCode(p.getProperty("timeframe", "1d"));
            } catch (IOException | IllegalArgumentException e) {
                s.problem = "Settings " + s.file.getFileName() + " could not be read (" + e.getMessage() + "); using defaults.";
                s.theme = Theme.DARK;
                s.symbol = DEFAULT_SYMBOL;
                s.timeframe = Timeframe.DAILY;
            }
        }
        return s;
    }

    private String problem;

    /** Why the defaults are used, or null. */
    public String problem() {
        return problem;
    }

    public Theme theme() {
        return theme;
    }

    public String symbol() {
        return symbol;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    public void save(Theme theme, String symbol, Timeframe timeframe) {
        Properties p = new Properties();
        p.setProperty("theme", theme.name().toLowerCase(Locale.ROOT));
        p.setProperty("symbol", symbol == null ? DEFAULT_SYMBOL : symbol);
        p.setProperty("timeframe", (timeframe == null ? Timeframe.DAILY : timeframe).code());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Sextant workstation settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }
}
