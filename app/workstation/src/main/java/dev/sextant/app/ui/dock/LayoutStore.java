package dev.sextant.app.ui.dock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Layouts as JSON files under {@code <home>/ui}: {@code layout.json} is the layout of the last
 * session, {@code workspaces/<name>.json} the named workspaces. A file that cannot be used never
 * stops the start: the default layout is used instead, with a notice, and the bad file is kept
 * next to it as {@code *.broken} for inspection.
 */
public final class LayoutStore {

    private static final Pattern WORKSPACE_NAME = Pattern.compile("[A-Za-z0-9 _.-]{1,40}");

    private final Path dir;
    private final Layout defaultLayout;

    public LayoutStore(Path home, Layout defaultLayout) {
        this.dir = home.resolve("ui");
        this.defaultLayout = defaultLayout;
    }

    public Layout defaultLayout() {
        return defaultLayout;
    }

    public Path currentFile() {
        return dir.resolve("layout.json");
    }

    /** The last session's layout restricted to {@code knownPanels}, or the default. */
    public LoadedLayout loadCurrent(Set<String> knownPanels) {
        return load(currentFile(), knownPanels);
    }

    public void saveCurrent(Layout layout) {
        write(currentFile(), layout);
    }

    public List<String> workspaces() {
        Path folder = dir.resolve("workspaces");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            files.forEach(f -> names.add(f.getFileName().toString().replaceFirst("\\.json$", "")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the workspaces in " + folder, e);
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    public void saveWorkspace(String name, Layout layout) {
        write(workspaceFile(name), layout);
    }

    public LoadedLayout loadWorkspace(String name, Set<String> knownPanels) {
        return load(workspaceFile(name), knownPanels);
    }

    private Path workspaceFile(String name) {
        if (!WORKSPACE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a workspace name is 1 to 40 letters, digits, spaces, '.', '_' or '-'");
        }
        return dir.resolve("workspaces").resolve(name + ".json");
    }

    private LoadedLayout load(Path file, Set<String> knownPanels) {
        if (!Files.exists(file)) {
            return new LoadedLayout(defaultLayout, null);
        }
        Layout layout;
        try {
            layout = LayoutJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | LayoutFormatException e) {
            Path kept = keepBroken(file);
            return new LoadedLayout(defaultLayout, "The saved layout " + file.getFileName() + " could not be used ("
                    + e.getMessage() + "); showing the default layout" + (kept == null ? "." : ". The file was kept as " + kept.getFileName() + "."));
        }
        if (!layout.hasUniquePanels()) {
            keepBroken(file);
            return new LoadedLayout(defaultLayout, "The saved layout " + file.getFileName()
                    + " lists a panel twice; showing the default layout.");
        }
        List<String> unknown = layout.panels().stream().filter(p -> !knownPanels.contains(p)).toList();
        Layout kept = layout.retain(knownPanels::contains);
        if (kept == null) {
            return new LoadedLayout(defaultLayout, "The saved layout " + file.getFileName()
                    + " holds no known panel " + unknown + "; showing the default layout.");
        }
        return new LoadedLayout(kept, unknown.isEmpty() ? null
                : "Panels no longer available were left out of the layout: " + String.join(", ", unknown) + ".");
    }

    private static Path keepBroken(Path file) {
        Path broken = file.resolveSibling(file.getFileName() + ".broken");
        try {
            Files.move(file, broken, StandardCopyOption.REPLACE_EXISTING);
            return broken;
        } catch (IOException e) {
            return null; // the notice then says the default is shown; the file stays where it was
        }
    }

    private static void write(Path file, Layout layout) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, LayoutJson.write(layout), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the layout to " + file + ": " + e.getMessage(), e);
        }
    }
}
