package dev.sextant.engine.settings;

import java.util.Locale;

/** One stored setting. Secrets (API keys, tokens, passwords) are shown masked. */
public record Setting(String name, String value) {

    private static final String MASK = "********";

    /** Whether a setting of this name holds a secret: its last name segment mentions a key, token, secret or password. */
    public static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf('.') + 1);
        return last.contains("key") || last.contains("token") || last.contains("secret") || last.contains("password");
    }

    public boolean secret() {
        return isSecret(name);
    }

    /** The value as it may be shown on a screen or in a log: masked for secrets. */
    public String shownValue() {
        return secret() ? MASK : value;
    }
}
