package dev.sextant.app.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A strategy pack: presets (the JSON form of {@code ./sextant preset export}, see docs/user/presets.md) by file
 * name. The host reads and checks each file; a file with an error leaves the whole pack out and names the file.
 *
 * @param name the pack's name, shown with its presets
 * @param files JSON text by file name, e.g. {@code donchian-trend.json}
 */
public record PresetPack(String name, Map<String, String> files) {

    public PresetPack {
        Objects.requireNonNull(name, "name");
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * The pack of the resources {@code folder/fileName} that {@code anchor}'s class loader finds, e.g.
     * {@code PresetPack.ofResources("donchian", ExamplePlugin.class, "presets", "donchian-trend.json")}.
     *
     * @throws IllegalArgumentException naming a file that is not there
     */
    public static PresetPack ofResources(String name, Class<?> anchor, String folder, String... fileNames) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : fileNames) {
            String path = folder + "/" + file;
            try (InputStream in = anchor.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("preset pack " + name + ": no resource " + path);
                }
                files.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("preset pack " + name + ": cannot read " + path, e);
            }
        }
        return new PresetPack(name, files);
    }
}
