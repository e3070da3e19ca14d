package dev.sextant.data.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * Writes many rows through one JDBC batch of a statement jOOQ renders once (so table and column names stay the
 * generated ones). jOOQ's own batch converts every bound value through its bindings, which was most of the time of
 * saving a run with thousands of trades and of an import's single writer (#24).
 */
public final class JdbcBatch {

    /** Sets the parameters of one row; {@code index} is the row's 0-based position in the batch. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement row, int index, T value) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Runs {@code statement} (rendered with one {@code ?} per bound value) once per value, in {@code tx}. */
    public static <T> void run(DSLContext tx, Query statement, List<T> values, RowBinder<T> binder) {
        if (values.isEmpty()) {
            return;
        }
        tx.connection(c -> {
            try (PreparedStatement row = c.prepareStatement(tx.render(statement))) {
                for (int i = 0; i < values.size(); i++) {
                    binder.bind(row, i, values.get(i));
                    row.addBatch();
                }
                row.executeBatch();
            }
        });
    }
}
