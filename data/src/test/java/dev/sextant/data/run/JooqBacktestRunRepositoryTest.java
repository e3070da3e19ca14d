package dev.sextant.data.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.db.Database;
import dev.sextant.engine.TestBars;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.data.db.DatabaseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved run reads back as it was run, on a real H2 file. */
class JooqBacktestRunRepositoryTest {

    @TempDir
    Path home;

    private static BacktestResult manyTrades() {
        List<PriceColumns> bars = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            bars.add(TestBars.synthetic("S" + k, 900, 40 + 5 * k, 0.01 * k, 7 * k)); // prices stay above 20
        }
        BacktestRequest request = BacktestRequest.builder("sma-cross", bars.stream().map(PriceColumns::symbol).toList())
                .params(Map.of("fast", 3, "slow", 8)).maxPositions(4).build();
        BacktestResult run = new PortfolioBacktester(StrategyCatalog.load(), new SignalCache(), 1).run(request, bars);
        assertThat(run.roundTrips()).hasSizeGreaterThan(100);
        assertThat(run.roundTrips()).as("an open position: exit time, price and reason are null")
                .anyMatch(RoundTrip::isOpen);
        assertThat(run.executions()).anyMatch(e -> e.reason() == null).anyMatch(e -> e.reason() != null);
        return run;
    }

    @Test
    void aRunWithManyTradesAndAnOpenPositionReadsBackExactly() {
        BacktestResult run = manyTrades();
        try (Database db = Database.open(home)) {
            JooqBacktestRunRepository runs = new JooqBacktestRunRepository(db.dsl());
            long id = runs.save(run, Instant.parse("2026-12-07T04:00:00Z"), Instant.parse("2026-12-07T04:00:01Z"));
            SavedRun back = runs.find(id).orElseThrow();

            List<Execution> executions = back.result().executions();
            assertThat(executions).containsExactlyElementsOf(run.executions());
            assertThat(back.result().roundTrips()).containsExactlyElementsOf(run.roundTrips());
            assertThat(back.result().curve().equity()).containsExactly(run.curve().equity());
        }
    }

    /**
     * V16 rebuilds the executions and round trips tables with one index besides the table's own (the foreign key's on
     * run_id) instead of two: a run saved under V15 reads back the same after it, and deleting a run still deletes its
     * rows.
     */
    @Test
    void aRunSavedBeforeV16ReadsBackTheSameAfterItAndDeletingTheRunDeletesItsRows() throws SQLException {
        BacktestResult run = manyTrades();
        DatabaseFiles files = new DatabaseFiles(home);
        String url = "jdbc:h2:file:" + files.folder().resolve("sextant");
        long id;
        try (Connection c = open(files, url)) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("15").load().migrate();
            assertThat(indexes(c, "EXECUTION")).as("before V16: primary key and foreign key indexes").isEqualTo(2);
            id = new JooqBacktestRunRepository(DSL.using(c, SQLDialect.H2))
                    .save(run, Instant.parse("2026-12-07T04:00:00Z"), Instant.parse("2026-12-07T04:00:01Z"));
        }
        try (Database db = Database.open(home)) {
            SavedRun back = new JooqBacktestRunRepository(db.dsl()).find(id).orElseThrow();
            assertThat(back.result().executions()).containsExactlyElementsOf(run.executions());
            assertThat(back.result().roundTrips()).containsExactlyElementsOf(run.roundTrips());
            db.dsl().connection(c -> {
                assertThat(indexes(c, "EXECUTION")).isEqualTo(1);
                assertThat(indexes(c, "ROUND_TRIP")).isEqualTo(1);
                assertThat(c.createStatement().executeUpdate("DELETE FROM backtest_run WHERE id = " + id)).isEqualTo(1);
                assertThat(count(c, "SELECT COUNT(*) FROM execution")).isZero();
                assertThat(count(c, "SELECT COUNT(*) FROM round_trip")).isZero();
            });
        }
    }

    private static Connection open(DatabaseFiles files, String url) throws SQLException {
        try {
            Files.createDirectories(files.folder());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return DriverManager.getConnection(url, "sa", "");
    }

    private static long indexes(Connection c, String table) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = '" + table + "'");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
