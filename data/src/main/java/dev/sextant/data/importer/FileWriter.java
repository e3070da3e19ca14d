package dev.sextant.data.importer;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;

import dev.sextant.data.bars.SeriesWriter;
import dev.sextant.data.csv.ParsedBarFile;
import dev.sextant.data.universe.JooqUniverseRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.imports.BarUpsert;
import dev.sextant.engine.market.imports.ImportOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * An import's single writer: one connection held for the whole import, its statements prepared once, and one
 * transaction per file (committed, or rolled back whole when any statement of the file fails).
 */
final class FileWriter implements AutoCloseable {

    private static final DSLContext RENDERER = DSL.using(SQLDialect.H2);
    private static final String SELECT_INSTRUMENT = RENDERER.render(
            RENDERER.select(INSTRUMENT.ID).from(INSTRUMENT).where(INSTRUMENT.SYMBOL.eq("")));
    private static final String INSERT_INSTRUMENT = RENDERER.render(
            RENDERER.insertInto(INSTRUMENT, INSTRUMENT.SYMBOL, INSTRUMENT.SYNTHETIC).values("", false));

    private final Connection connection;
    private final boolean autoCommit;
    private final SeriesWriter series;
    private final PreparedStatement selectInstrument;
    private final PreparedStatement insertInstrument;

    FileWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        series = new SeriesWriter(connection);
        selectInstrument = connection.prepareStatement(SELECT_INSTRUMENT);
        insertInstrument = connection.prepareStatement(INSERT_INSTRUMENT, new String[] {INSTRUMENT.ID.getName()});
    }

    /** Writes every series of {@code file} (and its universe membership) in one transaction. */
    List<BarUpsert> write(ParsedBarFile file, ImportOptions options) throws SQLException {
        try {
            List<BarUpsert> result = new ArrayList<>();
            for (PriceColumns bars : file.series()) {
                result.add(series.upsert(instrumentId(bars.symbol(), options.synthetic()), bars));
            }
            if (options.universe() != null) {
                JooqUniverseRepository.addMembers(DSL.using(connection, SQLDialect.H2), options.universe(), "imported",
                        file.series().stream().map(PriceColumns::symbol).toList());
            }
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** The id of {@code symbol}, creating the instrument when it is new. */
    private long instrumentId(String symbol, boolean synthetic) throws SQLException {
        selectInstrument.setString(1, symbol);
        try (ResultSet found = selectInstrument.executeQuery()) {
            if (found.next()) {
                return found.getLong(1);
            }
        }
        insertInstrument.setString(1, symbol);
        insertInstrument.setBoolean(2, synthetic);
        insertInstrument.executeUpdate();
        try (ResultSet key = insertInstrument.getGeneratedKeys()) {
            if (!key.next()) {
                throw new SQLException("no id generated for the new instrument " + symbol);
            }
            return key.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (series; selectInstrument; insertInstrument) {
            connection.setAutoCommit(autoCommit);
        }
    }
}
