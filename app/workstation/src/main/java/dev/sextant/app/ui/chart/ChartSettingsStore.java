package dev.sextant.app.ui.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chart's {@link ChartSettings} as JSON in {@code <home>/ui/chart.json}. A file that cannot be
 * read gives the defaults and a problem text naming the file; it is kept as {@code chart.json.broken}.
 */
public final class ChartSettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(ChartSettingsStore.class);
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;

    public ChartSettingsStore(Path file) {
        this.file = file;
    }

    /** The store of the workspace in {@code home}. */
    public static ChartSettingsStore in(Path home) {
        return new ChartSettingsStore(home.resolve("ui").resolve("chart.json"));
    }

    /** An in-memory store for tests and previews: nothing is read or written. */
    public static ChartSettingsStore none() {
        return new ChartSettingsStore(null);
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or the defaults when there are none or the file is unusable (logged). */
    public ChartSettings load() {
        if (file == null || !Files.isRegularFile(file)) {
            return ChartSettings.defaults();
        }
        try {
            return JSON.readValue(Files.readString(file), ChartSettings.class);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            LOG.warn("chart settings {} unusable ({}); using the defaults, the file is kept as chart.json.broken", file,
                    e.getMessage());
            try {
                Files.move(file, file.resolveSibling("chart.json.broken"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("cannot set aside the unusable chart settings " + file, moveFailed);
            }
            return ChartSettings.defaults();
        }
    }

    public void save(ChartSettings settings) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("chart.json.tmp");
            Files.writeString(tmp, JSON.writeValueAsString(settings));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the chart settings to " + file, e);
        }
    }
}
