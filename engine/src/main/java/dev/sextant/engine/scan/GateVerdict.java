package dev.sextant.engine.scan;

/**
 * What one entry filter said on a scan date.
 *
 * @param name e.g. {@code market filter}
 * @param spec e.g. {@code SPY:sma200}
 * @param closedBecause e.g. {@code SPY below SMA 200}; shown only when the filter is closed
 */
public record GateVerdict(String name, String spec, boolean open, String closedBecause) {
}
