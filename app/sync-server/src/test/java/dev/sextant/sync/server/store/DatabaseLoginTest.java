package dev.sextant.sync.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.sync.server.ServerSecrets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database login a deployment injects apart from the URL. */
class DatabaseLoginTest {

    @TempDir
    Path dir;

    @Test
    void comesFromTheEnvironmentAndAPasswordWithoutAUserIsNamed() {
        ServerSecrets secrets = ServerSecrets.load(dir.resolve("secrets.properties"),
                Map.of(ServerSecrets.DB_USER, "sync", ServerSecrets.DB_PASSWORD, " s3cret "), false);
        assertThat(secrets.databaseLogin()).isEqualTo(new DatabaseLogin(Optional.of("sync"), Optional.of("s3cret")));
        assertThat(ServerSecrets.load(dir.resolve("none.properties"), Map.of(), false).databaseLogin()).isEqualTo(DatabaseLogin.FROM_URL);
        assertThatThrownBy(() -> ServerSecrets.load(dir.resolve("x.properties"), Map.of(ServerSecrets.DB_PASSWORD, "p"), false).databaseLogin())
                .hasMessage("SYNC_DB_PASSWORD is set but SYNC_DB_USER is not: set both or neither");
    }
}
