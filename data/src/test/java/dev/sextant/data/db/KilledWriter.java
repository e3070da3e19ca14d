package dev.sextant.data.db;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;

import java.nio.file.Path;
import java.time.Clock;

/** A process that writes instruments until it is killed ({@link DamagedDatabaseTest}). */
final class KilledWriter {

    static final String COMMITTED = "committed";
    static final int ROWS_BEFORE_SIGNAL = 200;

    private KilledWriter() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]), Clock.systemUTC())) {
            for (int i = 0; ; i++) {
                db.dsl().insertInto(INSTRUMENT, INSTRUMENT.SYMBOL).values("W" + i).execute();
                if (i + 1 == ROWS_BEFORE_SIGNAL) {
                    System.out.println(COMMITTED);
                    System.out.flush();
                }
            }
        }
    }
}
