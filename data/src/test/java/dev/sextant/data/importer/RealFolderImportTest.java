package dev.sextant.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.csv.BarFileReader;
import dev.sextant.data.csv.BarFiles;
import dev.sextant.data.csv.ReadOptions;
import dev.sextant.data.db.Database;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SharedMarketData;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.imports.ImportOptions;
import dev.sextant.engine.market.imports.ImportReport;
import dev.sextant.engine.market.imports.ImportSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real daily folder (skipped when absent) into a new home and checks that the store holds exactly what the
 * importer before #24's writer changes stored: the same instruments, chunk rows (period, count, first and last time,
 * checksum, payload bytes) and spans, by a digest of them recorded from an import of that earlier writer (commit
 * 93f75ca). It also reads every series back and compares it with the file parsed on its own, and imports the folder
 * again, which must change nothing.
 */
class RealFolderImportTest {

    /** Rows digested and their SHA-256, from a fresh import of the real folder by the writer of commit 93f75ca. */
    private static final String STORED_BY_EARLIER_WRITER =
            "8882 rows 277f9099cc8e5bc005be3bb6956ab3c0dc23555842751e7ec92eda8557dcf91a";

    @TempDir
    Path home;

    @Test
    void theRealFolderIsStoredExactlyAsTheEarlierWriterStoredItAndReadsBackAsParsed() throws Exception {
        var folder = SharedMarketData.dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or " + SharedMarketData.ENV + ")");
        List<Path> files = BarFiles.expand(List.of(folder.get()));
        List<ImportSource> sources = files.stream().map(ImportSource::of).toList();
        try (Database db = Database.open(home)) {
            BarImportService importer = new BarImportService(db.dsl());

            ImportReport first = importer.importAll(sources, ImportOptions.defaults(), ProgressSink.NONE, Cancellation.NEVER);

            assertThat(first.rejected()).isEmpty();
            assertThat(first.barsWritten()).isEqualTo(first.barsRead());
            assertThat(digest(db.dataSource())).isEqualTo(STORED_BY_EARLIER_WRITER);

            JooqBarRepository bars = new JooqBarRepository(db.dsl());
            BarFileReader reader = new BarFileReader();
            for (Path file : files) {
                PriceColumns parsed = reader.read(file, ReadOptions.defaults()).series().getFirst();
                PriceColumns stored = bars.load(parsed.symbol(), Timeframe.DAILY).orElseThrow();
                assertThat(stored.time()).as(file + " time").isEqualTo(parsed.time());
                assertThat(stored.open()).as(file + " open").isEqualTo(parsed.open());
                assertThat(stored.high()).as(file + " high").isEqualTo(parsed.high());
                assertThat(stored.low()).as(file + " low").isEqualTo(parsed.low());
                assertThat(stored.close()).as(file + " close").isEqualTo(parsed.close());
                assertThat(stored.adjClose()).as(file + " adj close").isEqualTo(parsed.adjClose());
                assertThat(stored.volume()).as(file + " volume").isEqualTo(parsed.volume());
            }

            ImportReport again = importer.importAll(sources, ImportOptions.defaults(), ProgressSink.NONE, Cancellation.NEVER);

            assertThat(again.barsWritten()).isZero();
            assertThat(digest(db.dataSource())).isEqualTo(STORED_BY_EARLIER_WRITER);
        }
    }

    /** Row count and SHA-256 of the instruments, chunk rows and spans, each row's values as text (payloads as their bytes) in a fixed order. */
    private static String digest(DataSource store) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String[] queries = {
            "SELECT i.symbol, i.synthetic FROM instrument i ORDER BY i.symbol",
            "SELECT i.symbol, c.timeframe, c.period_start, c.bar_count, c.first_time, c.last_time, c.checksum, c.payload"
                    + " FROM bar_chunk c JOIN instrument i ON i.id = c.instrument_id"
                    + " ORDER BY i.symbol, c.timeframe, c.period_start",
            "SELECT i.symbol, s.timeframe, s.first_time, s.last_time, s.bar_count, s.revision"
                    + " FROM series_span s JOIN instrument i ON i.id = s.instrument_id ORDER BY i.symbol, s.timeframe"};
        long rows = 0;
        try (Connection c = store.getConnection(); Statement statement = c.createStatement()) {
            for (String query : queries) {
                try (ResultSet r = statement.executeQuery(query)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        rows++;
                        for (int i = 1; i <= columns; i++) {
                            Object value = r.getObject(i);
                            sha.update(value instanceof byte[] bytes ? bytes : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) '|');
                        }
                        sha.update((byte) '\n');
                    }
                }
            }
        }
        return rows + " rows " + HexFormat.of().formatHex(sha.digest());
    }
}
