package dev.sextant.app.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {

    @TempDir
    Path home;
    @TempDir
    Path files;
    AppContext ctx;
    WorkspaceState ws;
    DataViewModel vm;

    @BeforeEach
    void open() {
        ctx = SeededHome.open(home);
        ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
        vm = new DataViewModel(ctx.data(), ws);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void listsTheStoredSeriesAndFiltersThem() {
        assertThat(vm.visibleSeries()).hasSizeGreaterThan(100);
        vm.filter().set("idx");
        assertThat(vm.visibleSeries()).extracting(SeriesInfo::symbol).containsOnly("IDX.SX");
        vm.timeframeFilter().set(Timeframe.MINUTE_1);
        assertThat(vm.visibleSeries()).singleElement().satisfies(s -> assertThat(s.timeframe()).isEqualTo(Timeframe.MINUTE_1));
        vm.open(vm.visibleSeries().getFirst());
        assertThat(ws.symbol().get()).isEqualTo("IDX.SX");
        assertThat(ws.timeframe().get()).isEqualTo(Timeframe.MINUTE_1);
    }

    @Test
    void aBadFileIsRejectedWithItsLineAndTheGoodOneImported() throws Exception {
        Path good = Files.writeString(files.resolve("NEW.csv"),
                "Date,Open,High,Low,Close,Volume\n2024-01-02,10,11,9,10.5,1000\n2024-01-03,10.5,11.5,10,11,1200\n");
        Path bad = Files.writeString(files.resolve("BAD.csv"),
                "Date,Open,High,Low,Close,Volume\n2024-01-02,10,11,9,10.5,1000\n2024-01-03,10.5,9,10,11,1200\n");
        vm.importPaths(List.of(good, bad));
        assertThat(vm.busy().get()).isFalse();
        assertThat(vm.errors()).singleElement().asString().contains("BAD.csv:3");
        assertThat(vm.status().get()).contains("1 of 2 files imported").contains("1 rejected");
        assertThat(vm.allSeries()).extracting(SeriesInfo::symbol).contains("NEW").doesNotContain("BAD");
    }

    @Test
    void aPathThatIsNoBarFileIsReported() throws Exception {
        Path notes = Files.writeString(files.resolve("notes.pdf"), "x");
        vm.importPaths(List.of(notes));
        assertThat(vm.errors()).singleElement().asString().startsWith("Import failed").contains("not a bar file");
        assertThat(vm.busy().get()).isFalse();
    }

    @Test
    void verifyReportsFindingsPerKind() {
        SeriesInfo idx = vm.allSeries().stream().filter(s -> s.symbol().equals("IDX.SX") && s.timeframe() == Timeframe.MINUTE_1)
                .findFirst().orElseThrow();
        vm.verify(List.of(idx));
        assertThat(vm.verifySummary().get()).startsWith("1 series verified: " + vm.findings().size() + " findings");
        assertThat(vm.status().get()).isEqualTo("Verified 1 series.");
    }

    @Test
    void updatingWithoutTheSampleMarketSaysThereIsNothingToUpdate() {
        vm.update(List.of());
        assertThat(vm.busy().get()).isFalse();
        assertThat(vm.updateSummary().get()).contains("nothing to update: only the synthetic sample market");
    }

    @Test
    void updatingWhileOfflineGivesOneNoticeAndChangesNothing() {
        String key = "sextant.provider.yahoo.url";
        String before = System.getProperty(key);
        System.setProperty(key, "http://127.0.0.1:1"); // nothing listens there: connection refused, as offline
        try {
            List<SeriesInfo> two = vm.allSeries().stream().filter(s -> s.timeframe() == Timeframe.DAILY).limit(2).toList();
            vm.update(two);
            assertThat(vm.busy().get()).isFalse();
            assertThat(vm.updateSummary().get()).startsWith("Network unreachable");
            assertThat(vm.updates()).hasSize(2);
            assertThat(vm.updates()).allSatisfy(u -> assertThat(u.added()).isZero());
            assertThat(ctx.bars().listSeries()).isEqualTo(vm.allSeries());
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }
}
