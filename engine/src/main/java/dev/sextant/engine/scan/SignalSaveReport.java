package dev.sextant.engine.scan;

/** What saving one scan changed: new signals, signals already saved earlier, signals that expired. */
public record SignalSaveReport(int added, int alreadySaved, int expired) {
}
