package dev.sextant.plugin.testkit;

import dev.sextant.app.api.SextantPlugin;
import dev.sextant.engine.spi.StrategyProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import picocli.CommandLine;

/**
 * Builds a plugin jar the way a third party would: compiles sources against the engine, the app
 * API and picocli only (not the app), and packs the classes, the service file naming the plugin
 * class, and any resources (e.g. migrations).
 */
public final class PluginJar {

    private PluginJar() {
    }

    /**
     * @param pluginClass fully qualified name of the {@link SextantPlugin} implementation
     * @param sources     one compilation unit per entry: fully qualified class name → source text
     * @param resources   path inside the jar → text
     */
    public static Path build(Path folder, String jarName, String pluginClass, Map<String, String> sources, Map<String, String> resources) {
        try {
            Files.createDirectories(folder);
            Path work = Files.createTempDirectory(folder.getParent(), jarName + "-build");
            Path src = work.resolve("src");
            Path classes = work.resolve("classes");
            List<String> files = new ArrayList<>();
            for (var e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                files.add(file.toString());
            }
            Files.createDirectories(classes);
            compile(classes, files);
            Files.createDirectories(folder);
            Path jar = folder.resolve(jarName);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                add(out, "META-INF/services/" + SextantPlugin.class.getName(), (pluginClass + "\n").getBytes(StandardCharsets.UTF_8));
                for (var e : resources.entrySet()) {
                    add(out, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                try (Stream<Path> all = Files.walk(classes)) {
                    for (Path c : all.filter(Files::isRegularFile).toList()) {
                        add(out, classes.relativize(c).toString().replace('\\', '/'), Files.readAllBytes(c));
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(Path classes, List<String> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = String.join(java.io.File.pathSeparator,
                location(SextantPlugin.class), location(StrategyProvider.class), location(CommandLine.class),
                location(javafx.beans.property.Property.class), location(javafx.scene.Node.class),
                location(javafx.scene.control.Label.class));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classpath, "-proc:none"));
        args.addAll(files);
        OutputStream errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("fixture plugin does not compile:\n" + errors);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
