package dev.sextant.app.plugins;

/** A plugin (or jar) that could not even be constructed; {@code source} names it as well as possible. */
record LoadFailure(String source, String problem) {
}
