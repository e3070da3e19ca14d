package dev.sextant.engine.market.imports;

/** What writing one series changed: bars that were new, bars whose values changed, bars left as they were. */
public record BarUpsert(String symbol, String timeframe, int added, int changed, int unchanged) {

    public int written() {
        return added + changed;
    }
}
