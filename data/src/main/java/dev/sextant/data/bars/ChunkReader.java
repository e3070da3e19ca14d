package dev.sextant.data.bars;

import static dev.sextant.data.jooq.Tables.BAR_CHUNK;

import dev.sextant.data.bars.BarChunkCodec.Chunk;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Reads series of one timeframe from their chunks through one prepared statement of the query jOOQ renders, reused
 * for every series of a load. Rendering and preparing the query again for each of 471 series was most of the time
 * of loading a universe from the database (#24).
 */
final class ChunkReader implements AutoCloseable {

    /** The chunks of (instrument, timeframe) in time order, rendered once as {@link SeriesWriter}'s statements are. */
    private static final String SELECT_CHUNKS;

    static {
        DSLContext renderer = DSL.using(SQLDialect.H2);
        SELECT_CHUNKS = renderer.render(renderer.select(BAR_CHUNK.BAR_COUNT, BAR_CHUNK.PAYLOAD).from(BAR_CHUNK)
                .where(BAR_CHUNK.INSTRUMENT_ID.eq(0L)).and(BAR_CHUNK.TIMEFRAME.eq(""))
                .orderBy(BAR_CHUNK.PERIOD_START));
    }

    private final PreparedStatement query;
    private final Timeframe timeframe;

    ChunkReader(Connection connection, Timeframe timeframe) throws SQLException {
        this.timeframe = timeframe;
        this.query = connection.prepareStatement(SELECT_CHUNKS);
        query.setString(2, timeframe.code());
    }

    /** The stored bars of {@code instrumentId}, in time order. */
    PriceColumns read(long instrumentId, String symbol) {
        try {
            query.setLong(1, instrumentId);
            List<byte[]> payloads = new ArrayList<>();
            int total = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    total += rows.getInt(1);
                    payloads.add(rows.getBytes(2));
                }
            }
            Chunk all = Chunk.allocate(total);
            int at = 0;
            for (byte[] payload : payloads) {
                at += BarChunkCodec.decodeInto(payload, all, at);
            }
            return new PriceColumns(symbol, timeframe, all.time(), all.open(), all.high(), all.low(),
                    all.close(), all.adjClose(), all.volume());
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the " + timeframe.code() + " bars of " + symbol + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        query.close();
    }
}
