package dev.sextant.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Sextant keeps its database, settings and plugins: {@code --home DIR}, else the
 * {@code SEXTANT_HOME} environment variable, else the operating system's per-user data folder
 * (Linux {@code $XDG_DATA_HOME/sextant} or {@code ~/.local/share/sextant}; macOS
 * {@code ~/Library/Application Support/Sextant}; Windows {@code %LOCALAPPDATA%\Sextant}).
 */
public final class SextantHome {

    private SextantHome() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, Path userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get("SEXTANT_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : userHome.resolve("AppData").resolve("Local")).resolve("Sextant");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Sextant");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share"))
                .resolve("sextant");
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
