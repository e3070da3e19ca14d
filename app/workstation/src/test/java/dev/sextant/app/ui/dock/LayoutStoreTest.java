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
    void floatingWindowsSurviveTheRoundTripAndAVersion1FileIsStillRead() {
        Layout floating = new Layout(new LayoutNode.Tabs(List.of("chart", "data"), "chart"),
                List.of(new FloatingWindow(140.5, -20, 640, 480, new LayoutNode.Tabs(List.of("jobs"), "jobs"))));
        assertThat(LayoutJson.read(LayoutJson.write(floating))).isEqualTo(floating);
        assertThat(LayoutJson.read("{\"version\":1,\"root\":{\"tabs\":[\"chart\"],\"selected\":\"chart\"}}"))
                .isEqualTo(new Layout(new LayoutNode.Tabs(List.of("chart"), "chart")));
    }

    @Test
    void aFloatingWindowWithoutASizeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> LayoutJson.read("{\"version\":2,\"root\":{\"tabs\":[\"chart\"]},"
                + "\"floating\":[{\"x\":1,\"y\":2,\"width\":\"wide\",\"height\":3,\"root\":{\"tabs\":[\"jobs\"]}}]}"))
                .isInstanceOf(LayoutFormatException.class).hasMessage("floating[0].width is not a number");
        assertThatThrownBy(() -> LayoutJson.read("{\"version\":2,\"root\":{\"tabs\":[\"chart\"]},"
                + "\"floating\":[{\"x\":1,\"y\":2,\"width\":0,\"height\":3,\"root\":{\"tabs\":[\"jobs\"]}}]}"))
                .isInstanceOf(LayoutFormatException.class).hasMessageContaining("positive size");
    }

    @Test
    void aTabGroupWithoutASelectionSelectsItsFirstPanel() {
        assertThat(LayoutJson.read("{\"version\":2,\"root\":{\"tabs\":[\"data\",\"chart\"]}}").root())
                .isEqualTo(new LayoutNode.Tabs(List.of("data", "chart"), "data"));
    }

    @Test
    void unknownPanelsLeaveTheirFloatingWindowsAndEmptyWindowsVanish() {
        LayoutStore store = new LayoutStore(home, DEFAULT);
        store.saveCurrent(new Layout(new LayoutNode.Tabs(List.of("chart", "data"), "chart"), List.of(
                new FloatingWindow(0, 0, 300, 200, new LayoutNode.Tabs(List.of("jobs", "gone"), "gone")),
                new FloatingWindow(10, 10, 300, 200, new LayoutNode.Tabs(List.of("vanished"), "vanished")))));
        LoadedLayout loaded = store.loadCurrent(KNOWN);
        assertThat(loaded.layout().floating()).containsExactly(
                new FloatingWindow(0, 0, 300, 200, new LayoutNode.Tabs(List.of("jobs"), "jobs")));
        assertThat(loaded.notice()).contains("gone").contains("vanished");
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
