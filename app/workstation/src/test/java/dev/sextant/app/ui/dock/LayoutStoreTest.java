package dev.sextant.app.ui.dock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.app.api.PanelLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutStoreTest {

    static final Layout DEFAULT = new Layout(new LayoutNode.Split(true, List.of(0.25), List.of(
            new LayoutNode.Tabs(List.of("data"), "data"),
            new LayoutNode.Split(false, List.of(0.8), List.of(
                    new LayoutNode.Tabs(List.of("chart"), "chart"),
                    new LayoutNode.Tabs(List.of("jobs"), "jobs"))))));
    static final Set<String> KNOWN = Set.of("data", "chart", "jobs");

    @TempDir
    Path home;

    @Test
    void aLayoutSurvivesTheRoundTripThroughJson() {
        assertThat(LayoutJson.read(LayoutJson.write(DEFAULT))).isEqualTo(DEFAULT);
    }

    @Test
    void withoutAFileTheDefaultIsUsedSilently() {
        LoadedLayout loaded = new LayoutStore(home, DEFAULT).loadCurrent(KNOWN);
        assertThat(loaded.layout()).isEqualTo(DEFAULT);
        assertThat(loaded.notice()).isNull();
    }

    @Test
    void aSavedLayoutIsRestored() {
        LayoutStore store = new LayoutStore(home, DEFAULT);
        Layout moved = new Layout(new LayoutNode.Split(false, List.of(0.6), List.of(
                new LayoutNode.Tabs(List.of("chart", "data"), "data"), new LayoutNode.Tabs(List.of("jobs"), "jobs"))));
        store.saveCurrent(moved);
        assertThat(store.loadCurrent(KNOWN)).isEqualTo(new LoadedLayout(moved, null));
    }

    @Test
    void aCorruptFileFallsBackToTheDefaultWithANoticeAndIsKeptAside() throws Exception {
        LayoutStore store = new LayoutStore(home, DEFAULT);
        Files.createDirectories(store.currentFile().getParent());
        Files.writeString(store.currentFile(), "{\"version\":1,\"root\":{\"split\":\"diagonal\"");
        LoadedLayout loaded = store.loadCurrent(KNOWN);
        assertThat(loaded.layout()).isEqualTo(DEFAULT);
        assertThat(loaded.notice()).contains("layout.json could not be used").contains("not valid JSON")
                .contains("layout.json.broken");
        assertThat(home.resolve("ui/layout.json.broken")).exists();
        assertThat(store.currentFile()).doesNotExist();
    }

    @Test
    void anOutdatedFormatFallsBackToTheDefaultWithANotice() throws Exception {
        LayoutStore store = new LayoutStore(home, DEFAULT);
        Files.createDirectories(store.currentFile().getParent());
        Files.writeString(store.currentFile(), "{\"version\":0,\"panels\":[\"chart\"]}");
        LoadedLayout loaded = store.loadCurrent(KNOWN);
        assertThat(loaded.layout()).isEqualTo(DEFAULT);
        assertThat(loaded.notice()).contains("format version 0");
    }

    @Test
    void panelsThatNoLongerExistAreLeftOutAndSaid() {
        LayoutStore store = new LayoutStore(home, DEFAULT);
        store.saveCurrent(new Layout(new LayoutNode.Split(true, List.of(0.3), List.of(
                new LayoutNode.Tabs(List.of("gone-plugin"), "gone-plugin"),
                new LayoutNode.Tabs(List.of("chart", "data"), "chart")))));
        LoadedLayout loaded = store.loadCurrent(KNOWN);
        assertThat(loaded.layout()).isEqualTo(new Layout(new LayoutNode.Tabs(List.of("chart", "data"), "chart")));
        assertThat(loaded.notice()).contains("gone-plugin");
    }

    @Test
    void namedWorkspacesAreSavedListedAndOpened() {
        LayoutStore store = new LayoutStore(home, DEFAULT);
        Layout charting = new Layout(new LayoutNode.Tabs(List.of("chart"), "chart"));
        store.saveWorkspace("charting", charting);
        store.saveWorkspace("Research 2", DEFAULT);
        assertThat(store.workspaces()).containsExactly("charting", "Research 2");
        assertThat(store.loadWorkspace("charting", KNOWN).layout()).isEqualTo(charting);
        assertThatThrownBy(() -> store.saveWorkspace("../escape", DEFAULT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingPanelGoesNextToAPanelOfTheSameLocationElseToItsSide() {
        Map<String, PanelLocation> where = Map.of("data", PanelLocation.LEFT, "chart", PanelLocation.CENTER,
                "jobs", PanelLocation.BOTTOM, "scanner", PanelLocation.LEFT, "notes", PanelLocation.BOTTOM);
        Layout withoutJobs = new Layout(new LayoutNode.Split(true, List.of(0.25), List.of(
                new LayoutNode.Tabs(List.of("data"), "data"), new LayoutNode.Tabs(List.of("chart"), "chart"))));
        Layout scanner = DefaultPlacement.add(withoutJobs, "scanner", where::get);
        assertThat(((LayoutNode.Split) scanner.root()).children().getFirst())
                .isEqualTo(new LayoutNode.Tabs(List.of("data", "scanner"), "scanner"));
        Layout notes = DefaultPlacement.add(withoutJobs, "notes", where::get);
        assertThat(notes.root()).isEqualTo(new LayoutNode.Split(false, List.of(0.75),
                List.of(withoutJobs.root(), new LayoutNode.Tabs(List.of("notes"), "notes"))));
    }
}
