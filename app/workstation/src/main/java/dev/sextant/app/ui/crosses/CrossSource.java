package dev.sextant.app.ui.crosses;

/** What the Crosses panel scans: a stored universe ({@code all} = every instrument) or a watchlist. */
public record CrossSource(String name, boolean watchlist) {

    @Override
    public String toString() {
        return (watchlist ? "Watchlist: " : "Universe: ") + name;
    }
}
