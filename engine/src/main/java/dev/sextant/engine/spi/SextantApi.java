package dev.sextant.engine.spi;

/**
 * The version of the plugin API: the SPIs in this package and in {@code dev.sextant.app.api}.
 *
 * <p>Compatibility rule: a plugin built for API {@code M.n} runs on a workstation whose API is
 * {@code M.m} with {@code m >= n} (same major, same or newer minor). A new minor version only adds
 * (new interfaces, new default methods, new methods on interfaces only the workstation implements, such as
 * the plugin context and registrar); anything that could break a compiled plugin bumps the
 * major version.
 */
public final class SextantApi {

    /** The API this workstation implements, {@code MAJOR.MINOR}. */
    public static final String VERSION = "1.2";

    private SextantApi() {
    }

    /** True when a plugin that requires API {@code required} can run on {@link #VERSION}. */
    public static boolean supports(String required) {
        int[] have = parse(VERSION);
        int[] need = parse(required);
        return need[0] == have[0] && need[1] <= have[1];
    }

    /**
     * Parses {@code MAJOR.MINOR}.
     *
     * @throws IllegalArgumentException for anything else, e.g. {@code 1}, {@code 1.x} or {@code 1.0.0}
     */
    public static int[] parse(String version) {
        String[] parts = version == null ? new String[0] : version.trim().split("\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("API version '" + version + "' is not MAJOR.MINOR, e.g. " + VERSION);
        }
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = Integer.parseInt(parts[1]);
            if (major < 0 || minor < 0) {
                throw new IllegalArgumentException("API version '" + version + "' has a negative part");
            }
            return new int[] {major, minor};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("API version '" + version + "' is not MAJOR.MINOR, e.g. " + VERSION, e);
        }
    }
}
