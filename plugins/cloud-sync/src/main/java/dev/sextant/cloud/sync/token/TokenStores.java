package dev.sextant.cloud.sync.token;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Picks where the refresh token is kept: the OS keyring when {@code secret-tool} is installed and
 * a desktop session bus is there to reach a keyring, otherwise a file only the user can read.
 * Windows Credential Manager and the macOS Keychain are not used yet; there the file is used.
 */
public final class TokenStores {

    private TokenStores() {
    }

    public static TokenStore choose(Path tokenFile, String account, Map<String, String> env) {
        Optional<Path> secretTool = onPath("secret-tool", env.getOrDefault("PATH", ""));
        boolean sessionBus = !env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank();
        if (secretTool.isPresent() && sessionBus) {
            return new KeyringTokenStore(secretTool.get().toString(), account);
        }
        return new FileTokenStore(tokenFile);
    }

    static Optional<Path> onPath(String program, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
