package dev.sextant.engine.market.update;


/**
 * The outcome for one symbol.
 *
 * @param from      the first date asked for (empty when nothing was asked)
 * @param lastBar   the last stored bar after the update, formatted (empty when none)
 * @param message   why it failed, or empty
 */
public record SymbolUpdate(String symbol, UpdateStatus status, String from, int added, int changed, int splits,
                           int dividends, String lastBar, String message) {

    public static SymbolUpdate failed(String symbol, String from, String lastBar, String message) {
        return new SymbolUpdate(symbol, UpdateStatus.FAILED, from, 0, 0, 0, 0, lastBar, message);
    }

    public static SymbolUpdate offline(String symbol, String lastBar) {
        return new SymbolUpdate(symbol, UpdateStatus.OFFLINE, "", 0, 0, 0, 0, lastBar, "not attempted: network unreachable");
    }
}
