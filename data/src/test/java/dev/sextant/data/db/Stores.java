package dev.sextant.data.db;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Real H2 homes with known contents for the data-safety tests. */
final class Stores {

    private Stores() {
    }

    /** A clock at that local time in UTC. */
    static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Creates the home's database (if needed) and adds instruments named {@code prefix0..prefix(n-1)}. */
    static void addInstruments(Path home, String prefix, int n, Clock clock) {
        try (Database db = Database.open(home, clock)) {
            for (int i = 0; i < n; i++) {
                db.dsl().insertInto(INSTRUMENT, INSTRUMENT.SYMBOL, INSTRUMENT.NAME)
                        .values(prefix + i, "instrument " + "x".repeat(100) + i).execute();
            }
        }
    }

    static int instruments(Path home, Clock clock) {
        try (Database db = Database.open(home, clock)) {
            return db.dsl().fetchCount(INSTRUMENT);
        }
    }
}
