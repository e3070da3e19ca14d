package dev.sextant.engine;

/** Identity of this engine build, recorded in every result's provenance. */
public final class EngineInfo {

    /** Bumped whenever simulation or metric semantics change. */
    public static final String VERSION = "0.1.0";

    private EngineInfo() {
    }
}
