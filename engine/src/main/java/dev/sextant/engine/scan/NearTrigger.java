package dev.sextant.engine.scan;

import java.time.LocalDate;
import java.util.Map;

/** A symbol whose price must rise by {@code distance} (fraction, &gt; 0) to meet the entry condition. */
public record NearTrigger(String symbol, LocalDate date, double price, double distance, Map<String, Double> indicators) {
}
