package dev.sextant.data.run;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Inserts the rows of one run into one table with one statement: the run's id is bound once and every other column
 * as one array, which H2 turns back into rows ({@code INSERT INTO t (run_id, a, b) SELECT ?, * FROM
 * UNNEST(CAST(? AS type ARRAY), CAST(? AS type ARRAY))}). A JDBC batch executes its statement once per row, and H2
 * then opens the table's indexes, a savepoint and a statement context for each: about a third of inserting a
 * 1-minute run's 26 000 executions and round trips (#26). Table, column and type names are jOOQ's generated ones.
 *
 * @param <T> what one row is made from
 */
final class ColumnInsert<T> {

    private final DSLContext tx;
    private final Table<?> table;
    private final List<T> rows;
    private final List<String> columns = new ArrayList<>();
    private final List<String> arrays = new ArrayList<>();
    private final List<Object[]> values = new ArrayList<>();

    /** @param runId the column every row gets the run's id in; the others follow by {@link #column} */
    ColumnInsert(DSLContext tx, Table<?> table, Field<Long> runId, List<T> rows) {
        this.tx = tx;
        this.table = table;
        this.rows = rows;
        columns.add(name(runId));
    }

    /** Adds column {@code field}, the value of each row being {@code value}(row, its 0-based position). */
    ColumnInsert<T> column(Field<?> field, BiFunction<T, Integer, Object> value) {
        Object[] column = new Object[rows.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i), i);
        }
        columns.add(name(field));
        arrays.add("CAST(? AS " + field.getDataType().getCastTypeName(tx.configuration()) + " ARRAY)");
        values.add(column);
        return this;
    }

    /** Inserts every row with {@code runId}, in the order of the rows. */
    void execute(long runId) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + tx.render(table) + " (" + String.join(", ", columns) + ") SELECT ?, * FROM UNNEST("
                + String.join(", ", arrays) + ")";
        tx.connection(c -> {
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                insert.setLong(1, runId);
                for (int k = 0; k < values.size(); k++) {
                    insert.setObject(k + 2, values.get(k));
                }
                int inserted = insert.executeUpdate();
                if (inserted != rows.size()) {
                    throw new IllegalStateException("inserted " + inserted + " rows into " + table.getName() + " instead of "
                            + rows.size());
                }
            }
        });
    }

    private String name(Field<?> field) {
        return tx.render(DSL.name(field.getName()));
    }
}
