package dev.sextant.app.ui.live;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which crosses the user is told about: those on a symbol of one of the watchlists, with a
 * title and a line saying what crossed where and when (New York time). Thread-safe: the watched
 * symbols are replaced as a whole, crosses are asked about from the session's dispatch thread.
 */
public final class CrossAlerts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    private static final ZoneId EXCHANGE = ZoneId.of("America/New_York");

    /** A notification: its title and its line. */
    public record Alert(String title, String text) {
    }

    private volatile Map<String, String> watched = Map.of();

    /** Watches the symbols of {@code lists} (watchlist name to its symbols) from now on. */
    public void watch(Map<String, ? extends Collection<String>> lists) {
        Map<String, TreeSet<String>> byLists = new TreeMap<>();
        lists.forEach((name, symbols) -> symbols.forEach(s -> byLists.computeIfAbsent(s, k -> new TreeSet<>()).add(name)));
        Map<String, String> now = new TreeMap<>();
        byLists.forEach((symbol, names) -> now.put(symbol, String.join(", ", names)));
        watched = Map.copyOf(now);
    }

    /** The symbols watched now, in order. */
    public List<String> watched() {
        return List.copyOf(new TreeMap<>(watched).keySet());
    }

    /**
     * The alert for a cross of {@code symbol} on the close of the bar starting at {@code time}, or
     * none when no watchlist holds the symbol.
     */
    public Optional<Alert> alertFor(String symbol, boolean up, Instant time, double price, double vwap) {
        String lists = watched.get(symbol);
        if (lists == null) {
            return Optional.empty();
        }
        String direction = up ? "up" : "down";
        String title = symbol + " crossed " + direction;
        String text = String.format(Locale.ROOT, "%s SMA crossed %s through the session VWAP at %s New York: %.2f (VWAP %.2f). Watchlist %s.",
                symbol, up ? "up" : "down", TIME.format(time.atZone(EXCHANGE)), price, vwap, lists);
        return Optional.of(new Alert(title, text));
    }
}
