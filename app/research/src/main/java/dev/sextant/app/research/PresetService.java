package dev.sextant.app.research;

import dev.sextant.app.api.PresetPack;
import dev.sextant.engine.preset.PresetRepository;
import dev.sextant.engine.preset.StoredPreset;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The presets of this home by name: the built-in ones ({@link #BUILT_IN}), those of the active plugins' strategy
 * packs, and the ones the user imported (saved in the home). Names are unique across the three; an import may not take
 * a built-in or plugin preset's name, and replaces a saved preset only with a higher version.
 */
public final class PresetService {

    private static final Logger LOG = LoggerFactory.getLogger(PresetService.class);

    /** The presets every home has, in the order listed. */
    public static final List<String> BUILT_IN = List.of("dwap-classic", "dwap-honest");

    /** A preset with where it comes from: {@code built-in}, {@code plugin ID (pack NAME)} or {@code saved}. */
    public record Listed(Preset preset, String origin) {
    }

    private final StrategyCatalog strategies;
    private final PresetRepository saved;
    private final Map<String, List<PresetPack>> packs;
    private Map<String, Listed> fixed;

    /**
     * @param packs the strategy packs of the active plugins, by plugin id; a pack with a bad file is left out whole
     *        and logged naming the plugin and the file
     */
    public PresetService(StrategyCatalog strategies, PresetRepository saved, Map<String, List<PresetPack>> packs) {
        this.strategies = strategies;
        this.saved = saved;
        this.packs = packs;
    }

    /**
     * The built-in and plugin presets by name, read on first use: a command that never asks for a preset does not
     * parse them at start-up.
     */
    private synchronized Map<String, Listed> fixed() {
        if (fixed == null) {
            fixed = new LinkedHashMap<>();
            for (String name : BUILT_IN) {
                String file = "presets/" + name + ".json";
                fixed.put(name, new Listed(PresetJson.read(resource(file), "built-in preset " + file, strategies),
                        "built-in"));
            }
            packs.forEach((plugin, list) -> list.forEach(pack -> addPack(fixed, plugin, pack)));
        }
        return fixed;
    }

    private void addPack(Map<String, Listed> into, String plugin, PresetPack pack) {
        String origin = "plugin " + plugin + " (pack " + pack.name() + ")";
        try {
            Map<String, Listed> read = new LinkedHashMap<>();
            for (Map.Entry<String, String> file : pack.files().entrySet()) {
                Preset p = PresetJson.read(file.getValue(), origin + ": " + file.getKey(), strategies);
                if (into.containsKey(p.name()) || read.containsKey(p.name())) {
                    throw new IllegalArgumentException(origin + ": " + file.getKey() + ": preset '" + p.name()
                            + "' is already provided by " + (read.containsKey(p.name()) ? origin : into.get(p.name()).origin()));
                }
                read.put(p.name(), new Listed(p, origin));
            }
            into.putAll(read);
        } catch (IllegalArgumentException e) {
            LOG.warn("left out the presets of {}: {}", origin, e.getMessage());
        }
    }

    /** Every preset: built-in, then the plugins', then the saved ones by name. */
    public List<Listed> list() {
        List<Listed> all = new ArrayList<>(fixed().values());
        for (StoredPreset s : saved.list()) {
            all.add(new Listed(parseSaved(s), "saved"));
        }
        return all;
    }

    /** The names of {@link #list()}. */
    public List<String> names() {
        return list().stream().map(l -> l.preset().name()).toList();
    }

    public Optional<Listed> find(String name) {
        String n = name.trim();
        Listed f = fixed().get(n);
        if (f != null) {
            return Optional.of(f);
        }
        return saved.find(n).map(s -> new Listed(parseSaved(s), "saved"));
    }

    /** @throws IllegalArgumentException {@code preset 'X': no such preset (known: ...)} */
    public Preset get(String name) {
        return find(name).map(Listed::preset).orElseThrow(() -> new IllegalArgumentException("preset '" + name.trim()
                + "': no such preset (known: " + String.join(", ", names()) + ")"));
    }

    /**
     * Imports one preset file, or every {@code *.json} file of a folder (a strategy pack), in one transaction: all of
     * them or, when one is bad, none, with an error naming that file.
     *
     * @return the imported presets, in file-name order
     */
    public List<Preset> importPath(Path path) {
        List<Path> files = files(path);
        Map<String, Preset> read = new LinkedHashMap<>();
        List<StoredPreset> rows = new ArrayList<>();
        for (Path file : files) {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            Preset p = PresetJson.read(json, file.toString(), strategies);
            String source = file.toAbsolutePath().normalize().toString();
            if (fixed().containsKey(p.name())) {
                throw new IllegalArgumentException(file + ": preset '" + p.name() + "' is " + fixed().get(p.name()).origin()
                        + "; give the imported preset another name");
            }
            if (read.containsKey(p.name())) {
                throw new IllegalArgumentException(file + ": preset '" + p.name() + "' is in this import twice");
            }
            Optional<StoredPreset> old = saved.find(p.name());
            if (old.isPresent() && old.get().version() >= p.version()) {
                throw new IllegalArgumentException(file + ": preset '" + p.name() + "' version " + old.get().version()
                        + " is already saved; import a higher version to replace it, got version " + p.version());
            }
            read.put(p.name(), p);
            rows.add(new StoredPreset(p.name(), p.version(), PresetJson.write(p), source));
        }
        saved.saveAll(rows);
        return List.copyOf(read.values());
    }

    /** Deletes a saved preset; built-in and plugin presets cannot be deleted. */
    public void delete(String name) {
        String n = name.trim();
        if (fixed().containsKey(n)) {
            throw new IllegalArgumentException("preset '" + n + "' is " + fixed().get(n).origin() + " and cannot be deleted");
        }
        saved.delete(n);
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("no preset file or folder " + path);
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> files = s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("the folder " + path + " has no preset files (*.json)");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    /** A saved preset whose strategy is gone (its plugin was removed) fails naming the preset. */
    private Preset parseSaved(StoredPreset s) {
        return PresetJson.read(s.json(), "saved preset " + s.name(), strategies);
    }

    private static String resource(String file) {
        try (InputStream in = PresetService.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in preset resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
