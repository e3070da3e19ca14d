package dev.sextant.cloud.sync.token;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The refresh token in the desktop keyring through libsecret's {@code secret-tool} (GNOME Keyring,
 * KWallet via its Secret Service). The token is passed on stdin, never on a command line.
 * Attributes: {@code application=sextant-cloud-sync}, {@code account=<base URL>}.
 */
public final class KeyringTokenStore implements TokenStore {

    private static final long TIMEOUT_SECONDS = 15;

    private final String secretTool;
    private final String account;

    public KeyringTokenStore(String secretTool, String account) {
        this.secretTool = secretTool;
        this.account = account;
    }

    @Override
    public Optional<String> load() throws IOException {
        Result r = run(List.of("lookup", "application", "sextant-cloud-sync", "account", account), null);
        if (r.exit() != 0) {
            return Optional.empty();
        }
        String token = r.stdout().strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    @Override
    public void save(String refreshToken) throws IOException {
        Result r = run(List.of("store", "--label=Sextant cloud sync", "application", "sextant-cloud-sync", "account", account),
                refreshToken);
        if (r.exit() != 0) {
            throw new IOException("secret-tool could not store the token (exit " + r.exit() + "): " + r.stderr().strip());
        }
    }

    @Override
    public void clear() throws IOException {
        Result r = run(List.of("clear", "application", "sextant-cloud-sync", "account", account), null);
        if (r.exit() != 0 && !r.stderr().isBlank()) {
            throw new IOException("secret-tool could not remove the token (exit " + r.exit() + "): " + r.stderr().strip());
        }
    }

    @Override
    public String describe() {
        return "OS keyring (secret-tool)";
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result run(List<String> args, String stdin) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(secretTool);
        command.addAll(args);
        Process p = new ProcessBuilder(command).start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("secret-tool did not answer within " + TIMEOUT_SECONDS + " s (is the keyring locked?)");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for secret-tool", e);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
