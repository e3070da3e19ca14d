package dev.sextant.engine;

/** The engine's version, recorded in every result's provenance. */
public final class EngineVersion {

    private EngineVersion() {
    }

    /** The Maven project version from the jar manifest, or {@code dev} when running from classes. */
    public static String get() {
        String v = EngineVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
