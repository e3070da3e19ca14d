package dev.sextant.engine;

/**
 * Identity of this engine. {@link #VERSION} is the one engine version recorded in every result's provenance
 * (backtests, walk-forward runs); {@link #build()} only names the build that is running, for {@code --version}.
 */
public final class EngineInfo {

    /** Bumped whenever simulation or metric semantics change; recorded in every result's provenance. */
    public static final String VERSION = "0.1.0";

    private EngineInfo() {
    }

    /** The Maven project version from the jar manifest, or {@code dev} when running from classes. */
    public static String build() {
        String v = EngineInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
