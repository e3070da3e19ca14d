package dev.sextant.engine.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

/**
 * An entry signal found by the scanner on {@code date} (the signal bar's close; the order would
 * fill at the next open). {@code indicators} are the strategy's indicator columns at that bar,
 * e.g. {@code dwap} and {@code pct_above_dwap}. Stop and target are price levels for an entry at
 * {@code price} (NaN when the strategy sets none). {@link #id()} is stable: the first 16 hex
 * digits of SHA-256("strategyId|symbol|date").
 */
public record Signal(
        String id,
        String strategyId,
        String symbol,
        LocalDate date,
        double price,
        Map<String, Double> indicators,
        double volumeRatio,
        double stop,
        double target,
        boolean strong,
        double rankScore) {

    public static String idOf(String strategyId, String symbol, LocalDate date) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((strategyId + "|" + symbol + "|" + date).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
