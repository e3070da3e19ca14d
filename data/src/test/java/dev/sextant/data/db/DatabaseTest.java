package dev.sextant.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path home;

    @Test
    void firstOpenCreatesTheSchemaAndLaterOpensDoNot() {
        try (Database db = Database.open(home)) {
            assertThat(db.isNew()).isTrue();
            assertThat(db.dsl().fetchCount(dev.sextant.data.jooq.Tables.INSTRUMENT)).isZero();
        }
        try (Database db = Database.open(home)) {
            assertThat(db.isNew()).isFalse();
        }
        assertThat(Files.exists(home.resolve("db").resolve("sextant.mv.db"))).isTrue();
    }

    @Test
    void aSecondOpenOfTheSameHomeIsRefusedWithAClearMessageAndTheFirstKeepsWorking() {
        try (Database first = Database.open(home)) {
            assertThatThrownBy(() -> Database.open(home))
                    .isInstanceOf(HomeInUseException.class)
                    .hasMessageContaining("Another Sextant process is using " + home)
                    .hasMessageContaining("--home");
            assertThat(first.dsl().fetchCount(dev.sextant.data.jooq.Tables.SETTING)).isZero();
        }
        try (Database again = Database.open(home)) {
            assertThat(again.isNew()).isFalse();
        }
    }

    @Test
    void aDatabaseFromABuildWithOtherMigrationsIsRefusedWithAClearMessage() {
        try (Database db = Database.open(home)) {
            db.dsl().execute("UPDATE \"flyway_schema_history\" SET \"version\" = '999' WHERE \"version\" = '1'");
            // that build's scripts were other ones, so it recorded another fingerprint of them
            db.dsl().execute("UPDATE schema_fingerprint SET sha256 = '" + "0".repeat(64) + "'");
        }
        assertThatThrownBy(() -> Database.open(home))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageStartingWith("the database in " + home + " does not match this version of Sextant (Detected");
        assertThatThrownBy(() -> Database.open(home)).as("the lock was released: the same refusal again")
                .isInstanceOf(SchemaMismatchException.class);
    }

    @Test
    void anUpToDateDatabaseOpensWithoutFlywayAndAChangeOfTheScriptsSendsItThroughFlywayAgain() {
        try (Database db = Database.open(home)) {
            assertThat(db.dsl().fetchValue("SELECT sha256 FROM schema_fingerprint WHERE location = 'db/migration'"))
                    .as("recorded after the first migration")
                    .isEqualTo(MigrationFingerprint.of(Database.class.getClassLoader(), "db/migration").orElseThrow());
            // a history that Flyway would refuse: only an open that runs Flyway notices it
            db.dsl().execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '1'");
        }
        try (Database db = Database.open(home)) {
            assertThat(db.isNew()).as("unchanged scripts: Flyway skipped").isFalse();
            db.dsl().execute("DELETE FROM schema_fingerprint");
        }
        assertThatThrownBy(() -> Database.open(home)).as("no record: Flyway runs and validates")
                .isInstanceOf(SchemaMismatchException.class);
    }
}
