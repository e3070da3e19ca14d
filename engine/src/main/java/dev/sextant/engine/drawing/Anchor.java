package dev.sextant.engine.drawing;

/**
 * A point of a drawing: {@code time} in epoch seconds (a bar's start instant; for daily and longer bars midnight UTC
 * of the trading date) and {@code price} in the series' price units.
 */
public record Anchor(long time, double price) {

    public Anchor {
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("anchor price must be a finite number, not " + price);
        }
    }

    public Anchor withTime(long newTime) {
        return new Anchor(newTime, price);
    }

    public Anchor withPrice(double newPrice) {
        return new Anchor(time, newPrice);
    }
}
