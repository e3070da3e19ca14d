package dev.sextant.engine.market.imports;

import java.time.ZoneId;

/**
 * How to import: the exchange zone for timestamps without an offset, whether to skip malformed
 * rows instead of rejecting their file, the universe to record imported symbols in (or null),
 * and whether the data is synthetic.
 */
public record ImportOptions(ZoneId zone, boolean skipBadRows, String universe, boolean synthetic) {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    public static ImportOptions defaults() {
        return new ImportOptions(NEW_YORK, false, null, false);
    }

    public ImportOptions withUniverse(String name) {
        return new ImportOptions(zone, skipBadRows, name, synthetic);
    }
}
